// Every Prisma query of the admin page: sessions and the dashboard's counts. Plain objects out.
import type { Db } from '../db.ts';

export interface SessionRow {
  id: string; // sha256 of the cookie value
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(db: Db, row: SessionRow): Promise<void> {
  try {
    await db.adminSession.create({ data: row });
  } catch (err) {
    throw new Error(`admin store: unable to create session: ${(err as Error).message}`, { cause: err });
  }
}

export async function findLiveSession(db: Db, id: string, now: Date): Promise<SessionRow | null> {
  const row = await db.adminSession.findUnique({ where: { id } });
  if (!row || row.expiresAt <= now) return null;
  return { id: row.id, csrfToken: row.csrfToken, expiresAt: row.expiresAt };
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.adminSession.deleteMany({ where: { id } });
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<number> {
  return (await db.adminSession.deleteMany({ where: { expiresAt: { lte: now } } })).count;
}

export interface TopicCounts {
  slug: string;
  name: string;
  feeds: number;
  articles: number;
  milestones: number;
  subscribers: number;
}

export async function topicCounts(db: Db): Promise<TopicCounts[]> {
  const rows = await db.topic.findMany({
    orderBy: { slug: 'asc' },
    select: {
      slug: true,
      name: true,
      _count: { select: { feeds: true, articles: true, milestones: true, subscribers: { where: { active: true } } } },
    },
  });
  return rows.map((t) => ({ slug: t.slug, name: t.name, ...t._count }));
}
