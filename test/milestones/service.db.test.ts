// The milestone service on a real database: idempotent extraction, curation replayed after re-extraction.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fixedClock } from '../../src/clock.ts';
import type { AppContext } from '../../src/context.ts';
import { curateMilestone, extractMilestonesForArticles, reextractTopic } from '../../src/milestones/service.ts';
import { getTimeline } from '../../src/timeline/service.ts';
import { addTopic } from '../../src/topics/service.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { SLUG, storeDemoArticles } from './db-helpers.ts';

let t: TestContext;
let ctx: AppContext;
let topicId: number;
let ids: number[];

before(async () => {
  t = await createTestContext({ now: '2023-06-10T00:00:00Z', seed: false });
  ctx = t.ctx;
  topicId = (await addTopic(ctx, { slug: SLUG, name: 'Missile warning', terms: ['missile warning', 'trilateral'] })).id;
  ids = await storeDemoArticles(ctx.db, topicId);
});
after(() => t.close());

const dates = async () => (await getTimeline(ctx, SLUG)).milestones.map((m) => m.date);

test('extraction stores four milestones with evidence; running it again changes nothing', async () => {
  const first = await extractMilestonesForArticles(ctx, topicId, ids.slice(0, 2));
  assert.ok(first.milestones >= 3);
  const second = await extractMilestonesForArticles(ctx, topicId, ids.slice(2));
  assert.ok(second.evidence > 0);
  assert.deepEqual(await dates(), ['2014', '2022-11', '2023', '2023-06-03']);
  assert.deepEqual(await extractMilestonesForArticles(ctx, topicId, ids), { milestones: 0, evidence: 0 });
  assert.deepEqual(await extractMilestonesForArticles(ctx, topicId, []), { milestones: 0, evidence: 0 });
  const timeline = await getTimeline(ctx, SLUG);
  assert.equal(timeline.milestones.reduce((n, m) => n + m.evidence.length, 0), first.evidence + second.evidence);
});

test('the pledge turns missed once the clock passes its deadline without a fulfilment', async () => {
  ctx = { ...ctx, clock: fixedClock('2024-01-05T00:00:00Z') };
  await extractMilestonesForArticles(ctx, topicId, []);
  const pledge = (await getTimeline(ctx, SLUG)).milestones.find((m) => m.status === 'planned')!;
  assert.deepEqual(pledge.pledge, { status: 'missed', dueDate: '2023-12-31', fulfilledById: null, supersededById: null });
  ctx = { ...ctx, clock: fixedClock('2023-06-10T00:00:00Z') };
  await extractMilestonesForArticles(ctx, topicId, []);
});

test('edit, pin, reject and merge survive re-extraction', async () => {
  const [arrangement, summit, pledge, ministers] = (await getTimeline(ctx, SLUG)).milestones;
  await curateMilestone(ctx, arrangement!.id, { action: 'edit', title: 'TISA signed', date: '2014-12-29' });
  await curateMilestone(ctx, arrangement!.id, { action: 'pin' });
  await curateMilestone(ctx, summit!.id, { action: 'reject' });
  await curateMilestone(ctx, pledge!.id, { action: 'merge', into: ministers!.key });
  await reextractTopic(ctx, SLUG);
  const after = (await getTimeline(ctx, SLUG)).milestones;
  assert.deepEqual(after.map((m) => m.date), ['2014-12-29', '2023-06-03']);
  assert.equal(after[0]!.id, arrangement!.id);
  assert.equal(after[0]!.title, 'TISA signed');
  assert.equal(after[0]!.precision, 'day');
  assert.ok(after[0]!.pinned && after[0]!.curated);
  assert.equal(after[1]!.evidence.length, ministers!.evidence.length + pledge!.evidence.length - sharedSentences(ministers!, pledge!));
  assert.deepEqual(await reextractTopic(ctx, SLUG), { milestones: 0, evidence: 0, topics: 1 });
});

test('top=1 keeps the pinned milestone', async () => {
  const top = await getTimeline(ctx, SLUG, { top: 1 });
  assert.deepEqual(top.milestones.map((m) => m.title), ['TISA signed']);
});

function sharedSentences(a: { evidence: { articleUrl: string; quote: string }[] }, b: { evidence: { articleUrl: string; quote: string }[] }): number {
  const keys = new Set(a.evidence.map((e) => `${e.articleUrl}|${e.quote}`));
  return b.evidence.filter((e) => keys.has(`${e.articleUrl}|${e.quote}`)).length;
}
