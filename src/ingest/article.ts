// One feed item → one article ready to store: fetch the page, extract it, fall back to the feed's own text.
import { createHash } from 'node:crypto';
import { extractArticle } from '../articles/extract.ts';
import { fingerprint } from '../articles/fingerprint.ts';
import type { NewArticle } from '../articles/store.ts';
import { decodeBody } from '../feeds/charset.ts';
import { normalizeUrl } from '../feeds/normalize-url.ts';
import type { FeedItem } from '../feeds/parse.ts';
import { pageAccept, type Fetcher } from '../fetch/index.ts';
import { scoreRelevance } from './relevance.ts';

export interface ItemContext {
  topicId: number;
  feedId: number;
  feedTitle: string | null;
  terms: string[];
  now: Date;
  fetch: Fetcher;
}

export const htmlToText = (html: string): string =>
  extractArticle(`<html><body><article>${html}</article></body></html>`, { url: 'about:blank' }).text;

export const hashText = (text: string): string =>
  createHash('sha256').update(text.normalize('NFKC').replace(/\s+/g, ' ').trim()).digest('hex');

/** Returns the article, or an error message when neither the page nor the feed gave any text. */
export async function buildArticle(item: FeedItem, c: ItemContext): Promise<{ article: NewArticle } | { error: string }> {
  const link = item.link;
  let page: ReturnType<typeof extractArticle> | null = null;
  let pageError: string | null = null;
  if (link) {
    try {
      const res = await c.fetch({ url: link, accept: pageAccept });
      page = extractArticle(decodeBody(res.body, res.contentType, 'html').text, { url: res.url });
    } catch (err) {
      pageError = err instanceof Error ? err.message : String(err);
    }
  }
  const feedText = item.contentHtml ? htmlToText(item.contentHtml) : (item.summary ?? '');
  const text = page && page.text.length >= Math.min(200, feedText.length) ? page.text : feedText;
  if (!text.trim()) return { error: pageError ?? `no text for item ${item.guid ?? link ?? '?'}` };
  const url = link ?? item.guid ?? '';
  const canonicalUrl = normalizeUrl(page?.canonicalUrl ?? url);
  const title = page?.title ?? item.title;
  const relevance = scoreRelevance(title, text, c.terms);
  return {
    article: {
      topicId: c.topicId,
      feedId: c.feedId,
      canonicalUrl,
      url,
      guid: item.guid,
      title,
      outlet: page?.outlet ?? c.feedTitle,
      author: page?.author ?? item.author,
      language: page?.language ?? null,
      publishedAt: page?.publishedAt ?? item.publishedAt ?? item.updatedAt ?? null,
      fetchedAt: c.now,
      text,
      contentHash: hashText(text),
      storyKey: null,
      fingerprint: fingerprint(text),
      relevance: relevance.score,
      status: relevance.relevant ? 'relevant' : 'skipped',
      skipReason: relevance.relevant ? null : `not about the topic (score ${relevance.score})`,
    },
  };
}
