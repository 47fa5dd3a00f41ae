// Atom 1.0 and 0.3 fields from the element tree. 0.3 differs in names (tagline, issued, modified, copyright)
// and in content modes (escaped, xml, base64); both are read here.
import { parseFeedDate } from './parse-dates.ts';
import { baseOf, child, childText, childrenNamed, nonEmpty, readConstruct, resolveUrl } from './parse-node.ts';
import { collapseWhitespace, textOf } from './parse-text.ts';
import type { FeedTree, XNode } from './parse-tree.ts';
import type { FeedHead, FeedItem } from './parse-types.ts';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** The alternate link: rel=alternate (or no rel), HTML types first, else the first link with an href. */
function alternateLink(node: XNode, base: string | null): string | null {
  const links = childrenNamed(node, 'link').filter((l) => l.attrs.href !== undefined || textOf(l).trim());
  const alternates = links.filter((l) => (l.attrs.rel ?? 'alternate').toLowerCase() === 'alternate');
  const best = alternates.find((l) => HTML_TYPES.has((l.attrs.type ?? '').toLowerCase())) ?? alternates[0] ?? links[0];
  if (!best) return null;
  return resolveUrl(best.attrs.href ?? textOf(best), baseOf(best, base));
}

function constructText(node: XNode, base: string | null, ...names: string[]): string | null {
  const el = child(node, ...names);
  return el ? nonEmpty(readConstruct(el, baseOf(el, base)).text) : null;
}

function personName(node: XNode | undefined): string | null {
  if (!node) return null;
  const name = childText(node, 'name') ?? childText(node, 'email');
  if (name) return collapseWhitespace(name);
  return nonEmpty(collapseWhitespace(textOf(node)));
}

function dateOf(node: XNode, ...names: string[]): Date | null {
  for (const name of names) {
    const el = child(node, name);
    const date = el ? parseFeedDate(textOf(el)) : null;
    if (date) return date;
  }
  return null;
}

export function readAtomHead(tree: FeedTree, docBase: string | null): FeedHead {
  const feed = tree.channel;
  const base = atomBase(tree, docBase);
  return {
    title: constructText(feed, base, 'title'),
    link: alternateLink(feed, base),
    description: constructText(feed, base, 'subtitle', 'tagline', 'info'),
    language: nonEmpty(feed.attrs['xml:lang']) ?? childText(feed, 'dc:language'),
    ttlMinutes: null,
  };
}

export function readAtomEntry(entry: XNode, feedBase: string | null, feedAuthor: string | null): FeedItem {
  const base = baseOf(entry, feedBase);
  const summaryEl = child(entry, 'summary');
  const contentEl = childrenNamed(entry, 'content').find((c) => c.attrs.src === undefined);
  const summary = summaryEl ? readConstruct(summaryEl, baseOf(summaryEl, base)) : null;
  const content = contentEl ? readConstruct(contentEl, baseOf(contentEl, base)) : null;
  const categories = childrenNamed(entry, 'category', 'dc:subject')
    .map((c) => collapseWhitespace(c.attrs.term ?? c.attrs.label ?? textOf(c)))
    .filter(Boolean);
  return {
    guid: childText(entry, 'id'),
    link: alternateLink(entry, base),
    title: constructText(entry, base, 'title'),
    summary: nonEmpty(summary?.text) ?? nonEmpty(content?.text),
    contentHtml: nonEmpty(content?.html) ?? nonEmpty(summary?.html),
    author: personName(child(entry, 'author')) ?? childText(entry, 'dc:creator') ?? feedAuthor,
    publishedAt: dateOf(entry, 'published', 'issued', 'created', 'dc:date', 'dcterms:issued'),
    updatedAt: dateOf(entry, 'updated', 'modified', 'dcterms:modified'),
    categories: [...new Set(categories)],
  };
}

export function atomFeedAuthor(tree: FeedTree): string | null {
  return personName(child(tree.channel, 'author'));
}

export function atomBase(tree: FeedTree, docBase: string | null): string | null {
  // The channel node is the <feed> element itself, so its xml:base is the root's.
  return baseOf(tree.channel, docBase);
}
