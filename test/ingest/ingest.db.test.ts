// Ingestion end to end: a real HTTP server on 127.0.0.1 serves the demo feed and pages; a real database stores them.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { serveFixtures, type FixtureServer } from '../../src/demo/fixture-server.ts';
import { addFeed, getFeed } from '../../src/feeds/service.ts';
import { ingest } from '../../src/ingest/service.ts';
import { getTimeline } from '../../src/timeline/service.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

const TOPIC = 'kr-us-jp-missile-warning';
let t: TestContext;
let fixtures: FixtureServer;

before(async () => {
  fixtures = await serveFixtures(fileURLToPath(new URL('../../fixtures/demo', import.meta.url)));
  t = await createTestContext({ now: '2023-06-06T00:00:00Z' });
});
after(async () => {
  await t.close();
  await fixtures.close();
});

const summary = async () =>
  (await getTimeline(t.ctx, TOPIC, {})).milestones.map((m) => ({ date: m.date, precision: m.precision, status: m.status, sources: m.evidence.length }));

test('the demo feed gives the seed timeline, and a second run adds nothing', async () => {
  const feed = await addFeed(t.ctx, { url: `${fixtures.url}/feed.xml`, topic: TOPIC });
  const first = await ingest(t.ctx, { trigger: 'cli' });
  assert.equal(first.status, 'ok', JSON.stringify(first.errors));
  assert.equal(first.counts.feeds, 1);
  assert.ok(first.counts.articles! >= 4, `articles: ${first.counts.articles}`);

  const timeline = await getTimeline(t.ctx, TOPIC, {});
  assert.deepEqual(
    timeline.milestones.map((m) => [m.date, m.precision, m.status]),
    [
      ['2014', 'year', 'happened'],
      ['2022-11', 'month', 'happened'],
      ['2023', 'year', 'planned'],
      ['2023-06-03', 'day', 'happened'],
    ],
  );
  for (const m of timeline.milestones) {
    assert.ok(m.evidence.length >= 1, `${m.date} has evidence`);
    for (const e of m.evidence) {
      assert.match(e.articleUrl, /^https?:\/\//);
      assert.ok(e.quote.length > 20);
    }
  }
  const before = await summary();

  const stored = await getFeed(t.ctx, feed.id);
  assert.equal(stored.lastStatus, 'ok');
  assert.equal(stored.consecutiveFailures, 0);

  // Run again, forcing the feed to be checked: nothing new anywhere.
  const second = await ingest(t.ctx, { trigger: 'cli', feedIds: [feed.id] });
  assert.equal(second.counts.articles, 0);
  assert.equal(second.counts.evidence, 0);
  assert.deepEqual(await summary(), before);
});

test('a broken feed is recorded on that feed and the others go on', async () => {
  const broken = await addFeed(t.ctx, { url: `${fixtures.url}/missing.xml`, topic: TOPIC });
  const notAFeed = await addFeed(t.ctx, { url: `${fixtures.url}/articles/explainer.html`, topic: TOPIC });
  const refused = await addFeed(t.ctx, { url: 'http://127.0.0.1:9/feed.xml', topic: TOPIC });
  const run = await ingest(t.ctx, { trigger: 'cli', feedIds: [broken.id, notAFeed.id, refused.id] });
  assert.equal(run.status, 'failed');
  assert.equal(run.counts.failed, 3);

  const b = await getFeed(t.ctx, broken.id);
  assert.equal(b.lastStatus, 'error');
  assert.equal(b.lastHttpStatus, 404);
  assert.equal(b.lastErrorCode, 'http_status');
  assert.equal(b.consecutiveFailures, 1);
  assert.ok(new Date(b.nextCheckAt) > new Date('2023-06-06T00:00:00Z'), 'retried later, not dropped');
  assert.equal(b.enabled, true);

  const n = await getFeed(t.ctx, notAFeed.id);
  assert.equal(n.lastStatus, 'error');
  assert.equal(n.lastErrorCode, 'not_a_feed');

  const r = await getFeed(t.ctx, refused.id);
  assert.equal(r.lastStatus, 'error');
  assert.match(r.lastErrorCode ?? '', /connection|connect_timeout/);
});
