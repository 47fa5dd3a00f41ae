// Small readers over the element tree shared by the RSS and Atom field mappers.
import { isUtf8 } from 'node:buffer';
import { escapeText } from 'entities';
import { collapseWhitespace, fixText, htmlToText, innerXml, isNode, textOf } from './parse-text.ts';
import type { XNode } from './parse-tree.ts';

export function child(node: XNode, ...names: string[]): XNode | undefined {
  for (const name of names) {
    const found = node.children.find((c): c is XNode => isNode(c) && c.name === name);
    if (found) return found;
  }
  return undefined;
}

export function childrenNamed(node: XNode, ...names: string[]): XNode[] {
  return node.children.filter((c): c is XNode => isNode(c) && names.includes(c.name));
}

/** Trimmed text of the first named child that has any. */
export function childText(node: XNode, ...names: string[]): string | null {
  for (const name of names) {
    for (const c of childrenNamed(node, name)) {
      const text = fixText(textOf(c)).trim();
      if (text) return text;
    }
  }
  return null;
}

export function resolveUrl(href: string | null | undefined, base: string | null): string | null {
  const value = (href ?? '').trim();
  if (!value) return base && href !== undefined && href !== null ? base : null;
  try {
    return new URL(value, base ?? undefined).href;
  } catch {
    return value;
  }
}

/** The base URI in force inside `node`, given the one in force around it. */
export function baseOf(node: XNode | undefined, outer: string | null): string | null {
  const own = node?.attrs['xml:base'];
  if (own === undefined) return outer;
  return resolveUrl(own, outer) ?? outer;
}

/** Makes href/src/poster attributes in an HTML fragment absolute, so it can be shown away from the feed. */
export function absolutizeHtml(html: string, base: string | null): string {
  if (!base) return html;
  return html.replace(/(\s(?:href|src|poster|cite|longdesc)\s*=\s*)(["'])([^"']*)\2/gi, (all, pre: string, q: string, url: string) => {
    if (/^(?:[a-z][a-z0-9+.-]*:|#|$)/i.test(url.trim())) return all;
    return `${pre}${q}${resolveUrl(url.replace(/&amp;/g, '&'), base)?.replace(/&/g, '&amp;') ?? url}${q}`;
  });
}

export interface Construct { html: string; text: string }

// Atom 1.0 type="xhtml" wraps the content in one <div> that is not part of it.
function xhtmlDiv(node: XNode): XNode {
  const elements = node.children.filter(isNode);
  const only = elements.length === 1 ? elements[0] : undefined;
  const loose = node.children.some((c) => typeof c === 'string' && c.trim());
  return only && /^(xhtml:)?div$/.test(only.name) && !loose ? only : node;
}

// Atom 1.0: a MIME type that is neither text nor XML means base64; Atom 0.3 says mode="base64".
// Bytes that are not UTF-8 text (an image, say) are no use as text and are dropped.
function decodeBase64(raw: string): string {
  const bytes = Buffer.from(raw.replace(/\s+/g, ''), 'base64');
  return isUtf8(bytes) ? bytes.toString('utf8') : '';
}

// type="html" holding elements: Typepad wrapped escaped HTML in an XHTML <div>; the div's text is the HTML.
function escapedHtmlSource(node: XNode): string {
  const elements = node.children.filter(isNode);
  const div = elements.length === 1 && elements[0]?.name === 'div' ? elements[0] : undefined;
  return div && !div.children.some(isNode) ? textOf(div) : innerXml(node);
}

/** Reads an Atom text construct (also RSS elements with a type attribute): text, html or xhtml. */
export function readConstruct(node: XNode, base: string | null): Construct {
  const type = (node.attrs.type ?? 'text').toLowerCase();
  const mode = (node.attrs.mode ?? '').toLowerCase();
  const binary = mode === 'base64' || (type.includes('/') && !type.startsWith('text/') && !/[+/]xml$/.test(type));
  const raw = binary ? decodeBase64(textOf(node)) : textOf(node);
  const hasElements = node.children.some(isNode) && !binary;
  const htmlType = type === 'html' || type === 'text/html' || mode === 'escaped';
  if (type === 'xhtml' || type.includes('xhtml') || mode === 'xml' || (hasElements && !htmlType)) {
    const html = absolutizeHtml(fixText(innerXml(type === 'xhtml' ? xhtmlDiv(node) : node)).trim(), base);
    return { html, text: htmlToText(html) };
  }
  if (htmlType) {
    const html = absolutizeHtml(fixText(hasElements ? escapedHtmlSource(node) : raw).trim(), base);
    return { html, text: htmlToText(html) };
  }
  const text = fixText(raw);
  return { html: escapeText(text.trim()), text: collapseWhitespace(text) };
}

/** RSS elements carry HTML without saying so; read them as HTML unless a type says otherwise. */
export function readHtmlish(node: XNode, base: string | null): Construct {
  if (node.attrs.type || node.attrs.mode || node.children.some(isNode)) return readConstruct(node, base);
  const html = absolutizeHtml(fixText(textOf(node)).trim(), base);
  return { html, text: htmlToText(html) };
}

export function nonEmpty(text: string | null | undefined): string | null {
  return text && text.trim() ? text : null;
}
