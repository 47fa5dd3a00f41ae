// Milestone use cases, shared by ingestion, the scheduler, the CLI and the API.
import type { AppContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { findTopicById } from '../topics/store.ts';
import { allTopics, getTopic } from '../topics/service.ts';
import { consolidate } from './consolidate.ts';
import type { CurationAction } from './curation.ts';
import { extractCandidates } from './extract.ts';
import {
  addCuration, findMilestoneRef, listCurations, loadSourceArticles, milestoneKeyExists, syncMilestones, type SourceArticle,
} from './store.ts';
import type { Claim } from './types.ts';

export interface ExtractResult {
  /** Milestones created, changed or removed. */
  milestones: number;
  /** Evidence rows added. */
  evidence: number;
}

function claimsOf(articles: SourceArticle[], terms: string[]): Claim[] {
  return articles.flatMap((a) =>
    extractCandidates({ text: a.text, title: a.title, publishedAt: a.publishedAt, language: a.language }, { terms }).map(
      (c) => ({ ...c, articleId: a.id, articleUrl: a.url, outlet: a.outlet, publishedAt: a.publishedAt, storyKey: a.storyKey }),
    ),
  );
}

/**
 * Rebuilds the topic's milestones from the claims of its articles (the given ones, or all) with the admins'
 * curation replayed. Consolidation is over every cited article, so a new report can refine an old milestone.
 */
async function rebuild(ctx: AppContext, topicId: number, ids: number[] | 'all'): Promise<ExtractResult> {
  const topic = await findTopicById(ctx.db, topicId);
  if (!topic) throw notFound(`Topic ${topicId}`);
  const articles = await loadSourceArticles(ctx.db, topicId, ids);
  const drafts = consolidate(claimsOf(articles, topic.terms), {
    now: ctx.clock.now(),
    curations: await listCurations(ctx.db, topicId),
  });
  const result = await syncMilestones(ctx.db, topicId, drafts);
  ctx.log.info({ topicId, articles: articles.length, ...result }, 'milestones extracted');
  return result;
}

export async function extractMilestonesForArticles(ctx: AppContext, topicId: number, articleIds: number[]): Promise<ExtractResult> {
  return rebuild(ctx, topicId, articleIds);
}

/** Re-extracts every stored relevant article of one topic (or all topics), keeping curation. */
export async function reextractTopic(ctx: AppContext, slug?: string): Promise<ExtractResult & { topics: number }> {
  const topics = slug ? [await getTopic(ctx, slug)] : await allTopics(ctx);
  const total = { milestones: 0, evidence: 0, topics: topics.length };
  for (const t of topics) {
    const r = await rebuild(ctx, t.id, 'all');
    total.milestones += r.milestones;
    total.evidence += r.evidence;
  }
  return total;
}

/**
 * Records an admin's decision about a milestone (edit, merge, split, reject, pin, unpin) and rebuilds the
 * topic so it takes effect; the decision is replayed after every later extraction.
 */
export async function curateMilestone(ctx: AppContext, id: number, action: CurationAction): Promise<{ key: string }> {
  const ref = await findMilestoneRef(ctx.db, id);
  if (!ref) throw notFound(`Milestone ${id}`);
  if (action.action === 'merge') {
    if (action.into === ref.key) throw new AppError('bad_request', 'Cannot merge a milestone into itself', 'into');
    if (!(await milestoneKeyExists(ctx.db, ref.topicId, action.into))) {
      throw new AppError('validation_failed', `No milestone with key '${action.into}' in this topic`, 'into');
    }
  }
  await addCuration(ctx.db, ref.topicId, ref.key, action);
  await rebuild(ctx, ref.topicId, []);
  return { key: ref.key };
}
