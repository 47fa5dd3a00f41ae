import type { Db } from '../db.ts';

export interface NewArticle {
  topicId: number;
  feedId: number | null;
  canonicalUrl: string;
  url: string;
  guid: string | null;
  title: string | null;
  outlet: string | null;
  author: string | null;
  language: string | null;
  publishedAt: Date | null;
  fetchedAt: Date;
  text: string;
  contentHash: string;
  storyKey: string | null;
  fingerprint?: string | null;
  relevance: number;
  status: 'relevant' | 'skipped';
  skipReason: string | null;
}

export type ArticleRow = Awaited<ReturnType<Db['article']['findFirstOrThrow']>>;

/** Which of these guids and canonical URLs the topic already holds. */
export async function knownKeys(db: Db, topicId: number, guids: string[], urls: string[]): Promise<Set<string>> {
  const rows = await db.article.findMany({
    where: { topicId, OR: [{ guid: { in: guids } }, { canonicalUrl: { in: urls } }, { url: { in: urls } }] },
    select: { guid: true, canonicalUrl: true, url: true },
  });
  const keys = new Set<string>();
  for (const r of rows) {
    if (r.guid) keys.add(`guid:${r.guid}`);
    keys.add(`url:${r.canonicalUrl}`);
    keys.add(`url:${r.url}`);
  }
  return keys;
}

/** Inserts unless the canonical URL is already stored; returns the new id or null. */
export async function insertArticle(db: Db, a: NewArticle): Promise<number | null> {
  const existing = await db.article.findUnique({
    where: { topicId_canonicalUrl: { topicId: a.topicId, canonicalUrl: a.canonicalUrl } },
    select: { id: true },
  });
  if (existing) return null;
  try {
    return (await db.article.create({ data: a, select: { id: true } })).id;
  } catch (err) {
    if ((err as { code?: string }).code === 'P2002') return null; // another process stored it first
    throw err;
  }
}

/** Fingerprints of the topic's most recent articles, to find syndicated copies among them. */
export async function recentFingerprints(db: Db, topicId: number, limit = 5000): Promise<Array<{ fingerprint: string | null; storyKey: string | null }>> {
  return db.article.findMany({
    where: { topicId, fingerprint: { not: null } },
    select: { fingerprint: true, storyKey: true },
    orderBy: { id: 'desc' },
    take: limit,
  });
}

export interface ArticleQuery {
  topicId?: number;
  q?: string;
  since?: Date;
  limit: number;
  cursor?: number;
  story?: string;
  includeSkipped: boolean;
  insensitive: boolean;
}

export async function queryArticles(db: Db, query: ArticleQuery): Promise<ArticleRow[]> {
  // PostgreSQL needs mode 'insensitive'; SQLite's LIKE already ignores ASCII case and rejects `mode`.
  const contains = (v: string) => (query.insensitive ? { contains: v, mode: 'insensitive' as const } : { contains: v });
  return db.article.findMany({
    where: {
      ...(query.topicId ? { topicId: query.topicId } : {}),
      ...(query.includeSkipped ? {} : { status: 'relevant' }),
      ...(query.since ? { OR: [{ publishedAt: { gte: query.since } }, { publishedAt: null, fetchedAt: { gte: query.since } }] } : {}),
      ...(query.q ? { AND: [{ OR: [{ title: contains(query.q) }, { text: contains(query.q) }] }] } : {}),
      ...(query.cursor ? { id: { lt: query.cursor } } : {}),
      ...(query.story ? { storyKey: query.story } : {}),
    },
    orderBy: { id: 'desc' },
    take: query.limit,
  });
}
