// Reads the article node out of JSON-LD blocks: plain objects, arrays,
// @graph containers and @type given as a string or an array.

export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  authors: string[];
  publisher: string | null;
  url: string | null;
  language: string | null;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPE = /(Article|BlogPosting|NewsArticle|Report|LiveBlogPosting|SocialMediaPosting|Posting)$/i;
const PAGE_TYPE = /^(WebPage|ItemPage|CollectionPage)$/i;
const MAX_NODES = 2000;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseBlock(raw: string): unknown {
  const text = raw
    .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .trim();
  try {
    return JSON.parse(text);
  } catch {
    // Raw newlines and tabs inside strings are the most common defect.
    try {
      return JSON.parse(text.replace(/\p{Cc}+/gu, ' '));
    } catch {
      return null;
    }
  }
}

/** Every object in the blocks, depth first, following arrays and @graph. */
function collectNodes(blocks: unknown[]): JsonObject[] {
  const out: JsonObject[] = [];
  const stack = [...blocks].reverse();
  while (stack.length > 0 && out.length < MAX_NODES) {
    const item = stack.pop();
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push(item[i]);
    } else if (isObject(item)) {
      out.push(item);
      if (item['@graph'] !== undefined) stack.push(item['@graph']);
      if (isObject(item.mainEntity)) stack.push(item.mainEntity);
    }
  }
  return out;
}

function types(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string');
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value)) return text(value.name ?? value['@value'] ?? value['@id']);
  return null;
}

function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list) {
    const name = typeof item === 'string' ? item.trim() : isObject(item) ? text(item.name) : null;
    if (name && !/^https?:\/\//i.test(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

/** Replaces {"@id": …} references by the node of that id, where the page has it. */
function resolve(value: unknown, byId: Map<string, JsonObject>): unknown {
  if (Array.isArray(value)) return value.map((v) => resolve(v, byId));
  if (isObject(value) && typeof value['@id'] === 'string' && value.name === undefined) {
    return byId.get(value['@id']) ?? value;
  }
  return value;
}

function toArticle(node: JsonObject, byId: Map<string, JsonObject>): JsonLdArticle {
  const entity = node.mainEntityOfPage;
  const publisher = resolve(node.publisher, byId);
  return {
    headline: text(node.headline) ?? text(node.name),
    datePublished: text(node.datePublished) ?? text(node.dateCreated),
    dateModified: text(node.dateModified),
    authors: names(resolve(node.author ?? node.creator, byId)),
    publisher: isObject(publisher) || Array.isArray(publisher) ? names(publisher)[0] ?? null : text(publisher),
    url: text(node.url) ?? (isObject(entity) ? text(entity['@id']) : text(entity)),
    language: text(node.inLanguage),
  };
}

/** The first article-like node of the page's JSON-LD, else a WebPage node. */
export function readJsonLd(blocks: string[]): JsonLdArticle | null {
  const nodes = collectNodes(blocks.map(parseBlock));
  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPE.test(t)));
  const page = nodes.find((n) => types(n).some((t) => PAGE_TYPE.test(t)));
  const chosen = article ?? page;
  if (!chosen) return null;
  const byId = new Map<string, JsonObject>();
  for (const n of nodes) if (typeof n['@id'] === 'string' && !byId.has(n['@id'])) byId.set(n['@id'], n);
  const result = toArticle(chosen, byId);
  // Publisher often sits on its own Organization node in a @graph.
  if (!result.publisher) {
    const org = nodes.find((n) => types(n).some((t) => /^(Organization|NewsMediaOrganization|WebSite)$/i.test(t)));
    result.publisher = org ? text(org.name) : null;
  }
  return result;
}
