// JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1). Validated with zod; a bad item is skipped with a
// warning rather than failing the feed.
import { z } from 'zod';
import { parseFeedDate } from './parse-dates.ts';
import { absolutizeHtml, resolveUrl } from './parse-node.ts';
import { collapseWhitespace, htmlToText } from './parse-text.ts';
import type { FeedItem, ParsedFeed } from './parse-types.ts';

const text = z.string().nullish().catch(null);
const author = z.looseObject({ name: text, url: text });

const itemSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).nullish().catch(null),
  url: text, external_url: text, title: text,
  content_html: text, content_text: text, summary: text,
  date_published: text, date_modified: text,
  author: author.nullish().catch(null),
  authors: z.array(author).nullish().catch(null),
  tags: z.array(z.unknown()).nullish().catch(null),
});

const feedSchema = z.looseObject({
  version: z.string().regex(/^https?:\/\/jsonfeed\.org\/version\//, 'version is not a jsonfeed.org URL'),
  title: text, home_page_url: text, feed_url: text, description: text, language: text,
  items: z.array(z.unknown()),
});

export type JsonFeedResult = Omit<ParsedFeed, 'charset'>;

/** True when the text is a JSON object that declares a jsonfeed.org version. */
export function looksLikeJsonFeed(text: string): boolean {
  return /^\s*\{[\s\S]*"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(text.slice(0, 4096));
}

function readItem(raw: z.infer<typeof itemSchema>, base: string | null): FeedItem {
  const names = [raw.author?.name, ...(raw.authors ?? []).map((a) => a.name)].filter((n): n is string => !!n?.trim());
  const html = raw.content_html ? absolutizeHtml(raw.content_html, base) : null;
  const plain = raw.content_text ? collapseWhitespace(raw.content_text) : null;
  return {
    guid: raw.id === null || raw.id === undefined ? null : String(raw.id),
    link: resolveUrl(raw.url ?? raw.external_url, base),
    title: raw.title ? htmlToText(raw.title) : null,
    summary: raw.summary ? collapseWhitespace(raw.summary) : plain ?? (html ? htmlToText(html) : null),
    contentHtml: html,
    author: names[0] ? collapseWhitespace(names[0]) : null,
    publishedAt: parseFeedDate(raw.date_published),
    updatedAt: parseFeedDate(raw.date_modified),
    categories: (raw.tags ?? []).filter((t): t is string => typeof t === 'string' && !!t.trim()),
  };
}

/** Parses JSON Feed text; throws an Error with a readable message when it is not one. */
export function parseJsonFeed(text: string, url: string): JsonFeedResult {
  const data: unknown = JSON.parse(text);
  const feed = feedSchema.parse(data);
  const warnings: string[] = [];
  const base = resolveUrl(feed.feed_url, url) ?? url;
  const items: FeedItem[] = [];
  feed.items.forEach((raw, i) => {
    const parsed = itemSchema.safeParse(raw);
    if (parsed.success) items.push(readItem(parsed.data, base));
    else warnings.push(`item ${i} skipped: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  });
  return {
    format: 'json',
    version: /version\/([\d.]+)/.exec(feed.version)?.[1] ?? null,
    title: feed.title ? collapseWhitespace(feed.title) : null,
    link: resolveUrl(feed.home_page_url, url),
    description: feed.description ? collapseWhitespace(feed.description) : null,
    language: feed.language ?? null,
    ttlMinutes: null,
    items,
    warnings,
  };
}
