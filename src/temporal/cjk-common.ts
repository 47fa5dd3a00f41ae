// Pieces shared by the Korean and Japanese rules: numerals, period edges, relative periods and tense.
import { addDays, addMonths } from './calendar.ts';
import type { Ctx, Rule } from './grammar.ts';
import { quarterOf } from './resolve.ts';
import type { Draft, Tense, TimexMod, Ymd } from './types.ts';
import { dayDraft, fmtMonth, fmtWeek, fmtYear } from './value.ts';

/** ASCII or full-width digits. */
export const D = '[0-9０-９]';

const NATIVE: Record<string, number> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 数: NaN,
  한: 1, 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10, 몇: NaN,
};

/** Reads "29", "２９", "三", "두"; NaN for "数"/"몇" (some). */
export function cjkNumber(raw: string): number {
  const ascii = raw.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  return NATIVE[raw] ?? NaN;
}

/** Compiles a CJK rule: no word boundaries (particles attach to words), but never inside a number. */
export function cjkRule(name: string, pattern: string, make: Rule['make'], accept?: Rule['accept']): Rule {
  const source = `(?<![0-9０-９])(?:${pattern})(?![0-9０-９])`;
  return { name, re: new RegExp(source, 'gdu'), sticky: new RegExp(source, 'dyu'), make, accept, back: 0 };
}

/** Period-edge words and what they mean. */
export const EDGE: Record<string, TimexMod | 'H1' | 'H2'> = {
  초: 'START', 초순: 'START', 초반: 'START', 중순: 'MID', 중반: 'MID', 말: 'END', 말께: 'END', 하순: 'END', 후반: 'END',
  상반기: 'H1', 하반기: 'H2',
  初め: 'START', 初頭: 'START', 上旬: 'START', 前半: 'START', 中旬: 'MID', 半ば: 'MID', 末: 'END', 下旬: 'END', 後半: 'END',
  上半期: 'H1', 下半期: 'H2',
};

/** A year, month or week value with an optional edge suffix and deadline particle applied. */
export function withEdge(value: string, edge: string | undefined, deadline: string | undefined): Draft {
  // 今年前半 / 2023年後半: the halves of a year; 6月前半 stays the start of the month
  const half = /^\d{4}$/.test(value) && (edge === '前半' || edge === '後半') ? (edge === '前半' ? 'H1' : 'H2') : undefined;
  const e = half ?? (edge ? EDGE[edge] : undefined);
  const draft: Draft = { type: 'DATE', value };
  if (e === 'H1' || e === 'H2') draft.value = `${value.slice(0, 4)}-${e}`;
  else if (e) draft.mod = e;
  if (deadline) {
    draft.deadline = true;
    draft.mod = draft.mod ?? 'END';
  }
  return draft;
}

export function yearValue(ref: Ymd, shift: number): string {
  return fmtYear(ref.y + shift);
}

export function monthValue(ref: Ymd, shift: number): string {
  const d = addMonths({ ...ref, d: 1 }, shift);
  return fmtMonth(d.y, d.m);
}

export function weekValue(ref: Ymd, shift: number): string {
  return fmtWeek(addDays(ref, 7 * shift));
}

export function quarterValue(y: number, q: number): string {
  return `${fmtYear(y)}-Q${q}`;
}

export { quarterOf };

/** A day of the month given alone ("29일", "29日"): this month, or last month when that day is still ahead in a past clause. */
export function bareDay(d: number, c: Ctx): Draft | null {
  if (d < 1 || d > 31) return null;
  const tense = c.tense();
  let month = { y: c.ref.y, m: c.ref.m, d: 1 };
  if (d > c.ref.d && tense !== 'future') month = addMonths(month, -1);
  if (d < c.ref.d && tense === 'future') month = addMonths(month, 1);
  // "31일" in a 30-day month names no day: leave it untagged rather than invent one
  return dayDraft(month.y, month.m, d);
}

// "…할 것이라고 밝혔다", "…と発表した": the reporting verb after a quotation
const QUOTATIVE = /(?:[다라냐자]고|이?라며)\s*(?=\S*(?:밝혔|말했|전했|설명했|강조했|덧붙였|발표했|보도했|내다봤|예상했))|と(?=(?:述べ|発表し|明らかにし|語っ|話し|説明し|強調し|報じ|指摘し))/g;
// a date right after the sentence's subject ("국방부는 19일", "防衛省は19日、") is the day of the report
const AFTER_SUBJECT = /(?:^|[.!?。！？\n]\s*)[^\s.!?。！？\n,、]{1,20}(?:은|는|이|가|は|が)[、,]?\s*$/;

/**
 * Tense from the end of a Korean or Japanese sentence (both are verb-final). A date written right after the
 * subject belongs to the reporting verb when the sentence reports speech, not to the verb inside the quotation.
 */
export function tenseCjk(text: string, start: number, end: number): Tense {
  const rest = text.slice(end, end + 200);
  const stop = /[.!?。！？\n]/.exec(rest);
  let clause = stop ? rest.slice(0, stop.index + 1) : rest;
  if (AFTER_SUBJECT.test(text.slice(Math.max(0, start - 40), start))) {
    let last = -1;
    for (const m of clause.matchAll(QUOTATIVE)) last = m.index + m[0].length;
    if (last >= 0) clause = clause.slice(last);
  }
  if (/예정|계획|방침|전망|겠|(?:할|될|갈|올|열|볼) (?:것|계획)|予定|方針|見通し|計画|見込み|つもり|目指|へ[。]?$/.test(clause)) return 'future';
  if (/た[。」）)]?$|た(?:と|が|。|、)|だった|ました|でした/.test(clause)) return 'past';
  // a Hangul syllable ending in ㅆ (했, 었, 았, 였, 됐) marks the past
  for (const ch of clause) {
    const code = ch.charCodeAt(0) - 0xac00;
    if (code >= 0 && code < 11172 && code % 28 === 20) return 'past';
  }
  return 'unknown';
}
