// Text helpers for feed fields: element text, inner markup, HTML → plain text, and two repairs for text
// that went through the wrong codec on the publisher's side.
import { decodeHTML, escapeAttribute, escapeText } from 'entities';
import iconv from 'iconv-lite';
import type { XNode } from './parse-tree.ts';

export function isNode(child: XNode | string): child is XNode {
  return typeof child !== 'string';
}

/** All descendant text of a node, in document order. */
export function textOf(node: XNode): string {
  return node.children.map((c) => (isNode(c) ? textOf(c) : c)).join('');
}

/** The node's children serialised back to XML (for inline XHTML content). */
export function innerXml(node: XNode): string {
  return node.children.map((c) => (isNode(c) ? outerXml(c) : escapeText(c))).join('');
}

function outerXml(node: XNode): string {
  const name = node.name.replace(/^xhtml:/, '');
  // The XHTML namespace declaration means nothing once the fragment is HTML; other namespaces (SVG, MathML) stay.
  const attrs = Object.entries(node.attrs)
    .filter(([k, v]) => !(k === 'xmlns:xhtml' || (k === 'xmlns' && v === 'http://www.w3.org/1999/xhtml')))
    .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join('');
  if (node.children.length === 0) return `<${name}${attrs} />`;
  return `<${name}${attrs}>${innerXml(node)}</${name}>`;
}

export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/**
 * Removes every `open … close` section in one left-to-right pass (linear, unlike a lazy regex that rescans to the
 * end for each unclosed opener). An unclosed section runs to the end, as a browser reads an unclosed <script>,
 * or with `unclosedEndsAtGt` to the next ">" (an unclosed comment should not swallow the rest of a title).
 * A close marker without ">" (like "</script") extends to the next ">".
 */
export function removeSections(
  text: string, open: RegExp, close: (opened: string) => string, replacement = '', unclosedEndsAtGt = false,
): string {
  const opener = new RegExp(open.source, open.flags.includes('g') ? open.flags : `${open.flags}g`);
  const lower = text.toLowerCase();
  // Where each close marker next occurs; -1 stays -1 (none further on), so misses are not searched twice.
  const nextClose = new Map<string, number>();
  const find = (marker: string, start: number): number => {
    const known = nextClose.get(marker);
    if (known !== undefined && (known < 0 || known >= start)) return known;
    const at = lower.indexOf(marker, start);
    nextClose.set(marker, at);
    return at;
  };
  let out = '';
  let from = 0;
  for (let m = opener.exec(text); m; m = opener.exec(text)) {
    const marker = close(m[0].toLowerCase());
    const at = find(marker, m.index + m[0].length);
    out += text.slice(from, m.index) + replacement;
    const fallback = unclosedEndsAtGt && at < 0 ? find('>', m.index + m[0].length) : -1;
    if (at < 0 && fallback < 0) return out;
    const gt = at < 0 ? fallback : marker.endsWith('>') ? at + marker.length - 1 : find('>', at + marker.length);
    from = gt < 0 ? text.length : gt + 1;
    opener.lastIndex = from;
  }
  return out + text.slice(from);
}

const BLOCK = /<\/?(p|div|br|li|ul|ol|h[1-6]|blockquote|tr|td|th|table|section|article|pre|hr)\b[^<>]*>/gi;
const RAW_TEXT = /<(script|style|noscript|template)\b/i;

/** Markup → plain text: scripts dropped, tags removed, entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  const withoutComments = removeSections(html, /<!--/, () => '-->', '', true);
  const withoutScripts = removeSections(withoutComments, RAW_TEXT, (opened) => `</${opened.slice(1)}`, ' ');
  const stripped = withoutScripts
    .replace(/<!\[CDATA\[|\]\]>/g, '')
    .replace(/<[!?][^<>]*>/g, '')
    .replace(BLOCK, ' ')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '');
  return collapseWhitespace(fixText(decodeHTML(stripped)));
}

// windows-1252 for U+0080–U+009F: "&#146;" in a feed means a curly quote, never a C1 control.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function fromC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (ch) => CP1252[ch.charCodeAt(0) - 0x80] ?? ch);
}

// UTF-8 read as windows-1252 and encoded again ("â€¦" for "…"). Only runs that contain a character from
// the 0x80–0x9F row are touched: real text never has "€" right after "â".
const MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]{1,3}/g;

function fixMojibake(text: string): string {
  return text.replace(MOJIBAKE, (run) => {
    if (!/[\u0080-\u009f\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]/.test(run)) return run;
    const bytes = iconv.encode(run, 'windows-1252');
    const repaired = bytes.toString('utf8');
    return repaired.includes('\ufffd') || [...repaired].length !== 1 ? run : repaired;
  });
}

/** Text-level repairs applied to every field we output. */
export function fixText(text: string): string {
  return fixMojibake(fromC1(text));
}
