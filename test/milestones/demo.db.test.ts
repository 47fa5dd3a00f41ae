// The demo end to end: its feed and pages served on 127.0.0.1, ingested, and the timeline read over HTTP.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { pointDemoFeed } from '../../src/demo/feed.ts';
import { serveFixtures } from '../../src/demo/fixture-server.ts';
import { ingest } from '../../src/ingest/service.ts';
import { createTestContext, readJson, startApp, type TestContext, type TestServer } from '../support/context.ts';
import { demoDir } from './demo-pages.ts';
import { SLUG } from './db-helpers.ts';

let t: TestContext;
let app: TestServer;
let fixtures: Awaited<ReturnType<typeof serveFixtures>>;

before(async () => {
  t = await createTestContext({ now: '2023-06-10T00:00:00Z' });
  fixtures = await serveFixtures(demoDir);
  app = await startApp(t.ctx);
});
after(async () => {
  await app.close();
  await fixtures.close();
  await t.close();
});

test('ingesting the demo feed gives exactly the four seed milestones, each from several outlets', async () => {
  const feedId = await pointDemoFeed(t.ctx, SLUG, `${fixtures.url}/feed.xml`);
  const run = await ingest(t.ctx, { trigger: 'demo', feedIds: [feedId] });
  assert.equal(run.counts.articles, 5);
  const body = await readJson(await fetch(`${app.url}/api/topics/${SLUG}/timeline`));
  assert.deepEqual(
    body.milestones.map((m: { date: string; precision: string; status: string }) => [m.date, m.precision, m.status]),
    [
      ['2014', 'year', 'happened'],
      ['2022-11', 'month', 'happened'],
      ['2023', 'year', 'planned'],
      ['2023-06-03', 'day', 'happened'],
    ],
  );
  for (const m of body.milestones) {
    const outlets = new Set(m.evidence.map((e: { outlet: string }) => e.outlet));
    assert.ok(outlets.size >= 4, `${m.title}: ${[...outlets].join(', ')}`);
  }
  assert.equal(body.milestones[2].pledge.dueDate, '2023-12-31');
  const again = await ingest(t.ctx, { trigger: 'demo', feedIds: [feedId] });
  assert.equal(again.counts.articles ?? 0, 0);
});
