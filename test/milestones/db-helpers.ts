// A database with the demo articles stored, for the milestone service and API tests.
import { insertArticle } from '../../src/articles/store.ts';
import type { Db } from '../../src/db.ts';
import { demoArticles } from './demo-pages.ts';

export const SLUG = 'kr-us-jp-missile-warning';

export async function storeDemoArticles(db: Db, topicId: number): Promise<number[]> {
  const ids: number[] = [];
  for (const a of demoArticles()) {
    const id = await insertArticle(db, {
      topicId, feedId: null, canonicalUrl: a.url, url: a.url, guid: null, title: null, outlet: a.outlet, author: null,
      language: a.language, publishedAt: a.publishedAt, fetchedAt: a.publishedAt, text: a.text, contentHash: `h${a.id}`,
      storyKey: null, relevance: 1, status: 'relevant', skipReason: null,
    });
    if (id === null) throw new Error(`article ${a.url} not stored`);
    ids.push(id);
  }
  return ids;
}
