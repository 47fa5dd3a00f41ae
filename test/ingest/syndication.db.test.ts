// A wire story re-run by two outlets: both copies are kept with their outlets and linked as one story.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { searchArticles } from '../../src/articles/service.ts';
import { addFeed } from '../../src/feeds/service.ts';
import { ingest } from '../../src/ingest/service.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

const body = [
  'South Korea, the United States and Japan began operating a system to share North Korean missile warning data in real time on Dec. 19, 2023, the defence ministries of the three countries said in a joint statement.',
  'The system links the warning network run by Seoul and Washington with the one run by Tokyo and Washington, so that each country sees a launch detected by the others within seconds.',
  'The defence ministers had agreed in June to run the combined system within the year, building on the summit in Phnom Penh in November 2022.',
  'Officials said the link had been tested for several weeks before it was declared fully operational, and that the three countries would also hold more joint exercises next year.',
];

const page = (outlet: string, headline: string, extra: string) => `<!doctype html><html lang="en"><head><title>${headline}</title>
<meta property="og:site_name" content="${outlet}"><meta property="article:published_time" content="2023-12-19T09:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>${headline}</h1><p class="byline">By ${outlet} staff with wire reports</p>${body.map((p) => `<p>${p}</p>`).join('')}<p>${extra}</p></article></body></html>`;

const feed = (path: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>${path}</title><link>http://127.0.0.1/</link>
<item><title>Missile warning data sharing goes live</title><link>/${path}/story.html</link><guid>${path}-1</guid></item></channel></rss>`;

let t: TestContext;
let server: http.Server;
let base: string;

before(async () => {
  server = http.createServer((req, res) => {
    const routes: Record<string, string> = {
      '/coastal/feed.xml': feed('coastal'),
      '/inland/feed.xml': feed('inland'),
      '/coastal/story.html': page('The Coastal Post', 'Allies switch on real-time missile warning link', 'Copyright The Coastal Post.'),
      '/inland/story.html': page('Inland Daily', 'Three-way missile alert network now fully operational', 'Reporting by the Inland Daily desk.'),
    };
    const content = routes[req.url ?? ''];
    if (!content) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': req.url!.endsWith('.xml') ? 'application/rss+xml' : 'text/html; charset=utf-8' }).end(content);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t = await createTestContext({ now: '2023-12-20T00:00:00Z' });
});
after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t.close();
});

test('two outlets running one wire story: two articles, one story, both outlets kept', async () => {
  await addFeed(t.ctx, { url: `${base}/coastal/feed.xml`, topic: 'kr-us-jp-missile-warning' });
  await addFeed(t.ctx, { url: `${base}/inland/feed.xml`, topic: 'kr-us-jp-missile-warning' });
  const run = await ingest(t.ctx, { trigger: 'cli' });
  assert.equal(run.counts.articles, 2, JSON.stringify(run));

  const { articles } = await searchArticles(t.ctx, { topic: 'kr-us-jp-missile-warning', limit: 10, include: 'all' });
  assert.equal(articles.length, 2);
  assert.equal(articles[0]!.storyKey, articles[1]!.storyKey, 'linked as one story');
  assert.deepEqual(articles.map((a) => a.outlet).sort(), ['Inland Daily', 'The Coastal Post']);

  const story = await searchArticles(t.ctx, { story: articles[0]!.storyKey!, limit: 10, include: 'all' });
  assert.equal(story.articles.length, 2);
});
