// Article metadata from the page head: JSON-LD, OpenGraph, article:* and
// other meta tags, <link rel=canonical>, <html lang> and <time>.
import { dateFromUrl, parseDate } from './extract-dates.ts';
import { readJsonLd, type JsonLdArticle } from './extract-jsonld.ts';
import { collapse, type DomDocument } from './extract-dom.ts';

export interface ArticleMeta {
  title: string | null;
  author: string | null;
  outlet: string | null;
  canonicalUrl: string | null;
  language: string | null;
  publishedAt: Date | null;
  modifiedAt: Date | null;
}

const PUBLISHED_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'article.published',
  'article_date_original', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date',
  'dcterms.issued', 'dcterms.created', 'dcterms.date', 'citation_publication_date', 'citation_date',
  'originalpublicationdate', 'og:pubdate', 'date', 'datecreated', 'created',
];
const MODIFIED_KEYS = [
  'article:modified_time', 'og:article:modified_time', 'og:updated_time', 'datemodified',
  'dcterms.modified', 'dc.date.modified', 'last-modified', 'lastmod', 'article.updated',
];
const AUTHOR_KEYS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl'];

/** Meta tags by lower-cased name, property, itemprop or http-equiv; first one wins. */
function readMetaTags(doc: DomDocument): Map<string, string> {
  const map = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const el = metas[i]!;
    const value = el.getAttribute('content') ?? el.getAttribute('datetime');
    if (value === null || !value.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, value.trim());
    }
  }
  return map;
}

function firstOf(map: Map<string, string>, keys: string[]): string | null {
  for (const key of keys) {
    const value = map.get(key);
    if (value) return value;
  }
  return null;
}

function firstDate(map: Map<string, string>, keys: string[]): Date | null {
  for (const key of keys) {
    const date = parseDate(map.get(key));
    if (date) return date;
  }
  return null;
}

function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (!href?.trim()) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function hostname(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** 'ko-KR', 'ja_JP', 'en' → primary subtag in lower case. */
export function primaryLanguage(raw: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_,;\s]|$)/i.exec(raw ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

function elementDate(doc: DomDocument): Date | null {
  const dated = doc.querySelectorAll('[itemprop="datePublished"], time[pubdate], time[datetime]');
  for (let i = 0; i < dated.length; i++) {
    const el = dated[i]!;
    const date = parseDate(el.getAttribute('datetime') ?? el.getAttribute('content'));
    if (date) return date;
  }
  return null;
}

function jsonLdBlocks(doc: DomDocument): string[] {
  const scripts = doc.querySelectorAll('script[type]');
  const blocks: string[] = [];
  for (let i = 0; i < scripts.length; i++) {
    const el = scripts[i]!;
    if (/ld\+json/i.test(el.getAttribute('type') ?? '')) blocks.push(el.textContent ?? '');
  }
  return blocks;
}

/**
 * <title> usually carries the outlet's name too ("Headline | Outlet"); the
 * page's <h1> is the bare headline when the title contains it.
 */
function headlineFromTitle(doc: DomDocument, title: string, outlet: string | null): string {
  const h1s = doc.querySelectorAll('h1');
  for (let i = 0; i < h1s.length; i++) {
    const h1 = collapse(h1s[i]!.textContent);
    if (h1.length >= 10 && title.includes(h1)) return h1;
  }
  const parts = title.split(/\s*[|｜–—·•]\s*|\s+[-:]\s+/);
  const last = parts[parts.length - 1]?.toLowerCase() ?? '';
  const site = (outlet ?? '').toLowerCase();
  if (parts.length > 1 && last && site && (site.includes(last) || last.includes(site))) {
    return parts.slice(0, -1).join(' - ');
  }
  return title;
}

function readTitle(doc: DomDocument, meta: Map<string, string>, ld: JsonLdArticle | null, outlet: string | null): string | null {
  const fromMeta = ld?.headline ?? firstOf(meta, ['og:title', 'twitter:title', 'headline', 'dc.title', 'title']);
  if (fromMeta) return collapse(fromMeta);
  const titleEl = collapse(doc.querySelector('title')?.textContent);
  if (titleEl) return headlineFromTitle(doc, titleEl, outlet);
  return collapse(doc.querySelector('h1')?.textContent) || null;
}

function readAuthor(meta: Map<string, string>, ld: JsonLdArticle | null, doc: DomDocument): string | null {
  if (ld && ld.authors.length > 0) return ld.authors.join(', ');
  const fromMeta = firstOf(meta, AUTHOR_KEYS);
  if (fromMeta && !/^https?:\/\//i.test(fromMeta)) return collapse(fromMeta);
  const byline = doc.querySelector('[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"]');
  const name = collapse(byline?.textContent);
  return name && name.length <= 100 ? name : null;
}

export function extractMeta(doc: DomDocument, url: string): ArticleMeta {
  const meta = readMetaTags(doc);
  const ld = readJsonLd(jsonLdBlocks(doc));
  const outlet = collapse(meta.get('og:site_name') ?? ld?.publisher ?? meta.get('application-name')) || hostname(url);
  const canonicalHref = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const canonicalUrl = absoluteUrl(canonicalHref, url) ?? absoluteUrl(meta.get('og:url'), url);
  return {
    title: readTitle(doc, meta, ld, outlet),
    author: readAuthor(meta, ld, doc),
    outlet,
    canonicalUrl,
    language:
      primaryLanguage(doc.documentElement.getAttribute('lang')) ??
      primaryLanguage(doc.documentElement.getAttribute('xml:lang')) ??
      primaryLanguage(meta.get('og:locale')) ??
      primaryLanguage(meta.get('content-language')) ??
      primaryLanguage(firstOf(meta, ['language', 'dc.language', 'inlanguage'])) ??
      primaryLanguage(ld?.language),
    publishedAt:
      parseDate(ld?.datePublished) ?? firstDate(meta, PUBLISHED_KEYS) ?? elementDate(doc) ??
      dateFromUrl(url) ?? dateFromUrl(canonicalUrl),
    modifiedAt: parseDate(ld?.dateModified) ?? firstDate(meta, MODIFIED_KEYS),
  };
}
