// A date conflict stored and served: the chosen date, and every competing claim with its sources.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { insertArticle } from '../../src/articles/store.ts';
import type { AppContext } from '../../src/context.ts';
import { extractMilestonesForArticles } from '../../src/milestones/service.ts';
import { getMilestone, getTimeline } from '../../src/timeline/service.ts';
import { addTopic } from '../../src/topics/service.ts';
import { defaultTopic } from '../../src/topics/defaults.ts';
import { loadCorpus } from '../../bench/milestones.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

let t: TestContext;
let ctx: AppContext;

before(async () => {
  t = await createTestContext({ now: '2025-07-15T00:00:00Z', seed: false });
  ctx = t.ctx;
});
after(() => t.close());

test('the 28 vs 29 December claims are both kept; the date most outlets give is chosen', async () => {
  const topic = await addTopic(ctx, { slug: 'tisa', name: 'TISA', terms: defaultTopic.terms });
  const ids: number[] = [];
  for (const a of loadCorpus().articles.filter((x) => [1, 2, 3, 4, 26].includes(x.id))) {
    const publishedAt = new Date(a.publishedAt);
    const id = await insertArticle(ctx.db, {
      topicId: topic.id, feedId: null, canonicalUrl: a.url, url: a.url, guid: null, title: a.title, outlet: a.outlet, author: null,
      language: a.language, publishedAt, fetchedAt: publishedAt, text: a.text, contentHash: `c${a.id}`, storyKey: null,
      relevance: 1, status: 'relevant', skipReason: null,
    });
    ids.push(id!);
  }
  await extractMilestonesForArticles(ctx, topic.id, ids);
  const all = (await getTimeline(ctx, 'tisa')).milestones;
  const m = all.find((x) => x.kind === 'agreement' && x.date.startsWith('2014'));
  assert.equal(m!.date, '2014-12-29');
  const conflict = (await getMilestone(ctx, m!.id)).conflict as { date: string; sources: { outlet: string; articleUrl: string }[] }[];
  assert.deepEqual(conflict.map((c) => [c.date, c.sources.map((s) => s.outlet).sort()]), [
    ['2014-12-29', ['Northeast Asia Monitor', 'Seoul Daily Herald', '한빛일보']],
    ['2014-12-28', ['Potomac Observer', 'U.S. Defense Press Service']],
  ]);
  assert.ok(conflict.every((c) => c.sources.every((s) => s.articleUrl.startsWith('https://'))));
  assert.deepEqual(await extractMilestonesForArticles(ctx, topic.id, ids), { milestones: 0, evidence: 0 });
});
