// A topic's key dates: the days its articles name most (the date selector benchmarked on Timeline17).
// It needs no event vocabulary, so it works for any topic defined by its terms.
import type { AppContext } from '../context.ts';
import { splitSentences } from '../milestones/sentences.ts';
import { getTopic } from '../topics/service.ts';
import { rankDays, type RankedDay } from './salience.ts';
import { relevantArticleTexts } from './store.ts';

const ARTICLES = 2000;

export async function keyDates(ctx: Pick<AppContext, 'db'>, slug: string, opts: { top: number }): Promise<{ topic: { slug: string; name: string }; dates: RankedDay[] }> {
  const topic = await getTopic(ctx, slug);
  const articles = await relevantArticleTexts(ctx.db, topic.id, ARTICLES);
  const docs = articles.map((a) => ({ published: a.publishedAt, sentences: splitSentences(a.text).map((s) => s.text) }));
  const ranked = rankDays(docs).slice(0, opts.top);
  return { topic: { slug: topic.slug, name: topic.name }, dates: ranked.sort((a, b) => a.date.localeCompare(b.date)) };
}
