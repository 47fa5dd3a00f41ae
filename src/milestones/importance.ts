// How much a milestone matters to a reader of the thread: how many independent outlets report it, how often
// it is recalled long after, and what kind of step it is. Pinned milestones are always in a top list.
import { sourcesOf } from './resolve.ts';
import type { Kind, MilestoneDraft } from './types.ts';

const KIND_WEIGHT: Record<Kind, number> = {
  agreement: 3,
  operational: 3,
  summit: 2.5,
  decision: 2,
  pledge: 1.5,
  meeting: 1.5,
  statement: 1.5,
  exercise: 1,
  launch: 2.5,
  action: 2,
  incident: 2.5,
  legal: 2,
  election: 2.5,
  death: 2,
  personnel: 1.5,
};

const RECALL_DAYS = 60;

/** End of the milestone's period, as epoch ms: a recall is a report published well after it. */
function periodEnd(m: Pick<MilestoneDraft, 'date' | 'precision'>): number {
  const [y, mo] = m.date.split('-').map(Number) as [number, number | undefined];
  if (m.precision === 'year') return Date.UTC(y + 1, 0, 1);
  if (m.precision === 'month') return Date.UTC(y, mo ?? 1, 1);
  return Date.parse(m.date) + 86_400_000;
}

export function importanceOf(m: MilestoneDraft): number {
  const outlets = sourcesOf(m.claims);
  const end = periodEnd(m) + RECALL_DAYS * 86_400_000;
  const recalls = new Set(m.claims.filter((c) => c.publishedAt.getTime() > end).map((c) => c.articleId)).size;
  const score = KIND_WEIGHT[m.kind] + 2 * Math.log2(1 + outlets) + 1.5 * Math.log2(1 + recalls) + (m.deadline ? 0.5 : 0);
  return Math.round(score * 100) / 100;
}

/** The n most important (pinned first), returned in date order. */
export function topMilestones<T extends { importance: number; pinned: boolean; sortDate: string }>(list: T[], n: number): T[] {
  const chosen = [...list].sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.importance - a.importance).slice(0, n);
  return chosen.sort((a, b) => a.sortDate.localeCompare(b.sortDate));
}
