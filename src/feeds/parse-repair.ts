// Text-level preparation and repair of feed XML before the strict parser sees it. Each repair is one a
// browser-grade reader makes too; each is reported as a warning so a recovered feed is visible as such.
import { decodeHTMLStrict } from 'entities';
import { removeSections } from './parse-text.ts';
import type { XNode } from './parse-tree.ts';

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** Drops what precedes the first tag and the encoding pseudo-attribute (the text is already decoded). */
export function prepareXml(text: string): { xml: string; warnings: string[] } {
  const warnings: string[] = [];
  let xml = text.replace(/^\uFEFF/, '');
  const first = xml.indexOf('<');
  if (first > 0 && xml.slice(0, first).trim()) warnings.push('junk before the first tag was dropped');
  if (first > 0) xml = xml.slice(first);
  xml = xml.replace(/^<\?xml[^>]*?\?>/, (decl) => decl.replace(/\s+encoding\s*=\s*("[^"]*"|'[^']*')/, ''));
  const escaped = escapeStrayDeclarations(xml);
  if (escaped !== xml) warnings.push('escaped "<!" that opened no comment, CDATA or DOCTYPE');
  return { xml: expandDeclaredEntities(escaped), warnings };
}

// sax reads an unknown "<!…" up to the next ">" in quadratic time; in XML it can only be a mistake for "&lt;!".
// Comments and CDATA sections are skipped: a "<!" inside them is text.
function escapeStrayDeclarations(xml: string): string {
  let out = '';
  let from = 0;
  let at = xml.indexOf('<!');
  while (at >= 0) {
    const skipTo = xml.startsWith('<!--', at) ? '-->' : xml.startsWith('<![CDATA[', at) ? ']]>' : null;
    if (skipTo) {
      const end = xml.indexOf(skipTo, at + 4);
      if (end < 0) break;
      at = xml.indexOf('<!', end + skipTo.length);
      continue;
    }
    if (!/^<!(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)/i.test(xml.slice(at, at + 10))) {
      out += `${xml.slice(from, at)}&lt;!`;
      from = at + 2;
    }
    at = xml.indexOf('<!', at + 2);
  }
  return from === 0 ? xml : out + xml.slice(from);
}

// sax does not read a DOCTYPE's internal subset; substitute its simple <!ENTITY name "value"> declarations.
function expandDeclaredEntities(xml: string): string {
  const doctype = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/.exec(xml.slice(0, 20000));
  if (!doctype?.[1]) return xml;
  const declared = new Map<string, string>();
  for (const m of doctype[1].matchAll(/<!ENTITY\s+([\w.-]+)\s+(?:"([^"]*)"|'([^']*)')\s*>/g)) {
    if (m[1] && !XML_ENTITIES.has(m[1])) declared.set(m[1], m[2] ?? m[3] ?? '');
  }
  const end = doctype.index + doctype[0].length;
  const body = xml.slice(end).replace(/&([\w.-]+);/g, (all, name: string) => declared.get(name) ?? all);
  return xml.slice(0, doctype.index) + body;
}

/** Faults sax lets through that still make the document not well-formed XML. */
export function lintXml(xml: string): string[] {
  const found: string[] = [];
  // Markup inside CDATA and comments is text (Word's <o:p> in a CDATA description is fine).
  const outside = removeSections(splitCdata(xml).filter((p) => !p.startsWith('<![CDATA[')).join(''), /<!--/, () => '-->');
  const declared = new Set(['xml', 'xmlns', ...[...outside.matchAll(/xmlns:([\w.-]+)\s*=/g)].map((m) => m[1] ?? '')]);
  const used = [...outside.matchAll(/<\/?([A-Za-z_][\w.-]*):[\w.-]+/g)].map((m) => m[1] ?? '');
  const undeclared = [...new Set(used.filter((p) => !declared.has(p)))];
  if (undeclared.length) found.push(`undeclared namespace prefix ${undeclared.join(', ')}`);
  // With no DOCTYPE, only the five XML entities are defined; sax quietly accepts HTML ones.
  if (!/<!DOCTYPE/i.test(xml.slice(0, 4096))) {
    const names = [...outside.matchAll(/&([A-Za-z][\w.-]*);/g)].map((m) => m[1] ?? '').filter((n) => !XML_ENTITIES.has(n));
    if (names.length) found.push(`entities not defined in XML: ${[...new Set(names)].slice(0, 5).join(', ')}`);
  }
  return found;
}

/** The first element's name and attributes, found without a parser (it may not parse). */
export function rootElement(xml: string): XNode | null {
  let at = xml.indexOf('<');
  // Skip the prolog with indexOf, not a lazy regex: many unclosed "<!--" must not cost quadratic time.
  while (at >= 0) {
    const rest = xml.startsWith('<!--', at) ? '-->' : xml.startsWith('<?', at) ? '?>' : null;
    if (rest) {
      const end = xml.indexOf(rest, at + 2);
      if (end < 0) return null;
      at = xml.indexOf('<', end + rest.length);
    } else if (/^<!DOCTYPE/i.test(xml.slice(at, at + 9))) {
      const subset = xml.indexOf('[', at);
      const close = xml.indexOf('>', at);
      const end = subset >= 0 && subset < close ? xml.indexOf(']', subset) : close;
      at = end < 0 ? -1 : xml.indexOf('<', end);
    } else {
      break;
    }
  }
  if (at < 0) return null;
  const m = /^<([A-Za-z_][\w.:-]*)([^<>]*)>/.exec(xml.slice(at, at + 65536));
  if (!m?.[1]) return null;
  const attrs: Record<string, string> = {};
  for (const a of (m[2] ?? '').matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if (a[1]) attrs[a[1]] = decodeHTMLStrict(a[2] ?? a[3] ?? '');
  }
  return { name: m[1], attrs, children: [] };
}

// Characters XML 1.0 forbids; feeds built from database text carry them now and then.
// eslint-disable-next-line no-control-regex -- these are exactly the characters XML forbids
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Fixes the faults a lenient reader forgives. Returns the text and what was fixed. */
export function repairXml(xml: string): { xml: string; fixes: string[] } {
  const fixes: string[] = [];
  let out = xml;
  if (new RegExp(FORBIDDEN.source).test(out)) { out = out.replace(FORBIDDEN, ''); fixes.push('removed control characters'); }
  const entities = fixEntities(out);
  if (entities !== out) { out = entities; fixes.push('escaped stray "&" or replaced HTML entities'); }
  const closed = closeTruncated(out);
  if (closed !== out) { out = closed; fixes.push('the document was cut short; kept the complete items'); }
  return { xml: out, fixes };
}

function fixEntities(xml: string): string {
  return splitCdata(xml).map((part) => (part.startsWith('<![CDATA[') ? part : part.replace(
    /&(#x[0-9a-fA-F]+;|#[0-9]+;|[A-Za-z][\w.-]*;?)?/g,
    (all, ref: string | undefined) => {
      if (!ref) return '&amp;';
      if (ref.startsWith('#')) return all;
      const name = ref.replace(/;$/, '');
      if (XML_ENTITIES.has(name) && ref.endsWith(';')) return all;
      const decoded = ref.endsWith(';') ? decodeHTMLStrict(`&${ref}`) : `&${ref}`;
      if (decoded === `&${ref}`) return `&amp;${ref}`;
      return [...decoded].map((ch) => `&#${ch.codePointAt(0)};`).join('');
    },
  ))).join('');
}

/** Text and CDATA sections in order; an unclosed CDATA runs to the end. Linear in the input. */
function splitCdata(xml: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let at = xml.indexOf('<![CDATA[', from); at >= 0; at = xml.indexOf('<![CDATA[', from)) {
    const end = xml.indexOf(']]>', at + 9);
    parts.push(xml.slice(from, at), end < 0 ? xml.slice(at) : xml.slice(at, end + 3));
    from = end < 0 ? xml.length : end + 3;
  }
  parts.push(xml.slice(from));
  return parts;
}

// A feed cut off mid-item: keep everything up to the last complete item/entry and close the open tags.
function closeTruncated(xml: string): string {
  return openElements(xml).length === 0 ? xml : closeAfterLastItem(xml);
}

/** Cuts after the last complete item/entry (or the last whole tag) and closes what is still open. */
export function closeAfterLastItem(xml: string): string {
  const lastEnd = Math.max(xml.lastIndexOf('</item>'), xml.lastIndexOf('</entry>'));
  const cut = lastEnd >= 0 ? xml.slice(0, xml.indexOf('>', lastEnd) + 1) : xml.replace(/<[^>]*$/, '');
  const open = openElements(cut);
  return cut + open.reverse().map((name) => `</${name}>`).join('');
}

/** Names of elements still open at the end of `xml`, outermost first. */
function openElements(xml: string): string[] {
  const stack: string[] = [];
  const re = /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|<[?!][^<>]*>|<\/([\w.:-]+)\s*>|<([\w.:-]+)(?:\s[^<]*?)?(\/)?>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1]) {
      const at = stack.lastIndexOf(m[1]);
      if (at >= 0) stack.length = at;
    } else if (m[2] && !m[3]) {
      stack.push(m[2]);
    }
  }
  return stack;
}
