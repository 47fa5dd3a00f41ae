// Sentence splitting for English, Korean and Japanese news text. Pure.

export interface Sentence {
  index: number;
  text: string;
  start: number;
}

// Tokens ending in '.' that do not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'sgt', 'adm', 'sen', 'rep', 'gov', 'pres', 'prof', 'st',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'no', 'vs', 'etc', 'e.g', 'i.e', 'inc', 'corp', 'co', 'jr', 'sr',
]);

/** True when the '.' at `dot` belongs to an abbreviation or initial rather than ending a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 12), dot);
  const word = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
  if (ABBREVIATIONS.has(word)) return true;
  if (/^[a-z]$/.test(word)) return true; // an initial: "John F. Kennedy"
  return false;
}

/** Where each sentence ends: after . ! ? (EN) followed by space + capital/quote/digit, after 。！？, or at a line break. */
function boundaries(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      ends.push(i + 1);
      continue;
    }
    if ('。！？'.includes(ch)) {
      let j = i + 1;
      while (j < text.length && '」』）)"”'.includes(text[j]!)) j++;
      ends.push(j);
      i = j - 1;
      continue;
    }
    if (!'.!?'.includes(ch)) continue;
    let j = i + 1;
    while (j < text.length && `"'”’)]`.includes(text[j]!)) j++;
    if (j < text.length && !/\s/.test(text[j]!)) continue;
    const next = text.slice(j).trimStart()[0];
    if (next === undefined) continue;
    // Korean sentences end in '다.' etc. and the next one need not start with a capital.
    const hangulBefore = /[\uac00-\ud7a3]/.test(text[i - 1] ?? '');
    if (!hangulBefore && !/[A-Z0-9"“‘'(\u3131-\ud7a3\u3040-\u30ff\u4e00-\u9fff]/.test(next)) continue;
    if (ch === '.' && isAbbreviation(text, i)) continue;
    ends.push(j);
    i = j - 1;
  }
  return ends;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  for (const end of [...boundaries(text), text.length]) {
    if (end <= from) continue;
    const raw = text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ index: out.length, text: trimmed, start: from + lead });
    from = end;
  }
  return out;
}
