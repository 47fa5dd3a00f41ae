// A topic without a cue lexicon, through the milestone service and the timeline on a real database.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { loadGenericCorpus } from '../../bench/milestones.ts';
import { insertArticle } from '../../src/articles/store.ts';
import type { AppContext } from '../../src/context.ts';
import { reextractTopic } from '../../src/milestones/service.ts';
import { getTimeline } from '../../src/timeline/service.ts';
import { addTopic } from '../../src/topics/service.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

const SLUG = 'harwick-spill-case';
let t: TestContext;
let ctx: AppContext;

before(async () => {
  t = await createTestContext({ now: '2025-07-15T00:00:00Z', seed: false });
  ctx = t.ctx;
  const { topics, articles } = loadGenericCorpus();
  const topic = topics.find((t) => t.slug === SLUG)!;
  const topicId = (await addTopic(ctx, { slug: topic.slug, name: topic.name, terms: topic.terms })).id;
  for (const a of articles.filter((x) => x.topic === SLUG)) {
    const publishedAt = new Date(a.publishedAt);
    await insertArticle(ctx.db, {
      topicId, feedId: null, canonicalUrl: a.url, url: a.url, guid: null, title: a.title, outlet: a.outlet, author: null,
      language: a.language, publishedAt, fetchedAt: publishedAt, text: a.text, contentHash: `g${a.id}`,
      storyKey: null, relevance: 1, status: 'relevant', skipReason: null,
    });
  }
});
after(() => t.close());

test('a court case gets a sourced timeline from its terms alone; re-extraction changes nothing', async () => {
  const first = await reextractTopic(ctx, SLUG);
  assert.ok(first.milestones >= 6);
  const { milestones } = await getTimeline(ctx, SLUG);
  assert.deepEqual(
    milestones.map((m) => [m.date, m.kind, m.status]),
    [
      ['2022', 'incident', 'happened'],
      ['2023-04-11', 'legal', 'happened'],
      ['2023-10-02', 'legal', 'happened'],
      ['2024-01-15', 'legal', 'happened'],
      ['2024-03-20', 'legal', 'planned'],
      ['2024-03-20', 'legal', 'happened'],
    ],
  );
  assert.ok(milestones.every((m) => m.evidence.length > 0 && m.title.length > 0));
  assert.ok(milestones.every((m) => !/Monday|Tuesday|Wednesday|March 20/.test(m.title)), 'titles leave the dates out');
  assert.deepEqual(await reextractTopic(ctx, SLUG), { milestones: 0, evidence: 0, topics: 1 });
});
