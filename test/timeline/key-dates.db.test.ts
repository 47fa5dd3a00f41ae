// Key dates work for a topic Tidemark has no event vocabulary for: the days its articles name most.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { insertArticle } from '../../src/articles/store.ts';
import { addTopic } from '../../src/topics/service.ts';
import { keyDates } from '../../src/timeline/key-dates.ts';
import { createTestContext, readJson, startApp, type TestContext, type TestServer } from '../support/context.ts';

let t: TestContext;
let app: TestServer;

const texts: Array<[string, string]> = [
  ['2010-04-21', 'An explosion on the Deepwater Horizon rig on April 20, 2010 killed 11 workers. Oil began leaking into the Gulf.'],
  ['2010-05-01', 'Since the blast on April 20, oil has spread across the Gulf. The company tried a containment dome on Friday.'],
  ['2010-07-16', 'The well was capped on July 15, 2010, nearly three months after the April 20 explosion, officials said.'],
  ['2010-07-20', 'Engineers said the cap installed on July 15 was holding. The leak began on April 20.'],
  ['2010-09-20', 'The well was declared dead on Sept. 19, 2010, five months after the April 20 blast.'],
];

before(async () => {
  t = await createTestContext({ seed: false });
  const topic = await addTopic(t.ctx, { slug: 'gulf-oil-spill', name: 'Gulf oil spill', terms: ['oil', 'well', 'Gulf'] });
  for (const [i, [day, text]] of texts.entries()) {
    await insertArticle(t.ctx.db, {
      topicId: topic.id, feedId: null, canonicalUrl: `https://news.example/${i}`, url: `https://news.example/${i}`, guid: null,
      title: null, outlet: 'News', author: null, language: 'en', publishedAt: new Date(`${day}T12:00:00Z`), fetchedAt: new Date(),
      text, contentHash: String(i), storyKey: null, relevance: 3, status: 'relevant', skipReason: null,
    });
  }
  app = await startApp(t.ctx);
});
after(async () => {
  await app.close();
  await t.close();
});

test('the most-named days come first, returned in date order', async () => {
  const { dates } = await keyDates(t.ctx, 'gulf-oil-spill', { top: 3 });
  assert.deepEqual(dates.map((d) => d.date), ['2010-04-20', '2010-07-15', '2010-09-19']);
  assert.equal(dates[0]!.mentions, 5);
});

test('over HTTP, with validation', async () => {
  const body = await readJson(await fetch(`${app.url}/api/topics/gulf-oil-spill/key-dates?top=1`));
  assert.deepEqual(body.dates.map((d: any) => d.date), ['2010-04-20']);
  assert.equal((await fetch(`${app.url}/api/topics/gulf-oil-spill/key-dates?top=0`)).status, 400);
  assert.equal((await fetch(`${app.url}/api/topics/nope/key-dates`)).status, 404);
});
