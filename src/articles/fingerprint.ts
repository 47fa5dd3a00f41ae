// Near-duplicate detection for syndicated copies (wire stories re-run by many outlets): a 64-bit simhash
// of word 3-grams (character 3-grams for Chinese, Japanese and Korean), compared by Hamming distance.
import { createHash } from 'node:crypto';

/** Copies whose fingerprints differ in at most this many of 64 bits count as one story. */
export const NEAR_DUPLICATE_BITS = 10;

const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

function shingles(text: string): string[] {
  const folded = text.normalize('NFKC').toLowerCase();
  const words = folded.match(/[\p{L}\p{N}]+/gu) ?? [];
  const out: string[] = [];
  for (const w of words) {
    if (cjk.test(w) && w.length > 3) for (let i = 0; i + 3 <= w.length; i++) out.push(w.slice(i, i + 3));
  }
  const latin = words.filter((w) => !cjk.test(w));
  for (let i = 0; i + 3 <= latin.length; i++) out.push(`${latin[i]} ${latin[i + 1]} ${latin[i + 2]}`);
  if (out.length === 0) out.push(...words);
  return out;
}

/** 16 hex digits; null when the text is too short to tell copies apart. */
export function fingerprint(text: string): string | null {
  const grams = shingles(text);
  if (grams.length < 8) return null;
  const weights = new Array<number>(64).fill(0);
  for (const g of grams) {
    const h = createHash('md5').update(g).digest();
    for (let bit = 0; bit < 64; bit++) weights[bit]! += (h[bit >> 3]! >> (bit & 7)) & 1 ? 1 : -1;
  }
  let hex = '';
  for (let nibble = 0; nibble < 16; nibble++) {
    let v = 0;
    for (let b = 0; b < 4; b++) if (weights[nibble * 4 + b]! > 0) v |= 1 << b;
    hex += v.toString(16);
  }
  return hex;
}

export function hammingDistance(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < 16; i++) {
    let x = parseInt(a[i]!, 16) ^ parseInt(b[i]!, 16);
    while (x) {
      d += x & 1;
      x >>= 1;
    }
  }
  return d;
}

/** The story an article belongs to: that of its nearest earlier copy, else a new one. */
export function storyKeyFor(own: string | null, contentHash: string, earlier: Array<{ fingerprint: string | null; storyKey: string | null }>): string {
  if (own) {
    let best: { d: number; key: string } | null = null;
    for (const e of earlier) {
      if (!e.fingerprint || !e.storyKey) continue;
      const d = hammingDistance(own, e.fingerprint);
      if (d <= NEAR_DUPLICATE_BITS && (!best || d < best.d)) best = { d, key: e.storyKey };
    }
    if (best) return best.key;
  }
  return contentHash.slice(0, 16);
}
