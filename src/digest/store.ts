// Every Prisma query of the digest: what is new for a topic, open pledges, and the delivery ledger that makes
// sending at-most-once per (subscriber, topic, day).
import type { Db } from '../db.ts';
import type { DigestArticle, DigestMilestone, DigestPledge } from './render.ts';

export interface News {
  milestones: DigestMilestone[];
  moreMilestones: number;
  articles: DigestArticle[];
  moreArticles: number;
}

const SOURCES_PER_MILESTONE = 2;
const PLEDGE_LIMIT = 50;

/** Milestones and relevant articles created in [since, until), at most `limit` of each plus how many more. */
export async function loadNews(db: Db, topicId: number, since: Date, until: Date, limit: number): Promise<News> {
  const created = { gte: since, lt: until };
  const milestoneWhere = { topicId, createdAt: created };
  const articleWhere = { topicId, status: 'relevant', createdAt: created };
  const [milestones, milestoneCount, articles, articleCount] = await Promise.all([
    db.milestone.findMany({
      where: milestoneWhere,
      orderBy: [{ sortDate: 'asc' }, { id: 'asc' }],
      take: limit,
      include: {
        evidence: {
          orderBy: { id: 'asc' },
          take: SOURCES_PER_MILESTONE,
          include: { article: { select: { title: true, outlet: true, canonicalUrl: true } } },
        },
      },
    }),
    db.milestone.count({ where: milestoneWhere }),
    db.article.findMany({ where: articleWhere, orderBy: { id: 'desc' }, take: limit }),
    db.article.count({ where: articleWhere }),
  ]);
  return {
    milestones: milestones.map((m) => ({
      date: m.date,
      title: m.title,
      kind: m.kind,
      status: m.status,
      sources: m.evidence.map((e) => ({
        quote: e.quote,
        articleTitle: e.article.title,
        outlet: e.article.outlet,
        url: e.article.canonicalUrl,
      })),
    })),
    moreMilestones: milestoneCount - milestones.length,
    articles: articles.map((a) => ({ title: a.title, outlet: a.outlet, url: a.canonicalUrl, publishedAt: a.publishedAt })),
    moreArticles: articleCount - articles.length,
  };
}

/** Open pledges, soonest deadline first, unknown deadlines last (sorted here: SQL NULL order differs by database). */
export async function loadOpenPledges(db: Db, topicId: number): Promise<DigestPledge[]> {
  const rows = await db.milestone.findMany({
    where: { topicId, pledgeStatus: 'open' },
    select: { title: true, deadline: true, id: true },
    orderBy: { id: 'asc' },
    take: PLEDGE_LIMIT,
  });
  const key = (p: { deadline: string | null }) => p.deadline ?? '9999';
  return rows.sort((a, b) => key(a).localeCompare(key(b))).map((p) => ({ title: p.title, deadline: p.deadline }));
}

/** End of the window covered by the subscriber's last digest that was actually sent. */
export async function lastSentPeriodEnd(db: Db, subscriberId: number, topicId: number): Promise<Date | null> {
  const row = await db.digestDelivery.findFirst({
    where: { subscriberId, topicId, status: 'sent' },
    orderBy: { periodEnd: 'desc' },
    select: { periodEnd: true },
  });
  return row?.periodEnd ?? null;
}

/** Same, over all subscribers of the topic: where a preview starts. */
export async function lastSentPeriodEndForTopic(db: Db, topicId: number): Promise<Date | null> {
  const row = await db.digestDelivery.findFirst({
    where: { topicId, status: 'sent' },
    orderBy: { periodEnd: 'desc' },
    select: { periodEnd: true },
  });
  return row?.periodEnd ?? null;
}

export interface Claim {
  subscriberId: number;
  topicId: number;
  day: string;
  periodStart: Date;
  periodEnd: Date;
  status: 'pending' | 'skipped'; // pending: this process will send now; skipped: nothing new today
  maxAttempts: number;
}

const isUniqueViolation = (err: unknown) => (err as { code?: unknown })?.code === 'P2002';

/**
 * Takes the (subscriber, topic, day) row for this process, or returns null when another run has it or is done
 * with it. Either the insert wins the unique constraint, or a conditional update takes over a failed row:
 * both are atomic in SQLite and PostgreSQL, so two processes never both get the same row.
 */
export async function claimDelivery(db: Db, c: Claim): Promise<number | null> {
  const attempts = c.status === 'pending' ? 1 : 0;
  const key = { subscriberId: c.subscriberId, topicId: c.topicId, day: c.day };
  const window = { periodStart: c.periodStart, periodEnd: c.periodEnd };
  try {
    const row = await db.digestDelivery.create({ data: { ...key, ...window, status: c.status, attempts } });
    return row.id;
  } catch (err) {
    if (!isUniqueViolation(err)) throw new Error(`store: unable to claim digest delivery: ${String(err)}`, { cause: err });
  }
  const { count } = await db.digestDelivery.updateMany({
    where: { ...key, status: 'failed', attempts: { lt: c.maxAttempts } },
    data: { ...window, status: c.status, attempts: { increment: attempts } },
  });
  if (count !== 1) return null;
  const row = await db.digestDelivery.findUnique({ where: { subscriberId_topicId_day: key }, select: { id: true } });
  return row?.id ?? null;
}

export async function markDeliverySent(db: Db, id: number, sentAt: Date): Promise<void> {
  await db.digestDelivery.updateMany({ where: { id, status: 'pending' }, data: { status: 'sent', sentAt, lastError: null } });
}

export async function markDeliveryFailed(db: Db, id: number, error: string): Promise<void> {
  await db.digestDelivery.updateMany({ where: { id, status: 'pending' }, data: { status: 'failed', lastError: error.slice(0, 500) } });
}

export interface DeliveryRow {
  id: number;
  subscriberId: number;
  topicId: number;
  day: string;
  status: string;
  attempts: number;
  lastError: string | null;
  periodStart: Date;
  periodEnd: Date;
  sentAt: Date | null;
}

export async function listDeliveries(db: Db, filter: { topicId?: number; day?: string } = {}): Promise<DeliveryRow[]> {
  return db.digestDelivery.findMany({
    where: filter,
    orderBy: { id: 'asc' },
    select: {
      id: true,
      subscriberId: true,
      topicId: true,
      day: true,
      status: true,
      attempts: true,
      lastError: true,
      periodStart: true,
      periodEnd: true,
      sentAt: true,
    },
  });
}
