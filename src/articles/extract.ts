// Article extraction: a fetched page in, its main text and metadata out.
// Pure: no I/O, never throws; the caller decodes bytes to a string first.
import { parseDocument } from './extract-dom.ts';
import { extractMeta } from './extract-meta.ts';
import { mainText } from './extract-text.ts';
import { trimEdges } from './extract-trim.ts';

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

export function extractArticle(html: string, opts: ExtractOptions): ExtractedArticle {
  const source = typeof html === 'string' ? html : '';
  const doc = parseDocument(source);
  if (!doc) return { ...EMPTY_META, text: '' };
  let meta;
  try {
    meta = extractMeta(doc, opts.url);
  } catch {
    meta = EMPTY_META;
  }
  let text = '';
  try {
    // Metadata is read first: the main-text pass changes the document.
    text = trimEdges(mainText(doc, source), meta.title).join('\n\n');
  } catch {
    text = '';
  }
  return { ...meta, text };
}
