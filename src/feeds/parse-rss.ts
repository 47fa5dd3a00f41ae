// RSS 0.9x / 1.0 (RDF) / 2.0 fields from the element tree, with the common module elements (dc:, content:,
// dcterms:, atom:link) as fallbacks.
import { parseFeedDate } from './parse-dates.ts';
import { baseOf, child, childText, childrenNamed, nonEmpty, readHtmlish, resolveUrl } from './parse-node.ts';
import { collapseWhitespace, fixText, htmlToText, textOf } from './parse-text.ts';
import type { FeedTree, XNode } from './parse-tree.ts';
import type { FeedHead, FeedItem } from './parse-types.ts';

function atomLink(node: XNode, base: string | null): string | null {
  const links = childrenNamed(node, 'atom:link');
  const alternate = links.find((l) => (l.attrs.rel ?? 'alternate') === 'alternate');
  return alternate ? resolveUrl(alternate.attrs.href, baseOf(alternate, base)) : null;
}

/** The first non-empty <link>, resolved against its own xml:base too; CDF puts it in HREF="…". */
function linkOf(node: XNode, base: string | null): string | null {
  const el = childrenNamed(node, 'link').find((l) => textOf(l).trim());
  if (el) return resolveUrl(fixText(textOf(el)), baseOf(el, base));
  return node.attrs.href ? resolveUrl(node.attrs.href, base) : null;
}

function plainTitle(node: XNode, base: string | null, ...names: string[]): string | null {
  for (const name of names) {
    for (const el of childrenNamed(node, name)) {
      const text = readHtmlish(el, baseOf(el, base)).text;
      if (text) return text;
    }
  }
  return null;
}

/** The base URI inside the channel: document URL, then xml:base on the root and the channel (CDF: BASE). */
export function rssBase(tree: FeedTree, docBase: string | null): string | null {
  const base = baseOf(tree.channel, baseOf(tree.root, docBase));
  return tree.kind === 'cdf' ? resolveUrl(tree.channel.attrs.base, base) ?? base : base;
}

export function readRssHead(tree: FeedTree, docBase: string | null): FeedHead {
  const base = rssBase(tree, docBase);
  const { channel } = tree;
  const ttl = Number.parseInt(childText(channel, 'ttl') ?? '', 10);
  const description = child(channel, 'description', 'dc:description', 'itunes:subtitle', 'itunes:summary', 'abstract');
  return {
    title: plainTitle(channel, base, 'title', 'dc:title'),
    link: linkOf(channel, base) ?? atomLink(channel, base),
    description: description ? nonEmpty(readHtmlish(description, base).text) : null,
    language: childText(channel, 'language', 'dc:language') ?? nonEmpty(channel.attrs['xml:lang'] ?? tree.root.attrs['xml:lang']),
    ttlMinutes: Number.isFinite(ttl) && ttl >= 0 ? ttl : null,
  };
}

function itemLink(item: XNode, base: string | null): string | null {
  const link = linkOf(item, base);
  if (link) return link;
  const fromAtom = atomLink(item, base);
  if (fromAtom) return fromAtom;
  const guid = child(item, 'guid');
  const guidText = guid ? textOf(guid).trim() : '';
  if (guid && guid.attrs.isPermaLink !== 'false' && /^https?:\/\//i.test(guidText)) return guidText;
  return null;
}

function itemDate(item: XNode, ...names: string[]): Date | null {
  for (const name of names) {
    for (const el of childrenNamed(item, name)) {
      const date = parseFeedDate(textOf(el));
      if (date) return date;
    }
  }
  return null;
}

function itemAuthor(item: XNode): string | null {
  const text = childText(item, 'dc:creator', 'author', 'itunes:author', 'dc:author');
  if (text) return displayName(collapseWhitespace(text));
  const atomAuthor = child(item, 'atom:author');
  return atomAuthor ? childText(atomAuthor, 'atom:name', 'name') : null;
}

// RSS <author> is "email (Name)" by the spec and "Name (email)" or "Name <email>" in practice.
function displayName(text: string): string {
  const emailFirst = /^[^\s()<>]+@[^\s()<>]+\s*\((.+)\)$/.exec(text);
  if (emailFirst?.[1]) return emailFirst[1].trim();
  const nameFirst = /^(.+?)\s*[(<]\s*[^\s()<>]+@[^\s()<>]+\s*[)>]$/.exec(text);
  return nameFirst?.[1]?.trim() || text;
}

// iTunes categories carry their name in text="…" and nest subcategories.
function itunesCategories(node: XNode): string[] {
  return childrenNamed(node, 'itunes:category').flatMap((c) => [c.attrs.text ?? '', ...itunesCategories(c)]);
}

function itemCategories(item: XNode): string[] {
  const names = childrenNamed(item, 'category', 'dc:subject', 'media:category').map((c) => fixText(textOf(c)));
  const keywords = childrenNamed(item, 'itunes:keywords').flatMap((k) => textOf(k).split(','));
  return [...new Set([...names, ...itunesCategories(item), ...keywords].map(collapseWhitespace).filter(Boolean))];
}

export function readRssItem(item: XNode, channelBase: string | null): FeedItem {
  const base = baseOf(item, channelBase);
  const description = child(item, 'description', 'dc:description', 'itunes:summary', 'summary', 'abstract');
  const encoded = child(item, 'content:encoded', 'xhtml:body', 'body', 'fullitem', 'atom:content');
  const summary = description ? readHtmlish(description, baseOf(description, base)) : null;
  const content = encoded ? readHtmlish(encoded, baseOf(encoded, base)) : null;
  return {
    guid: childText(item, 'guid') ?? nonEmpty(item.attrs['rdf:about']) ?? childText(item, 'atom:id', 'dc:identifier'),
    link: itemLink(item, base),
    title: plainTitle(item, base, 'title', 'dc:title'),
    summary: nonEmpty(summary?.text) ?? nonEmpty(content ? htmlToText(content.html) : null),
    contentHtml: nonEmpty(content?.html) ?? nonEmpty(summary?.html),
    author: itemAuthor(item),
    publishedAt: itemDate(item, 'pubDate', 'dc:date', 'dcterms:issued', 'dcterms:created', 'atom:published', 'issued', 'pubdate'),
    updatedAt: itemDate(item, 'dcterms:modified', 'atom:updated', 'lastBuildDate', 'modified') ?? parseFeedDate(item.attrs.lastmod),
    categories: itemCategories(item),
  };
}
