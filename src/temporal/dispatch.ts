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
  digit: number[];
  digit4: number[];
  isoDuration: number[];
  untriggered: number[];
}

const tables = new WeakMap<Rule[], Table>();

function tableFor(rules: Rule[]): Table {
  const cached = tables.get(rules);
  if (cached) return cached;
  const t: Table = { byWord: new Map(), digit: [], digit4: [], isoDuration: [], untriggered: [] };
  rules.forEach((r, i) => {
    if (!r.triggers) return void t.untriggered.push(i);
    for (const w of r.triggers) {
      if (w === '#d') t.digit.push(i);
      else if (w === '#d4') t.digit4.push(i);
      else if (w === '#p') t.isoDuration.push(i);
      else t.byWord.set(w, [...(t.byWord.get(w) ?? []), i]);
    }
  });
  tables.set(rules, t);
  return t;
}

function push(out: Candidate[], rule: Rule, m: RegExpExecArray, text: string, order: number): void {
  if (m[0].length === 0) return;
  if (rule.accept && !rule.accept(groupsOf(m), m, text)) return;
  out.push({ start: m.index, end: m.index + m[0].length, rule, match: m, order });
}

function scanAll(text: string, rule: Rule, order: number, out: Candidate[]): void {
  rule.re.lastIndex = 0;
  for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
    if (m[0].length === 0) rule.re.lastIndex++;
    else push(out, rule, m, text, order);
  }
}

const TOKEN = /[a-z0-9]+/gi;

/** Every match of every rule, possibly overlapping. */
export function collect(text: string, rules: Rule[]): Candidate[] {
  const table = tableFor(rules);
  const out: Candidate[] = [];
  for (const i of table.untriggered) scanAll(text, rules[i]!, i, out);
  const starts: number[] = [];
  const tried = new Int32Array(rules.length).fill(-1);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const pos = m.index;
    starts.push(pos);
    const word = m[0].toLowerCase();
    const hit = table.byWord.get(word);
    const code = word.charCodeAt(0);
    const isDigit = code >= 48 && code <= 57;
    const isoDuration = code === 112 && /^pt?\d/.test(word);
    // a fiscal year written as one token: "FY2012"
    const fiscalYear = code === 102 && /^fy\d{4}$/.test(word);
    if (!hit && !isDigit && !isoDuration && !fiscalYear) continue;
    const run = (i: number): void => tryBefore(text, rules[i]!, i, starts, tried, out);
    if (hit) hit.forEach(run);
    if (isoDuration) table.isoDuration.forEach(run);
    if (isDigit) {
      table.digit.forEach(run);
      if (/^\d{4}(?!\d)/.test(word)) table.digit4.forEach(run);
    }
    if (fiscalYear) table.digit4.forEach(run);
  }
  return out;
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
    // a quote or a dollar sign may open a match ("'80s")
    const from = s > 0 && text[s - 1] === "'" ? s - 1 : s;
    for (const at of from === s ? [s] : [from, s]) {
      rule.sticky.lastIndex = at;
      const m = rule.sticky.exec(text);
      if (m) push(out, rule, m, text, order);
    }
  }
  tried[order] = pos;
}
