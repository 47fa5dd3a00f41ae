// feedparser's result names mapped onto Tidemark's ParsedFeed, each with the comparison that fits the field:
// plain-text fields compare against feedparser's value as text, dates as instants, charsets by alias.
import { decodeHTML } from 'entities';
import * as cheerio from 'cheerio';
import { normalizeCharset } from '../src/feeds/charset.ts';
import { parseFeedDate } from '../src/feeds/parse-dates.ts';
import type { FeedItem, ParsedFeed } from '../src/feeds/parse.ts';
import { collapseWhitespace, htmlToText } from '../src/feeds/parse-text.ts';
import { NA, isRef, type FieldRef, type Scope, type Value } from './feeds-expect.ts';

export interface ViewContext { feed: ParsedFeed | null; error: Error | null; htmlIsSanitizerCheck: boolean }

const ref = (kind: string, value: unknown, equals: (expected: unknown) => boolean): FieldRef => ({ kind, value, equals });

function plain(value: string | null): FieldRef {
  return ref('plain', value, (expected) => {
    if (typeof expected !== 'string') return false;
    const ours = value ?? '';
    return [collapseWhitespace(expected), htmlToText(expected), collapseWhitespace(decodeHTML(expected))].includes(ours);
  });
}

function canonicalHtml(html: string): string {
  const $ = cheerio.load(html, null, false);
  return collapseWhitespace($.html() ?? '').replace(/>\s+</g, '><');
}

function html(value: string | null, sanitizerCheck: boolean): FieldRef | typeof NA {
  // Tidemark keeps content HTML as published and sanitises at display time: a sanitiser's output is no target.
  if (sanitizerCheck) return NA;
  return ref('html', value, (expected) => {
    if (typeof expected !== 'string') return false;
    if (canonicalHtml(value ?? '') === canonicalHtml(expected)) return true;
    // Text content (type="text", base64 text): feedparser gives the raw text, Tidemark the same text as HTML.
    return !/<[A-Za-z]/.test(value ?? '') && htmlToText(value ?? '') === collapseWhitespace(expected);
  });
}

function exact(kind: string, value: string | null): FieldRef {
  return ref(kind, value, (expected) => typeof expected === 'string' && (value ?? '') === expected.trim());
}

function author(value: string | null): FieldRef {
  return ref('author', value, (expected) => {
    if (typeof expected !== 'string') return false;
    // feedparser writes "Name (email)" or "email (Name)"; Tidemark keeps the display name.
    const m = /^(.*?)\s*\((.*)\)$/.exec(expected.trim());
    const names = [expected.trim(), ...(m ? [m[1] ?? '', m[2] ?? ''] : [])].map((s) => collapseWhitespace(s));
    return names.includes(value ?? '');
  });
}

function date(value: Date | null): FieldRef {
  return ref('date', value, (expected) => typeof expected === 'string' && parseFeedDate(expected)?.getTime() === value?.getTime());
}

function dateTuple(value: Date | null): FieldRef {
  return ref('date', value, (expected) => {
    if (!Array.isArray(expected) || !value) return expected === null && value === null;
    const ours = [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate(), value.getUTCHours(), value.getUTCMinutes(), value.getUTCSeconds()];
    return ours.every((v, i) => v === expected[i]);
  });
}

const detail = (value: FieldRef | typeof NA) => ({ value });

function versionName(feed: ParsedFeed): string {
  const digits = (feed.version ?? '').replace(/\./g, '');
  if (feed.format === 'rdf') return feed.version === '0.90' ? 'rss090' : 'rss10';
  if (feed.version === 'cdf') return 'cdf';
  if (feed.format === 'atom') return digits ? `atom${digits}` : 'atom';
  if (feed.format === 'json') return `json${digits.replace(/0$/, '')}`;
  // feedparser names every 2.0x "rss20".
  return digits ? `rss${digits.startsWith('2') ? '20' : digits}` : 'rss';
}

function entryView(item: FeedItem, ctx: ViewContext): Record<string, unknown> {
  const title = plain(item.title);
  const summary = plain(item.summary);
  return {
    title, title_detail: detail(title),
    description: summary, summary, summary_detail: detail(summary), description_detail: detail(summary),
    content: [detail(html(item.contentHtml, ctx.htmlIsSanitizerCheck))],
    link: exact('url', item.link), id: exact('id', item.guid), guid: exact('id', item.guid),
    author: author(item.author), author_detail: { name: author(item.author) },
    published: date(item.publishedAt), issued: date(item.publishedAt),
    published_parsed: dateTuple(item.publishedAt), issued_parsed: dateTuple(item.publishedAt),
    // feedparser 6 answers `updated` with `published` when an entry has no update date; `date` is `updated`.
    ...Object.fromEntries(['updated', 'modified', 'date'].flatMap((k) => [
      [k, date(item.updatedAt ?? item.publishedAt)], [`${k}_parsed`, dateTuple(item.updatedAt ?? item.publishedAt)],
    ])),
    tags: item.categories.map((c) => ({ term: exact('category', c) })),
    category: exact('category', item.categories[0] ?? null),
  };
}

function feedView(feed: ParsedFeed): Record<string, unknown> {
  const title = plain(feed.title);
  const description = plain(feed.description);
  return {
    title, title_detail: detail(title),
    subtitle: description, tagline: description, description,
    subtitle_detail: detail(description), tagline_detail: detail(description), description_detail: detail(description),
    link: exact('url', feed.link),
    language: exact('language', feed.language),
    ttl: ref('int', feed.ttlMinutes, (e) => Number(e) === feed.ttlMinutes),
  };
}

const MISSING = ref('missing', null, () => false);

function lookupKey(obj: Value, key: Value): Value {
  if (obj === NA || key === NA) return NA;
  // Python would already have raised on the missing part: every further lookup fails too.
  if (obj === MISSING) return MISSING;
  if (Array.isArray(obj)) {
    if (typeof key !== 'number') return NA;
    const at = key < 0 ? obj.length + key : key;
    // Python would raise IndexError: the check fails rather than being inapplicable.
    return at >= 0 && at < obj.length ? obj[at] : MISSING;
  }
  if (obj && typeof obj === 'object' && !isRef(obj) && typeof key === 'string') {
    return key in obj ? (obj as Record<string, unknown>)[key] : NA;
  }
  return NA;
}

export function makeScope(ctx: ViewContext): Scope {
  const { feed } = ctx;
  const feedNames = feed ? feedView(feed) : {};
  const entries = feed ? feed.items.map((i) => entryView(i, ctx)) : [];
  const names: Record<string, unknown> = {
    bozo: !!ctx.error || (feed?.warnings.length ?? 0) > 0,
    // feedparser's own aliases: channel = feed, items = entries.
    feed: feedNames, channel: feedNames, entries, items: entries,
    encoding: feed ? ref('charset', feed.charset, (e) => typeof e === 'string' && normalizeCharset(e) === normalizeCharset(feed.charset)) : NA,
    version: feed ? ref('version', versionName(feed), (e) => typeof e === 'string' && (e === versionName(feed) || e.startsWith(versionName(feed)) && /^rss09/.test(e))) : '',
    len: (v: Value) => (Array.isArray(v) ? v.length : isRef(v) && typeof v.value === 'string' ? v.value.length : NA),
    ord: (v: Value) => (isRef(v) && typeof v.value === 'string' && [...v.value].length === 1 ? v.value.codePointAt(0) : isRef(v) ? -1 : NA),
  };
  return {
    lookup: (name) => (name in names ? names[name] : NA),
    index: lookupKey,
    attr: (obj, name) => {
      if (name === 'get') return (key: Value) => { const v = lookupKey(obj, key); return v === NA ? NA : v; };
      return lookupKey(obj, name);
    },
  };
}
