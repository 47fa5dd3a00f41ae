// Timeline use cases: read the consolidated milestones of a topic, whole or its most important few.
import type { AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { topMilestones } from '../milestones/importance.ts';
import { findTopicById } from '../topics/store.ts';
import { getTopic } from '../topics/service.ts';
import { presentMilestone, type PresentedMilestone } from './present.ts';
import { findMilestone, listTopicMilestones } from './store.ts';

export interface Timeline {
  topic: { slug: string; name: string };
  milestones: PresentedMilestone[];
}

/** The topic's milestones in date order; with `top`, only the N most important (pinned first), still by date. */
export async function getTimeline(ctx: Pick<AppContext, 'db'>, slug: string, opts: { top?: number } = {}): Promise<Timeline> {
  const topic = await getTopic(ctx, slug);
  const rows = await listTopicMilestones(ctx.db, topic.id);
  const chosen = opts.top ? topMilestones(rows, opts.top) : rows;
  return { topic: { slug: topic.slug, name: topic.name }, milestones: chosen.map(presentMilestone) };
}

export async function getMilestone(
  ctx: Pick<AppContext, 'db'>,
  id: number,
): Promise<PresentedMilestone & { topic: { slug: string; name: string } }> {
  const row = await findMilestone(ctx.db, id);
  if (!row) throw notFound(`Milestone ${id}`);
  const topic = await findTopicById(ctx.db, row.topicId);
  if (!topic) throw notFound(`Milestone ${id}`);
  return { ...presentMilestone(row), topic: { slug: topic.slug, name: topic.name } };
}
