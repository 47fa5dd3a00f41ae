// Bytes → string for feeds and HTML pages. Order of trust: BOM, HTTP charset, in-document declaration,
// then a guess. Pure: no I/O, so the fetcher and the parsers share one decision.
import iconv from 'iconv-lite';
import { guessLegacyCharset, isValidUtf8 } from './charset-sniff.ts';

export type DocKind = 'xml' | 'html';

// Labels seen on real pages, mapped to the name we report and decode with.
const ALIASES: Record<string, string> = {
  'utf8': 'utf-8', 'unicode-1-1-utf-8': 'utf-8', 'x-unicode20utf8': 'utf-8',
  'ascii': 'us-ascii', 'ansi_x3.4-1968': 'us-ascii', 'iso646-us': 'us-ascii',
  'latin1': 'iso-8859-1', 'l1': 'iso-8859-1', 'iso_8859-1': 'iso-8859-1', 'iso8859-1': 'iso-8859-1',
  'cp1252': 'windows-1252', 'x-cp1252': 'windows-1252',
  'ks_c_5601-1987': 'euc-kr', 'ks_c_5601-1989': 'euc-kr', 'ksc5601': 'euc-kr', 'ksc_5601': 'euc-kr',
  'x-euc-kr': 'euc-kr', 'korean': 'euc-kr', 'cp949': 'euc-kr', 'windows-949': 'euc-kr', 'uhc': 'euc-kr',
  'x-sjis': 'shift_jis', 'sjis': 'shift_jis', 'shift-jis': 'shift_jis', 'ms_kanji': 'shift_jis',
  'windows-31j': 'shift_jis', 'cp932': 'shift_jis', 'x-ms-cp932': 'shift_jis', 'csshiftjis': 'shift_jis',
  'x-euc-jp': 'euc-jp', 'eucjp': 'euc-jp',
  'big5-hkscs': 'big5', 'x-x-big5': 'big5', 'cn-big5': 'big5',
  // gb2312 pages routinely use GBK characters; gb18030 decodes both.
  'gb2312': 'gb18030', 'gbk': 'gb18030', 'x-gbk': 'gb18030', 'cp936': 'gb18030', 'euc-cn': 'gb18030',
  'tis620': 'tis-620', 'windows-874': 'tis-620', 'koi8r': 'koi8-r', 'utf-16': 'utf-16',
};

// The decoder iconv-lite uses for a reported name: as browsers do (WHATWG Encoding), the superset that
// publishers using that label actually write.
const DECODER: Record<string, string> = {
  'euc-kr': 'cp949', 'shift_jis': 'cp932', 'us-ascii': 'windows-1252', 'iso-8859-1': 'windows-1252',
  'iso-8859-9': 'windows-1254', 'tis-620': 'windows-874',
};

/** Canonical lowercase name for a charset label, or null when iconv-lite cannot decode it. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const key = label.trim().replace(/^["']|["']$/g, '').trim().toLowerCase();
  if (!key) return null;
  const name = ALIASES[key] ?? key;
  return iconv.encodingExists(DECODER[name] ?? name) ? name : null;
}

function charsetFromBom(body: Buffer): string | null {
  if (body.length >= 4 && body[0] === 0x00 && body[1] === 0x00 && body[2] === 0xfe && body[3] === 0xff) return 'utf-32be';
  if (body.length >= 4 && body[0] === 0xff && body[1] === 0xfe && body[2] === 0x00 && body[3] === 0x00) return 'utf-32le';
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body.length >= 2 && body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  if (body.length >= 2 && body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  return null;
}

// "<?xml" written in a 16/32-bit encoding without a BOM (XML 1.0 appendix F).
function charsetFromXmlPattern(body: Buffer): string | null {
  const b = [...body.subarray(0, 4)];
  const is = (...p: number[]) => p.length === b.length && p.every((v, i) => v === b[i]);
  if (is(0, 0, 0, 0x3c)) return 'utf-32be';
  if (is(0x3c, 0, 0, 0)) return 'utf-32le';
  if (is(0, 0x3c, 0, 0x3f)) return 'utf-16be';
  if (is(0x3c, 0, 0x3f, 0)) return 'utf-16le';
  return null;
}

/** The charset parameter of a Content-Type header value, if well-formed. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*("[^"]*"|'[^']*'|[^;\s]+)/i.exec(contentType ?? '');
  return match?.[1] ? normalizeCharset(match[1]) : null;
}

function charsetFromDeclaration(head: string, kind: DocKind): string | null {
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']?([\w.:-]+)/i.exec(head);
  if (xml?.[1]) return normalizeCharset(xml[1]);
  if (kind === 'xml') return null;
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1] ? normalizeCharset(meta[1]) : null;
}

// utf-16/32 names without an order: the BOM or the "<?xml" pattern decides it.
function withByteOrder(name: string, body: Buffer): string {
  if (name !== 'utf-16' && name !== 'utf-32') return name;
  const found = charsetFromBom(body) ?? charsetFromXmlPattern(body);
  return found?.startsWith(name) ? found : `${name}be`;
}

/** The charset to decode `body` with: BOM > HTTP header > declaration > sniffing > utf-8. */
export function detectCharset(body: Buffer, contentType: string | null | undefined, kind: DocKind): string {
  return detect(body, contentType, kind).charset;
}

interface Detection { charset: string; note: string | null }

const LATIN_DEFAULTS = new Set(['iso-8859-1', 'windows-1252', 'us-ascii']);

function hasHighBytes(body: Buffer): boolean {
  return body.some((b) => b >= 0x80);
}

function detect(body: Buffer, contentType: string | null | undefined, kind: DocKind): Detection {
  const bom = charsetFromBom(body);
  if (bom) return { charset: bom, note: null };
  const header = charsetFromContentType(contentType);
  const wide = charsetFromXmlPattern(body);
  // A 16/32-bit body cannot honour an 8-bit header charset; believe the bytes.
  const headerFits = header && !(wide && !header.startsWith('utf-16') && !header.startsWith('utf-32'));
  // Servers often label legacy pages utf-8 by default; invalid bytes mean the label is wrong.
  if (headerFits && (header !== 'utf-8' || isValidUtf8(body))) {
    // Old servers label everything latin-1; multi-byte UTF-8 that validates is never meant as latin-1.
    if (LATIN_DEFAULTS.has(header) && hasHighBytes(body) && isValidUtf8(body)) {
      return { charset: 'utf-8', note: `labelled ${header} but the bytes are utf-8` };
    }
    return { charset: withByteOrder(header, body), note: null };
  }
  if (wide) return { charset: wide, note: null };
  // Pages often put <meta charset> after long scripts; the XML declaration is always first.
  const head = body.subarray(0, kind === 'html' ? 8192 : 1024).toString('latin1');
  const declared = charsetFromDeclaration(head, kind);
  if (declared && !declared.startsWith('utf-16') && !declared.startsWith('utf-32')) {
    if (declared !== 'utf-8' || isValidUtf8(body)) return { charset: declared, note: null };
    return fallback(body, 'declared utf-8 but the bytes are not valid utf-8');
  }
  if (isValidUtf8(body)) return { charset: 'utf-8', note: null };
  return fallback(body, 'no charset declared and the bytes are not utf-8');
}

function fallback(body: Buffer, why: string): Detection {
  const guess = guessLegacyCharset(body) ?? 'windows-1252';
  return { charset: guess, note: `${why}; decoded as ${guess}` };
}

/** Decodes `body` to a JS string (BOM removed) and says which charset was used. */
export function decodeBody(
  body: Buffer, contentType: string | null | undefined, kind: DocKind,
): { text: string; charset: string; note?: string } {
  const found = detect(body, contentType, kind);
  const text = iconv.decode(body, DECODER[found.charset] ?? found.charset, { stripBOM: true });
  return found.note ? { text, charset: found.charset, note: found.note } : { text, charset: found.charset };
}
