// rss-parser's expected outputs (its own result shape) as checks of Tidemark's fields.
import { parseFeedDate } from '../src/feeds/parse-dates.ts';
import type { FeedItem, ParsedFeed } from '../src/feeds/parse.ts';
import { collapseWhitespace, htmlToText } from '../src/feeds/parse-text.ts';
import { NA } from './feeds-expect.ts';

export interface Check { file: string; group: string; check: string; result: boolean | typeof NA; got: string }

type Json = Record<string, unknown>;

const str = (v: unknown): string | null => {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && typeof (v as Json)._ === 'string') return (v as Json)._ as string;
  return null;
};

function sameText(ours: string | null, expected: string): boolean {
  const want = [collapseWhitespace(expected), htmlToText(expected)];
  return want.includes(ours ?? '');
}

// rss-parser keeps "email (Name)" as written; Tidemark keeps the display name.
function sameAuthor(ours: string | null, expected: string): boolean {
  const m = /^(.*?)\s*[(<](.*)[)>]$/.exec(expected.trim());
  return [expected, ...(m ? [m[1] ?? '', m[2] ?? ''] : [])].some((e) => sameText(ours, e));
}

function sameUrl(ours: string | null, expected: string, base: string): boolean {
  const trimmed = expected.trim();
  if (ours === trimmed) return true;
  try { return ours === new URL(trimmed, base).href; } catch { return false; }
}

// rss-parser runs its xml2js-options fixture with emptyTag 'EMPTY': that value stands for an empty element.
const EMPTY_MARK = 'EMPTY';

// Why a expected value cannot judge us, or null when it can.
function unusable(expected: string, ours: string | null): string | null {
  if (/\ufffd|\u00ef\u00bf\u00bd/.test(expected)) return 'rss-parser output lost these characters (U+FFFD)';
  if (expected.trim() === '') return 'rss-parser reports an empty element; Tidemark reads the next source';
  const sorted = (s: string) => [...s.replace(/\s+/g, '')].sort().join('');
  if (ours && sorted(ours) === sorted(expected) && ours !== expected) return 'rss-parser reorders inline XML children';
  return null;
}

export function rssParserChecks(file: string, output: Json, feed: ParsedFeed | null, error: Error | null, url: string): Check[] {
  const expected = (output.feed ?? output) as Json;
  const checks: Check[] = [];
  const add = (field: string, pass: boolean, got: string | number | null, want: string | number) => {
    const wanted = want === EMPTY_MARK ? '' : want;
    const bothEmpty = wanted === '' && (got ?? '') === '';
    const reason = !bothEmpty && typeof wanted === 'string' && typeof got !== 'number' ? unusable(wanted, got) : null;
    const result = reason ? NA : bothEmpty || pass;
    checks.push({ file, group: `rss-parser ${field}`, check: `${field} == ${JSON.stringify(wanted).slice(0, 200)}${reason ? ` (n/a: ${reason})` : ''}`, result, got: error ? `error: ${error.message}` : JSON.stringify(got)?.slice(0, 300) ?? 'null' });
  };
  if (!feed) { checks.push({ file, group: 'rss-parser parse', check: 'parses', result: false, got: error?.message ?? '' }); return checks; }
  const t = str(expected.title);
  if (t !== null) add('feed.title', sameText(feed.title, t), feed.title, t);
  const l = str(expected.link);
  if (l !== null) add('feed.link', sameUrl(feed.link, l, url), feed.link, l);
  const d = str(expected.description);
  if (d !== null) add('feed.description', sameText(feed.description, d), feed.description, d);
  const lang = str(expected.language);
  if (lang !== null) add('feed.language', (feed.language ?? '') === lang.trim(), feed.language, lang);
  const items = (expected.items ?? []) as Json[];
  add('items.length', feed.items.length === items.length, feed.items.length, items.length);
  items.forEach((want, i) => {
    const ours = feed.items[i];
    if (ours) itemChecks(want, ours, feed.format, url, add);
  });
  return checks;
}

type Add = (field: string, pass: boolean, got: string | null, want: string) => void;

function itemChecks(want: Json, ours: FeedItem, format: ParsedFeed['format'], url: string, add: Add): void {
  const title = str(want.title);
  if (title !== null) add('item.title', sameText(ours.title, title), ours.title, title);
  const link = str(want.link);
  if (link !== null) add('item.link', sameUrl(ours.link, link, url), ours.link, link);
  const guid = str(want.guid) ?? str(want.id);
  if (guid !== null) add('item.guid', ours.guid === guid.trim(), ours.guid, guid);
  const iso = str(want.isoDate);
  const date = ours.publishedAt ?? ours.updatedAt;
  if (iso !== null) add('item.date', date?.getTime() === parseFeedDate(iso)?.getTime(), date?.toISOString() ?? null, iso);
  const creator = str(want.creator) ?? str(want.author);
  if (creator !== null) add('item.author', sameAuthor(ours.author, creator), ours.author, creator);
  // rss-parser's `content` is the RSS description or the Atom content; compare the text both render to.
  const content = str(want.content);
  if (content !== null) {
    const text = format === 'atom' ? htmlToText(ours.contentHtml ?? '') : ours.summary;
    add('item.text', (text ?? '') === htmlToText(content), text, htmlToText(content));
  }
  const cats = want.categories;
  if (Array.isArray(cats)) {
    const names = cats.map((c) => str(c) ?? str(((c as Json)?.$ as Json | undefined)?.term)).filter((c): c is string => !!c).map(collapseWhitespace);
    // Tidemark also reads dc:subject, media:category and itunes:category, so it may list more.
    add('item.categories', names.every((n) => ours.categories.includes(n)), ours.categories.join('|'), names.join('|'));
  }
}
