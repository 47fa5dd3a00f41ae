// Article extraction: a fetched page in, its main text and metadata out.
// Pure: no I/O, never throws; the caller decodes bytes to a string first.
import { parseDocument } from './extract-dom.ts';
import { extractMeta } from './extract-meta.ts';
import { mainText } from './extract-text.ts';

export interface ExtractedArticle {
  title: string | null;
  /** Plain text of the main content, paragraphs separated by "\n\n"; '' when none found. */
  text: string;
  author: string | null;
  /** og:site_name, else JSON-LD publisher, else the page's hostname. */
  outlet: string | null;
  /** <link rel=canonical> or og:url, absolute; else null. */
  canonicalUrl: string | null;
  /** Primary language subtag: 'en', 'ko', 'ja', … */
  language: string | null;
  publishedAt: Date | null;
  modifiedAt: Date | null;
}

export interface ExtractOptions {
  /** The URL the page was fetched from; resolves relative links and is the last source of a date. */
  url: string;
}

const EMPTY_META = {
  title: null, author: null, outlet: null, canonicalUrl: null, language: null, publishedAt: null, modifiedAt: null,
};

/** The headline is its own field; the text starts after it. */
function withoutHeadline(paragraphs: string[], title: string | null): string[] {
  const first = paragraphs[0];
  if (!title || first === undefined) return paragraphs;
  const same = first === title || (first.length <= title.length + 40 && first.length >= 10 && title.includes(first));
  return same ? paragraphs.slice(1) : paragraphs;
}

export function extractArticle(html: string, opts: ExtractOptions): ExtractedArticle {
  const doc = parseDocument(typeof html === 'string' ? html : '');
  if (!doc) return { ...EMPTY_META, text: '' };
  let meta;
  try {
    meta = extractMeta(doc, opts.url);
  } catch {
    meta = EMPTY_META;
  }
  let text = '';
  try {
    text = withoutHeadline(mainText(html), meta.title).join('\n\n');
  } catch {
    text = '';
  }
  return { ...meta, text };
}
