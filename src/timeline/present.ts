// The API's view of a milestone: never a raw row.
import type { MilestoneRow } from './store.ts';

export function presentEvidence(e: MilestoneRow['evidence'][number]) {
  return {
    articleId: e.articleId,
    articleUrl: e.articleUrl,
    outlet: e.outlet,
    publishedAt: e.publishedAt?.toISOString() ?? null,
    quote: e.quote,
    dateText: e.dateText,
    claimedDate: e.claimedDate,
  };
}

export function presentMilestone(m: MilestoneRow) {
  return {
    id: m.id,
    key: m.key,
    date: m.date,
    precision: m.precision,
    endDate: m.endDate,
    kind: m.kind,
    title: m.title,
    actors: m.actors,
    status: m.status,
    confidence: m.confidence,
    importance: m.importance,
    pinned: m.pinned,
    curated: m.curated,
    pledge: m.deadline
      ? { status: m.pledgeStatus, dueDate: m.deadline, fulfilledById: m.fulfilledById, supersededById: m.supersededById }
      : null,
    conflict: m.conflict ?? null,
    evidence: m.evidence.map(presentEvidence),
  };
}

export type PresentedMilestone = ReturnType<typeof presentMilestone>;
