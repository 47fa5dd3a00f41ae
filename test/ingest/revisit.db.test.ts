// Polite revisits: a 301 moves the feed for good, validators give 304s, an unchanged body is noticed even when a
// server ignores validators, and a page URL is replaced by the feed it advertises.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { addFeed, getFeed } from '../../src/feeds/service.ts';
import { ingest } from '../../src/ingest/service.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

const feedXml = (title: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>http://127.0.0.1/</link><ttl>120</ttl>
<item><title>Missile warning data sharing test</title><link>/story.html</link><guid>s1</guid><description>South Korea, the United States and Japan tested missile warning data sharing on Dec. 5, 2025.</description></item></channel></rss>`;

let t: TestContext;
let server: http.Server;
let base: string;
const seen: Array<{ path: string; inm?: string }> = [];

before(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    seen.push({ path, inm: req.headers['if-none-match'] as string | undefined });
    if (path === '/old.xml') return void res.writeHead(301, { location: '/new.xml' }).end();
    if (path === '/new.xml') {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      return void res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(feedXml('Moved feed'));
    }
    if (path === '/no-validators.xml') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feedXml('Stubborn feed'));
    if (path === '/home.html')
      return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><link rel="alternate" type="application/rss+xml" href="/no-validators.xml"></head><body>Home</body></html>');
    if (path === '/story.html') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><article><p>South Korea, the United States and Japan tested missile warning data sharing on Dec. 5, 2025, officials said.</p></article></body></html>');
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t = await createTestContext({ now: '2025-12-06T00:00:00Z' });
});
after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t.close();
});

test('a 301 updates the feed URL; the ETag makes the next check a 304; ttl sets the next check', async () => {
  const feed = await addFeed(t.ctx, { url: `${base}/old.xml`, topic: 'kr-us-jp-missile-warning' });
  await ingest(t.ctx, { trigger: 'cli', feedIds: [feed.id] });
  const moved = await getFeed(t.ctx, feed.id);
  assert.equal(moved.url, `${base}/new.xml`);
  assert.equal(moved.lastStatus, 'ok');
  const wait = (new Date(moved.nextCheckAt).getTime() - new Date('2025-12-06T00:00:00Z').getTime()) / 60_000;
  assert.ok(wait >= 120 && wait <= 140, `the feed's ttl of 120 minutes is honoured: ${wait}`);

  const second = await ingest(t.ctx, { trigger: 'cli', feedIds: [feed.id] });
  assert.equal(second.counts.notModified, 1);
  assert.equal((await getFeed(t.ctx, feed.id)).lastStatus, 'not_modified');
  assert.equal(seen.filter((s) => s.path === '/new.xml').at(-1)?.inm, '"v1"');
});

test('a page URL is replaced by its advertised feed; a server that ignores validators is caught by the body hash', async () => {
  const feed = await addFeed(t.ctx, { url: `${base}/home.html`, topic: 'kr-us-jp-missile-warning' });
  await ingest(t.ctx, { trigger: 'cli', feedIds: [feed.id] });
  const switched = await getFeed(t.ctx, feed.id);
  assert.equal(switched.url, `${base}/no-validators.xml`);
  assert.equal(switched.lastErrorCode, 'discovered');

  const first = await ingest(t.ctx, { trigger: 'cli', feedIds: [feed.id] });
  assert.equal(first.counts.ok, 1);
  const again = await ingest(t.ctx, { trigger: 'cli', feedIds: [feed.id] });
  assert.equal(again.counts.notModified, 1);
  assert.equal((await getFeed(t.ctx, feed.id)).lastStatus, 'unchanged');
});
