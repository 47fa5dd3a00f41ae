// The XML front end: rss-parser's parseString (xml2js/sax underneath) turns the cleaned text into an ordered
// element tree. rss-parser's own field mapping is bypassed: it throws on invalid Atom dates and on
// attribute-less links, and it drops order and xml:base. We take the channel/feed and items it finds,
// with their ordered children (customFields '$$'), and read every field ourselves.
import Parser from 'rss-parser';

export interface XNode { name: string; attrs: Record<string, string>; children: (XNode | string)[] }
// cdf: Microsoft's Channel Definition Format (1997), RSS's predecessor; read as RSS with upper-case names.
export type TreeKind = 'rss' | 'rdf' | 'atom' | 'cdf';
export interface FeedTree { kind: TreeKind; channel: XNode; items: XNode[]; root: XNode }

// Field names are hidden from rss-parser behind this mark so it only splits the feed into items.
const MARK = '~';
const STRUCTURE = new Set(['rss', 'channel', 'item', 'feed', 'entry', 'rdf:RDF']);

const NAMESPACES: Record<string, string> = {
  'http://www.w3.org/2005/atom': 'atom', 'http://purl.org/atom/ns#': 'atom',
  'http://purl.org/rss/1.0/': '', 'http://my.netscape.com/rdf/simple/0.9/': '',
  'http://backend.userland.com/rss2': '', 'http://blogs.law.harvard.edu/tech/rss': '', 'http://backend.userland.com/rss': '',
  'http://purl.org/dc/elements/1.1/': 'dc', 'http://purl.org/dc/terms/': 'dcterms',
  'http://purl.org/rss/1.0/modules/content/': 'content', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://www.w3.org/1999/xhtml': 'xhtml', 'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://search.yahoo.com/mrss/': 'media', 'http://search.yahoo.com/mrss': 'media',
};

/** Maps each declared prefix to our canonical one, so `<a:title>` and `<atom:title>` read alike. */
function prefixMap(xml: string, kind: TreeKind): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of xml.matchAll(/xmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)) {
    const canonical = NAMESPACES[(m[2] ?? '').trim().toLowerCase()] ?? NAMESPACES[(m[2] ?? '').trim()];
    if (canonical === undefined || !m[1]) continue;
    map.set(m[1], kind === 'atom' && canonical === 'atom' ? '' : canonical);
  }
  return map;
}

function canonicalName(name: string, prefixes: Map<string, string>): string {
  const colon = name.indexOf(':');
  if (colon < 0) return name;
  const canonical = prefixes.get(name.slice(0, colon));
  if (canonical === undefined) return name;
  const local = name.slice(colon + 1);
  return canonical ? `${canonical}:${local}` : local;
}

type Raw = Record<string, unknown>;

function toNode(raw: Raw, name: string): XNode {
  const attrs = (raw.$ ?? {}) as Record<string, string>;
  const list = (raw.$$ ?? []) as Raw[];
  const children: (XNode | string)[] = [];
  for (const child of list) {
    const childName = String(child['#name'] ?? '');
    if (childName === '__text__') children.push(String(child._ ?? ''));
    else children.push(toNode(child, childName.startsWith(MARK) ? childName.slice(MARK.length) : childName));
  }
  if (list.length === 0 && typeof raw._ === 'string' && raw._) children.push(raw._);
  return { name, attrs: { ...attrs }, children };
}

interface RawFeed { children?: Raw[]; attrs?: Record<string, string>; items: { children?: Raw[]; attrs?: Record<string, string> }[] }

function nodeFrom(name: string, raw: { children?: Raw[]; attrs?: Record<string, string> }): XNode {
  return toNode({ $: raw.attrs ?? {}, $$: raw.children ?? [] }, name);
}

// RSS with items straight under <rss> (no <channel>): give rss-parser the channel it expects.
function withChannel(xml: string, kind: TreeKind): string {
  if (kind === 'cdf') return xml.replace(/<channel\b/i, '<rss version="cdf"><CHANNEL').replace(/<\/channel>(?![\s\S]*<\/channel>)/i, '</CHANNEL></rss>');
  if (kind !== 'rss' || /<channel[\s>/]/.test(xml)) return xml;
  return xml.replace(/(<rss\b[^>]*>)([\s\S]*)(<\/rss\s*>)/, '$1<channel>$2</channel>$3');
}

/** Runs rss-parser over well-formed XML text. Throws the parser's error when the XML is not. */
export async function readFeedTree(xml: string, kind: TreeKind, root: XNode): Promise<FeedTree> {
  const prefixes = prefixMap(xml, kind);
  const rename = (name: string): string => {
    let canonical = canonicalName(kind === 'cdf' ? name.toLowerCase() : name, prefixes);
    // Some Atom generators wrote RSS's <item> for <entry>.
    if (kind === 'atom' && canonical === 'item') canonical = 'entry';
    return STRUCTURE.has(canonical) ? canonical : MARK + canonical;
  };
  const own = [['$$', 'children', { keepArray: true }], ['$', 'attrs', { keepArray: true }]];
  const parser = new Parser({
    defaultRSS: 2,
    xml2js: {
      explicitChildren: true, preserveChildrenOrder: true, charsAsChildren: true, includeWhiteChars: true,
      tagNameProcessors: [rename],
      attrNameProcessors: kind === 'cdf' ? [(name: string) => name.toLowerCase()] : [],
    },
    customFields: { feed: own as never, item: own as never },
  });
  const channelName = kind === 'atom' ? 'feed' : 'channel';
  let raw: RawFeed;
  try {
    raw = (await parser.parseString(withChannel(xml, kind))) as unknown as RawFeed;
  } catch (error) {
    // A TypeError comes after xml2js read the document: well-formed, but an RSS/RDF root without <channel>.
    if (!(error instanceof TypeError) || kind === 'atom') throw error;
    raw = { items: [] };
  }
  return {
    kind,
    channel: nodeFrom(channelName, raw),
    items: raw.items.map((item) => nodeFrom(kind === 'atom' ? 'entry' : 'item', item)),
    root,
  };
}
