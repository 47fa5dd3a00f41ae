// Finds where rules may match: one pass over the ASCII words of the text, looking each word up in a
// table of trigger words, then trying each triggered rule (sticky) at the word starts just before it.
import { groupsOf, type Rule } from './grammar.ts';

export interface Candidate {
  start: number;
  end: number;
  rule: Rule;
  match: RegExpExecArray;
  order: number;
}

interface Table {
  byWord: Map<string, number[]>;
  /** 1 where some trigger word has that hash (see `hashStep`): most words skip the map lookup. */
  maybe: Uint8Array;
  digit: number[];
  digit4: number[];
  isoDuration: number[];
  untriggered: number[];
}

const HASH_SIZE = 1 << 16;

/** One step of a word hash over lower-case ASCII codes; the scan computes it as it reads. */
function hashStep(h: number, code: number): number {
  return (h * 31 + code) & (HASH_SIZE - 1);
}

const tables = new WeakMap<Rule[], Table>();

function tableFor(rules: Rule[]): Table {
  const cached = tables.get(rules);
  if (cached) return cached;
  const t: Table = { byWord: new Map(), maybe: new Uint8Array(HASH_SIZE), digit: [], digit4: [], isoDuration: [], untriggered: [] };
  rules.forEach((r, i) => {
    if (!r.triggers) return void t.untriggered.push(i);
    for (const w of r.triggers) {
      if (w === '#d') t.digit.push(i);
      else if (w === '#d4') t.digit4.push(i);
      else if (w === '#p') t.isoDuration.push(i);
      else t.byWord.set(w, [...(t.byWord.get(w) ?? []), i]);
    }
  });
  for (const w of t.byWord.keys()) {
    let h = 0;
    for (let i = 0; i < w.length; i++) h = hashStep(h, w.charCodeAt(i));
    t.maybe[h] = 1;
  }
  tables.set(rules, t);
  return t;
}

// "winter-like weather", "a Christmas-like feel": a word made an adjective by "-like" names no time
const LIKE = /^-like\b/i;

// "http://www.nytimes.com/2002/08/25/business/…": a date in a web address is part of the address, not of the text
const ADDRESS = /(?:\/\/|\bwww\.)/i;
function inAddress(text: string, start: number): boolean {
  let i = start - 1;
  for (const stop = Math.max(0, start - 300); i >= stop; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 34 || c === 60 || c === 40) break;
  }
  return ADDRESS.test(text.slice(i + 1, start));
}

function push(out: Candidate[], rule: Rule, m: RegExpExecArray, text: string, order: number): void {
  if (m[0].length === 0) return;
  const end = m.index + m[0].length;
  if (text.charCodeAt(end) === 45 && LIKE.test(text.slice(end, end + 6))) return;
  // a match right after "/", "=", "_" or "-" may sit in an address
  const p = m.index > 0 ? text.charCodeAt(m.index - 1) : 0;
  if ((p === 47 || p === 61 || p === 95 || p === 45) && inAddress(text, m.index)) return;
  if (rule.accept && !rule.accept(groupsOf(m), m, text)) return;
  out.push({ start: m.index, end, rule, match: m, order });
}

function scanAll(text: string, rule: Rule, order: number, out: Candidate[]): void {
  rule.re.lastIndex = 0;
  for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
    if (m[0].length === 0) rule.re.lastIndex++;
    else push(out, rule, m, text, order);
  }
}

/** 1 for the ASCII letters and digits that make up a token, else 0. */
const WORD_CHAR = new Uint8Array(128);
for (let c = 48; c < 58; c++) WORD_CHAR[c] = 1;
for (let c = 65; c < 91; c++) WORD_CHAR[c] = WORD_CHAR[c + 32] = 1;

/** Every match of every rule, possibly overlapping. */
export function collect(text: string, rules: Rule[]): Candidate[] {
  const table = tableFor(rules);
  const out: Candidate[] = [];
  for (const i of table.untriggered) scanAll(text, rules[i]!, i, out);
  const starts: number[] = [];
  const tried = new Int32Array(rules.length).fill(-1);
  // Lower-casing once beats lower-casing every word; a text whose length changes when lower-cased
  // (a few non-ASCII letters do) keeps per-word lower-casing so offsets stay right.
  const whole = text.toLowerCase();
  const lower = whole.length === text.length ? whole : null;
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    // a hand-written scan: a regex exec per word allocated a match array for every word of the text
    const c = text.charCodeAt(pos);
    if (c >= 128 || WORD_CHAR[c] === 0) {
      pos++;
      continue;
    }
    const start = pos;
    let h = hashStep(0, c | 32);
    for (pos++; pos < n; pos++) {
      const d = text.charCodeAt(pos);
      if (d >= 128 || WORD_CHAR[d] === 0) break;
      h = hashStep(h, d | 32);
    }
    starts.push(start);
    const isDigit = c >= 48 && c <= 57;
    const isoDuration = (c | 32) === 112 && isoStart(text, start + 1);
    // a fiscal year written as one token: "FY2012"
    const fiscalYear = (c | 32) === 102 && pos - start === 6 && /^fy\d{4}$/i.test(text.slice(start, pos));
    const word = table.maybe[h] === 1 ? (lower ? lower.slice(start, pos) : text.slice(start, pos).toLowerCase()) : '';
    const hit = word ? table.byWord.get(word) : undefined;
    if (!hit && !isDigit && !isoDuration && !fiscalYear) continue;
    if (hit) for (const i of hit) if (opens(rules[i]!, text, start)) tryBefore(text, rules[i]!, i, starts, tried, out);
    if (isoDuration) for (const i of table.isoDuration) tryBefore(text, rules[i]!, i, starts, tried, out);
    if (isDigit) {
      for (const i of table.digit) if (opens(rules[i]!, text, start)) tryBefore(text, rules[i]!, i, starts, tried, out);
      if (pos - start >= 4 && digitAt(text, start + 1) && digitAt(text, start + 2) && digitAt(text, start + 3) && !digitAt(text, start + 4)) {
        for (const i of table.digit4) tryBefore(text, rules[i]!, i, starts, tried, out);
      }
    }
    if (fiscalYear) for (const i of table.digit4) tryBefore(text, rules[i]!, i, starts, tried, out);
  }
  return out;
}

// char tests in place of a regex on a slice: these run at every "p" word and every number
const digitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};
/** After a "p": a digit, or "t" and a digit ("P2Y", "PT3H"). */
const isoStart = (text: string, i: number): boolean => digitAt(text, i) || ((text.charCodeAt(i) | 32) === 116 && digitAt(text, i + 1));

/** Whether a rule's gate, if it has one, lets the token at `start` trigger it. */
function opens(rule: Rule, text: string, start: number): boolean {
  if (!rule.gate) return true;
  rule.gate.lastIndex = start;
  return rule.gate.test(text);
}

/** Tries a rule at each word start from `back` characters before the newest token up to it. */
function tryBefore(text: string, rule: Rule, order: number, starts: number[], tried: Int32Array, out: Candidate[]): void {
  const last = starts.length - 1;
  const pos = starts[last]!;
  let k = last;
  while (k > 0 && starts[k - 1]! >= pos - rule.back && starts[k - 1]! > tried[order]!) k--;
  for (; k <= last; k++) {
    const s = starts[k]!;
    if (s <= tried[order]!) continue;
    // a quote may open a match ("'80s")
    if (s > 0 && text.charCodeAt(s - 1) === 39) stickyAt(text, rule, s - 1, order, out);
    stickyAt(text, rule, s, order, out);
  }
  tried[order] = pos;
}

function stickyAt(text: string, rule: Rule, at: number, order: number, out: Candidate[]): void {
  rule.sticky.lastIndex = at;
  const m = rule.sticky.exec(text);
  if (m) push(out, rule, m, text, order);
}
