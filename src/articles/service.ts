import type { AppContext } from '../context.ts';
import { providerOf } from '../db.ts';
import { getTopic } from '../topics/service.ts';
import { queryArticles, type ArticleRow } from './store.ts';

const present = (a: ArticleRow) => ({
  id: a.id,
  url: a.canonicalUrl,
  title: a.title,
  outlet: a.outlet,
  author: a.author,
  language: a.language,
  publishedAt: a.publishedAt?.toISOString() ?? null,
  fetchedAt: a.fetchedAt.toISOString(),
  relevance: a.relevance,
  status: a.status,
  skipReason: a.skipReason,
  storyKey: a.storyKey,
  excerpt: a.text.slice(0, 280),
});

export type ArticleDto = ReturnType<typeof present>;

export async function searchArticles(
  ctx: Pick<AppContext, 'db' | 'config'>,
  q: { topic?: string; q?: string; since?: string; limit: number; cursor?: number; include: 'relevant' | 'all'; story?: string },
): Promise<{ articles: ArticleDto[]; nextCursor: string | null }> {
  const topic = q.topic ? await getTopic(ctx, q.topic) : undefined;
  const rows = await queryArticles(ctx.db, {
    topicId: topic?.id,
    q: q.q,
    since: q.since ? new Date(q.since) : undefined,
    limit: q.limit + 1,
    cursor: q.cursor,
    story: q.story,
    includeSkipped: q.include === 'all',
    insensitive: providerOf(ctx.config.DATABASE_URL) === 'postgres',
  });
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return { articles: page.map(present), nextCursor: rows.length > q.limit && last ? String(last.id) : null };
}
