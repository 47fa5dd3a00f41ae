import type { Db } from '../db.ts';

export type FeedRow = Awaited<ReturnType<Db['feed']['findFirstOrThrow']>> & { topicSlug: string };

const withTopic = { topic: { select: { slug: true } } } as const;
const flatten = <T extends { topic: { slug: string } }>(f: T) => {
  const { topic, ...rest } = f;
  return { ...rest, topicSlug: topic.slug };
};

export async function listFeeds(db: Db, topicId?: number): Promise<FeedRow[]> {
  const rows = await db.feed.findMany({ where: topicId ? { topicId } : {}, include: withTopic, orderBy: { id: 'asc' } });
  return rows.map(flatten);
}

export async function findFeed(db: Db, id: number): Promise<FeedRow | null> {
  const f = await db.feed.findUnique({ where: { id }, include: withTopic });
  return f ? flatten(f) : null;
}

export async function findFeedByUrl(db: Db, topicId: number, url: string): Promise<FeedRow | null> {
  const f = await db.feed.findUnique({ where: { topicId_url: { topicId, url } }, include: withTopic });
  return f ? flatten(f) : null;
}

export async function createFeed(db: Db, data: { topicId: number; url: string; title?: string | null; nextCheckAt?: Date }): Promise<FeedRow> {
  return flatten(await db.feed.create({ data, include: withTopic }));
}

export type FeedPatch = Partial<{
  url: string;
  title: string | null;
  siteUrl: string | null;
  enabled: boolean;
  disabledReason: string | null;
  etag: string | null;
  lastModified: string | null;
  bodyHash: string | null;
  ttlMinutes: number | null;
  lastStatus: string | null;
  lastHttpStatus: number | null;
  lastError: string | null;
  lastErrorCode: string | null;
  lastCheckedAt: Date | null;
  lastSuccessAt: Date | null;
  nextCheckAt: Date;
  consecutiveFailures: number;
}>;

export async function updateFeed(db: Db, id: number, patch: FeedPatch): Promise<FeedRow> {
  return flatten(await db.feed.update({ where: { id }, data: patch, include: withTopic }));
}

export async function deleteFeed(db: Db, id: number): Promise<void> {
  await db.feed.delete({ where: { id } });
}

/** Enabled feeds whose next check is due; `ids` restricts to those feeds whatever their schedule. */
export async function dueFeeds(db: Db, now: Date, ids?: number[]): Promise<FeedRow[]> {
  const where = ids ? { id: { in: ids } } : { enabled: true, nextCheckAt: { lte: now } };
  const rows = await db.feed.findMany({ where, include: withTopic, orderBy: { nextCheckAt: 'asc' } });
  return rows.map(flatten);
}
