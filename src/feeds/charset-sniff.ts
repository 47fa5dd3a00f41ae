// Guessing the charset of undeclared legacy bytes. Deliberately small: byte structure narrows the family,
// then the share of characters in the expected script picks one. Tuned for Korean and Japanese first.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export function isValidUtf8(body: Buffer): boolean {
  return isUtf8(body);
}

interface ByteStats { high: number; letters: number; eucPairs: boolean; lowTrail: boolean }

function byteStats(body: Buffer): ByteStats {
  let high = 0;
  let letters = 0;
  let eucPairs = true;
  let lowTrail = false;
  for (let i = 0; i < body.length; i++) {
    const b = body[i] ?? 0;
    if (b < 0x80) {
      if ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a) letters++;
      continue;
    }
    high++;
    const next = body[i + 1] ?? 0;
    if (b >= 0xa1 && b <= 0xfe && next >= 0xa1 && next <= 0xfe) { i++; high++; continue; }
    if (b === 0x8e || b === 0x8f) { i++; continue; } // EUC-JP half-width kana / JIS X 0212
    eucPairs = false;
    if (next >= 0x40 && next <= 0x7e) lowTrail = true;
    i++;
  }
  return { high, letters, eucPairs, lowTrail };
}

function share(text: string, inScript: (code: number) => boolean): number {
  let total = 0;
  let hits = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    if (code === 0xfffd) return 0;
    total++;
    if (inScript(code)) hits++;
  }
  return total === 0 ? 0 : hits / total;
}

const isHangul = (c: number) => (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3130 && c <= 0x318f);
const isKana = (c: number) => c >= 0x3040 && c <= 0x30ff;
const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e);
const isJapanese = (c: number) => isKana(c) || isHan(c);
const isCyrillic = (c: number) => c >= 0x0400 && c <= 0x04ff;
const isThai = (c: number) => c >= 0x0e00 && c <= 0x0e7f;

function decoded(body: Buffer, charset: string): string {
  return iconv.decode(body, charset);
}

function guessMultiByte(body: Buffer, stats: ByteStats): string | null {
  if (stats.eucPairs) {
    if (share(decoded(body, 'cp949'), isHangul) >= 0.5) return 'euc-kr';
    const japanese = decoded(body, 'euc-jp');
    if (share(japanese, isKana) >= 0.15 && share(japanese, isJapanese) >= 0.9) return 'euc-jp';
  }
  const sjis = decoded(body, 'cp932');
  if (share(sjis, isKana) >= 0.15 && share(sjis, isJapanese) >= 0.9) return 'shift_jis';
  if (stats.lowTrail && share(decoded(body, 'big5'), isHan) >= 0.9) return 'big5';
  if (share(decoded(body, 'gb18030'), isHan) >= 0.9) return 'gb18030';
  if (share(decoded(body, 'big5'), isHan) >= 0.9) return 'big5';
  return null;
}

function guessSingleByte(body: Buffer): string | null {
  if (share(decoded(body, 'tis-620'), isThai) >= 0.9) {
    let thaiOnly = 0;
    for (const b of body) if (b >= 0xa1 && b <= 0xbf) thaiOnly++;
    if (thaiOnly > 0) return 'tis-620';
  }
  let lowerKoi = 0;
  let upperKoi = 0;
  for (const b of body) {
    if (b >= 0xc0 && b <= 0xdf) lowerKoi++;
    else if (b >= 0xe0) upperKoi++;
  }
  if (share(decoded(body, 'koi8-r'), isCyrillic) < 0.9) return null;
  // Running text is mostly lower case: KOI8-R keeps it in C0–DF, windows-1251 in E0–FF.
  return lowerKoi >= upperKoi ? 'koi8-r' : 'windows-1251';
}

// Accented Latin text: high bytes stand alone between ASCII letters. CJK and Cyrillic come in longer runs.
function looksLatin(body: Buffer): boolean {
  let runs = 0;
  let shortRuns = 0;
  let run = 0;
  for (let i = 0; i <= body.length; i++) {
    const b = body[i] ?? 0;
    if (b >= 0x80) { run++; continue; }
    if (run > 0) { runs++; if (run === 1) shortRuns++; }
    run = 0;
  }
  const latin = (c: number) => (c >= 0xa0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) || (c >= 0x2013 && c <= 0x2026);
  return runs > 0 && shortRuns / runs >= 0.7 && share(decoded(body, 'windows-1252'), latin) >= 0.9;
}

/** A best guess for undeclared, non-UTF-8 bytes; null when nothing fits well (caller falls back). */
export function guessLegacyCharset(body: Buffer): string | null {
  const sample = body.subarray(0, 65536);
  const stats = byteStats(sample);
  if (stats.high === 0) return null;
  if (looksLatin(sample)) return null;
  return guessMultiByte(sample, stats) ?? guessSingleByte(sample);
}
