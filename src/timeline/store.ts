// Reads of stored milestones with their evidence and its articles. Plain objects out.
import type { Db } from '../db.ts';

export interface EvidenceRow {
  articleId: number;
  articleUrl: string;
  outlet: string | null;
  publishedAt: Date | null;
  quote: string;
  dateText: string;
  claimedDate: string;
  claimedPrecision: string;
}

export interface MilestoneRow {
  id: number;
  topicId: number;
  key: string;
  date: string;
  precision: string;
  endDate: string | null;
  sortDate: string;
  kind: string;
  title: string;
  actors: string[];
  status: string;
  confidence: number;
  importance: number;
  deadline: string | null;
  pledgeStatus: string | null;
  fulfilledById: number | null;
  supersededById: number | null;
  conflict: unknown;
  pinned: boolean;
  curated: boolean;
  evidence: EvidenceRow[];
}

const include = {
  evidence: {
    orderBy: [{ articleId: 'asc' as const }, { sentenceIndex: 'asc' as const }],
    include: { article: { select: { canonicalUrl: true, url: true, outlet: true, publishedAt: true } } },
  },
};

type Raw = Awaited<ReturnType<typeof findRaw>>[number];
const findRaw = (db: Db, where: { topicId?: number; id?: number }) =>
  db.milestone.findMany({ where, include, orderBy: [{ sortDate: 'asc' }, { id: 'asc' }] });

function toRow(m: Raw): MilestoneRow {
  const { evidence, actors, topic: _topic, ...rest } = m as Raw & { topic?: unknown };
  return {
    ...rest,
    actors: Array.isArray(actors) ? actors.map(String) : [],
    evidence: evidence
      .map((e) => ({
        articleId: e.articleId,
        articleUrl: e.article.canonicalUrl || e.article.url,
        outlet: e.article.outlet,
        publishedAt: e.article.publishedAt,
        quote: e.quote,
        dateText: e.dateText,
        claimedDate: e.claimedDate,
        claimedPrecision: e.claimedPrecision,
      }))
      .sort((a, b) => (a.publishedAt?.getTime() ?? 0) - (b.publishedAt?.getTime() ?? 0)),
  };
}

export async function listTopicMilestones(db: Db, topicId: number): Promise<MilestoneRow[]> {
  return (await findRaw(db, { topicId })).map(toRow);
}

export async function findMilestone(db: Db, id: number): Promise<MilestoneRow | null> {
  const [m] = await findRaw(db, { id });
  return m ? toRow(m) : null;
}

/** The text and date of a topic's most recent relevant articles, for ranking its key dates. */
export async function relevantArticleTexts(db: Db, topicId: number, limit: number): Promise<Array<{ text: string; publishedAt: Date }>> {
  const rows = await db.article.findMany({
    where: { topicId, status: 'relevant' },
    select: { text: true, publishedAt: true, fetchedAt: true },
    orderBy: { id: 'desc' },
    take: limit,
  });
  return rows.map((r) => ({ text: r.text, publishedAt: r.publishedAt ?? r.fetchedAt }));
}
