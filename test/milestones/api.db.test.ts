// Extraction into a real database and the timeline API over a real HTTP server.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { extractMilestonesForArticles } from '../../src/milestones/service.ts';
import { getTopic } from '../../src/topics/service.ts';
import { authHeaders, createTestContext, readJson, startApp, type TestContext, type TestServer } from '../support/context.ts';
import { SLUG, storeDemoArticles } from './db-helpers.ts';

let t: TestContext;
let app: TestServer;
let topicId: number;
let articleIds: number[];

before(async () => {
  t = await createTestContext({ now: '2023-06-10T00:00:00Z' });
  app = await startApp(t.ctx);
  topicId = (await getTopic(t.ctx, SLUG)).id;
  articleIds = await storeDemoArticles(t.ctx.db, topicId);
});
after(async () => {
  await app.close();
  await t.close();
});

const get = (path: string) => fetch(`${app.url}${path}`).then(async (r) => ({ status: r.status, body: await readJson(r) }));
const post = (path: string, body: unknown, headers: Record<string, string> = authHeaders) =>
  fetch(`${app.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) }).then(async (r) => ({ status: r.status, body: await readJson(r) }));

describe('milestones in the database', () => {
  test('extraction stores the four milestones with evidence, and a second run changes nothing', async () => {
    const first = await extractMilestonesForArticles(t.ctx, topicId, articleIds);
    assert.equal(first.milestones, 4);
    assert.ok(first.evidence >= 16, `evidence ${first.evidence}`);
    assert.deepEqual(await extractMilestonesForArticles(t.ctx, topicId, articleIds), { milestones: 0, evidence: 0 });
    assert.deepEqual(await extractMilestonesForArticles(t.ctx, topicId, []), { milestones: 0, evidence: 0 });
  });

  test('GET timeline lists them in date order with sources', async () => {
    const { status, body } = await get(`/api/topics/${SLUG}/timeline`);
    assert.equal(status, 200);
    assert.equal(body.topic.slug, SLUG);
    assert.deepEqual(body.milestones.map((m: { date: string }) => m.date), ['2014', '2022-11', '2023', '2023-06-03']);
    const pledge = body.milestones[2];
    assert.equal(pledge.status, 'planned');
    assert.deepEqual(pledge.pledge, { status: 'open', dueDate: '2023-12-31', fulfilledById: null, supersededById: null });
    for (const m of body.milestones) {
      assert.ok(m.evidence.length >= 4);
      for (const e of m.evidence) assert.ok(e.articleUrl && e.outlet && e.publishedAt && e.quote);
    }
  });

  test('?top=2 gives the two most important, still in date order', async () => {
    const { body } = await get(`/api/topics/${SLUG}/timeline?top=2`);
    assert.equal(body.milestones.length, 2);
    const dates = body.milestones.map((m: { date: string }) => m.date);
    assert.deepEqual(dates, [...dates].sort());
  });

  test('GET milestone by id, 404 for unknown, 400 for bad id or top', async () => {
    const { body: tl } = await get(`/api/topics/${SLUG}/timeline`);
    const id = tl.milestones[0].id;
    const one = await get(`/api/milestones/${id}`);
    assert.equal(one.status, 200);
    assert.equal(one.body.milestone.id, id);
    assert.equal(one.body.milestone.topic.slug, SLUG);
    assert.equal((await get('/api/milestones/999999')).status, 404);
    for (const path of ['/api/milestones/abc', '/api/milestones/0', `/api/topics/${SLUG}/timeline?top=0`, `/api/topics/${SLUG}/timeline?top=x`]) {
      const r = await get(path);
      assert.equal(r.status, 400, path);
      assert.equal(r.body.error.code, 'validation_failed');
    }
  });

  test('curation needs the token, validates, and survives re-extraction', async () => {
    const { body: tl } = await get(`/api/topics/${SLUG}/timeline`);
    const [arrangement, summit] = tl.milestones;
    assert.equal((await post(`/api/milestones/${arrangement.id}/curation`, { action: 'pin' }, { 'content-type': 'application/json' })).status, 401);
    assert.equal((await post(`/api/milestones/${arrangement.id}/curation`, { action: 'explode' })).status, 400);
    assert.equal((await post(`/api/milestones/${arrangement.id}/curation`, { action: 'merge', into: 'nothing:2000' })).status, 400);
    assert.equal((await post(`/api/milestones/999999/curation`, { action: 'pin' })).status, 404);
    assert.equal((await post(`/api/topics/${SLUG}/reextract`, {}, { 'content-type': 'application/json' })).status, 401);
    assert.equal((await post(`/api/milestones/${arrangement.id}/curation`, { action: 'edit', title: 'Information-sharing arrangement (TISA) signed' })).status, 201);
    assert.equal((await post(`/api/milestones/${summit.id}/curation`, { action: 'reject' })).status, 201);
    const re = await post(`/api/topics/${SLUG}/reextract`, {});
    assert.equal(re.status, 200);
    assert.equal(re.body.reextract.topics, 1);
    await extractMilestonesForArticles(t.ctx, topicId, articleIds);
    const { body } = await get(`/api/topics/${SLUG}/timeline`);
    assert.deepEqual(body.milestones.map((m: { date: string }) => m.date), ['2014', '2023', '2023-06-03']);
    assert.equal(body.milestones[0].title, 'Information-sharing arrangement (TISA) signed');
    assert.equal(body.milestones[0].curated, true);
    assert.equal(body.milestones[0].id, arrangement.id);
  });
});
