// Feed bytes → ParsedFeed. Decode first (charset.ts), then JSON Feed or XML; XML goes through rss-parser
// (parse-tree.ts) and, when it is not well-formed, once more after the repairs a lenient reader makes.
import { decodeBody } from './charset.ts';
import { atomBase, atomFeedAuthor, readAtomEntry, readAtomHead } from './parse-atom.ts';
import { looksLikeJsonFeed, parseJsonFeed } from './parse-json.ts';
import { closeAfterLastItem, lintXml, prepareXml, repairXml, rootElement } from './parse-repair.ts';
import { readRssHead, readRssItem, rssBase } from './parse-rss.ts';
import { readFeedTree, type FeedTree, type TreeKind, type XNode } from './parse-tree.ts';
import { removeSections } from './parse-text.ts';
import type { ParsedFeed } from './parse-types.ts';

export type { FeedItem, ParsedFeed } from './parse-types.ts';

export type FeedParseErrorCode = 'not_a_feed' | 'malformed' | 'empty';

export class FeedParseError extends Error {
  readonly code: FeedParseErrorCode;
  constructor(code: FeedParseErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FeedParseError';
    this.code = code;
  }
}

export interface ParseFeedOptions {
  /** The document's URL (after redirects; Content-Location if the server sent one): the base for relative links. */
  url: string;
  contentType?: string | null;
  /** The HTTP Content-Language header, used when the feed does not name its language. */
  contentLanguage?: string | null;
}

const NOT_A_FEED_HINT = 'this looks like an HTML page, not a feed; use discoverFeeds() on it to find the feed URL';

function kindOf(root: XNode): TreeKind | null {
  const local = root.name.slice(root.name.indexOf(':') + 1);
  if (local === 'feed') return 'atom';
  if (local === 'rss') return 'rss';
  if (local === 'RDF') return 'rdf';
  if (local === 'CHANNEL') return 'cdf';
  return null;
}

function versionOf(kind: TreeKind, root: XNode): string | null {
  if (kind === 'cdf') return 'cdf';
  if (kind === 'rdf') return Object.values(root.attrs).some((v) => v.includes('netscape.com/rdf/simple/0.9')) ? '0.90' : '1.0';
  if (kind === 'atom') return root.attrs.version ?? (Object.values(root.attrs).includes('http://www.w3.org/2005/Atom') ? '1.0' : null);
  return root.attrs.version?.trim() || null;
}

async function readTree(xml: string, kind: TreeKind, root: XNode, warnings: string[]): Promise<FeedTree> {
  try {
    return await readFeedTree(xml, kind, root);
  } catch (first) {
    const repaired = repairXml(xml);
    try {
      const tree = await readFeedTree(repaired.xml, kind, root);
      warnings.push(`not well-formed XML (${firstLine(first)}); recovered: ${repaired.fixes.join(', ') || 'parsed as is'}`);
      return tree;
    } catch (second) {
      const salvaged = await salvageItems(repaired.xml, second, kind, root);
      if (!salvaged) throw new FeedParseError('malformed', `not well-formed XML and not recoverable: ${firstLine(second)}`, { cause: second });
      warnings.push(`not well-formed XML (${firstLine(second)}); kept ${salvaged.items.length} complete item(s) before the error`);
      return salvaged;
    }
  }
}

// Last resort: keep the complete items that precede the parser's error position.
async function salvageItems(xml: string, error: unknown, kind: TreeKind, root: XNode): Promise<FeedTree | null> {
  const at = /Line: (\d+)\s+Column: (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!at) return null;
  const lines = xml.split('\n');
  const offset = lines.slice(0, Number(at[1])).reduce((n, line) => n + line.length + 1, 0) + Number(at[2]);
  try {
    const tree = await readFeedTree(closeAfterLastItem(xml.slice(0, offset)), kind, root);
    return tree.items.length > 0 ? tree : null;
  } catch {
    return null;
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}

const HTML_ROOTS = /^(html|head|body|div|p|table|meta|link|script|title|span|a|br)$/i;

function notAFeed(text: string): FeedParseError {
  const root = rootElement(text);
  const head = removeSections(text.slice(0, 65536), /<!--/, () => '-->');
  if (/^\s*<!doctype\s+html/i.test(head) || (root && HTML_ROOTS.test(root.name))) {
    return new FeedParseError('not_a_feed', NOT_A_FEED_HINT);
  }
  return new FeedParseError('not_a_feed', root
    ? `root element <${root.name}> is not RSS, RDF or Atom`
    : 'no XML element found; the body is neither an XML feed nor a JSON Feed');
}

function fromTree(tree: FeedTree, url: string): Omit<ParsedFeed, 'charset' | 'warnings'> {
  const version = versionOf(tree.kind, tree.root);
  if (tree.kind === 'atom') {
    const base = atomBase(tree, url);
    const author = atomFeedAuthor(tree);
    return { format: 'atom', version, ...readAtomHead(tree, url), items: tree.items.map((e) => readAtomEntry(e, base, author)) };
  }
  const base = rssBase(tree, url);
  const format = tree.kind === 'rdf' ? 'rdf' : 'rss';
  return { format, version, ...readRssHead(tree, url), items: tree.items.map((i) => readRssItem(i, base)) };
}

/** Parses RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed bytes. Throws FeedParseError with a stable code. */
export async function parseFeed(body: Buffer, opts: ParseFeedOptions): Promise<ParsedFeed> {
  if (body.length === 0 || /^\s*$/.test(body.subarray(0, 1024).toString('latin1')) && body.length <= 1024) {
    throw new FeedParseError('empty', 'the response body is empty');
  }
  const decoded = decodeBody(body, opts.contentType, 'xml');
  const warnings = decoded.note ? [decoded.note] : [];
  const mediaType = (opts.contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType && !/xml|rss|atom|rdf|json|octet-stream/.test(mediaType)) warnings.push(`served as ${mediaType}, not as a feed type`);
  if (looksLikeJsonFeed(decoded.text) || (/json/i.test(opts.contentType ?? '') && /^\s*[{[]/.test(decoded.text))) {
    try {
      const feed = parseJsonFeed(decoded.text, opts.url);
      return { ...feed, charset: decoded.charset, warnings: [...warnings, ...feed.warnings] };
    } catch (error) {
      throw new FeedParseError('malformed', `not a valid JSON Feed: ${firstLine(error)}`, { cause: error });
    }
  }
  const prepared = prepareXml(decoded.text);
  warnings.push(...prepared.warnings);
  const root = rootElement(prepared.xml);
  const kind = root ? kindOf(root) : null;
  if (!root || !kind) throw notAFeed(prepared.xml);
  const tree = await readTree(prepared.xml, kind, root, warnings);
  if (warnings.length === 0) warnings.push(...lintXml(prepared.xml));
  const feed = fromTree(tree, opts.url);
  const language = feed.language ?? (opts.contentLanguage?.split(',')[0]?.trim() || null);
  return { ...feed, language, charset: decoded.charset, warnings };
}
