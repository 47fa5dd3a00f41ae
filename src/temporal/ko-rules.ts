// Korean rules as in Korean outlets: "2023년 12월 19일", "지난해 11월", "지난 5월", "29일", "올해 안에",
// "내년 초", "연내", "지난주", "2년 전", "3개월간", "매년", "오후 2시 30분".
import { recentDay, sameAs } from './anchor.ts';
import { addDays, weekday } from './calendar.ts';
import { type Ctx, type Groups, type Rule } from './grammar.ts';
import {
  D, bareDay, cjkNumber, cjkRule, monthValue, quarterValue, weekValue, withEdge, yearValue,
} from './cjk-common.ts';
import { resolveMonthYear, resolveWeekday, shiftDay, type Shift } from './resolve.ts';
import type { Draft } from './types.ts';
import { dayDraft, fmtDay, fmtDuration, fmtMonth, fmtYear, fmtWeek, pad } from './value.ts';
import { yearForDay } from './year.ts';

const EDGE = '(?<edge>초순|초반|초|중순|중반|말께|말|하순|후반|상반기|하반기)';
const DEADLINE = '(?<dl>안에|안|내에|내|중에|중|까지)';
const NUM = `(?:${D}+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|몇)`;
const UNIT: Record<string, string> = { 년: 'Y', 개월: 'M', 달: 'M', 주: 'W', 주일: 'W', 일: 'D', 시간: 'H', 분: 'MIN' };
const YEAR_WORD: Record<string, number> = { 재작년: -2, 지난해: -1, 작년: -1, 전년: -1, 올해: 0, 금년: 0, 내년: 1, 이듬해: 1, 내후년: 2 };
const WEEKDAY: Record<string, number> = { 일: 0, 월: 1, 화: 2, 수: 3, 목: 4, 금: 5, 토: 6 };

const sp = '\\s*';
const num = (s: string | undefined): number => cjkNumber(s ?? '');

function shiftOf(w: string | undefined): Shift {
  if (w === '지난') return 'last';
  if (w === '오는' || w === '다음') return 'next';
  if (w === '이번') return 'this';
  return null;
}

/** A date with as many parts as were written; the year comes from `y` or the tense. */
function calendarDraft(g: Groups, c: Ctx, y: number | null, shift: Shift = null): Draft | null {
  const m = g.m ? num(g.m) : 0;
  if (m < 1 || m > 12) return null;
  if (g.d) {
    const d = num(g.d);
    const year = y ?? yearForDay(c.ref, m, d, shift === 'last' ? 'past' : shift === 'next' ? 'future' : c.tense());
    return dayDraft(year, m, d);
  }
  const year = y ?? resolveMonthYear(c.ref, m, c.tense(), shift);
  return withEdge(fmtMonth(year, m), g.edge, g.dl);
}

function yearDraft(y: number, g: Groups): Draft {
  if (g.q) return { type: 'DATE', value: `${fmtYear(y)}-Q${g.q}` };
  return withEdge(fmtYear(y), g.edge, g.dl);
}

export const KO_RULES: Rule[] = [
  cjkRule('ko-date', `(?<y>${D}{4})년${sp}(?<m>${D}{1,2})월(?:${sp}(?<d>${D}{1,2})일)?(?:${sp}${EDGE})?(?:${sp}${DEADLINE})?`,
    (g, c) => calendarDraft(g, c, num(g.y))),
  cjkRule('ko-year', `(?<y>${D}{4})년(?:${sp}(?<q>[1-4])분기|${sp}${EDGE})?(?:${sp}${DEADLINE})?`, (g) => yearDraft(num(g.y), g),
    (_g, m, text) => !/^\s*(?:간|동안|만)/.test(text.slice(m.index + m[0].length))),
  cjkRule('ko-rel-md', `(?:(?<ry>재작년|지난해|작년|올해|금년|내년)|(?<shift>지난|오는|이번))${sp}(?<m>${D}{1,2})월(?:${sp}(?<d>${D}{1,2})일)?(?:${sp}${EDGE})?`,
    (g, c) => calendarDraft(g, c, g.ry ? c.ref.y + (YEAR_WORD[g.ry] ?? 0) : null, shiftOf(g.shift))),
  cjkRule('ko-md', `(?<m>${D}{1,2})월(?:${sp}(?<d>${D}{1,2})일)?(?:${sp}${EDGE})?(?:${sp}${DEADLINE})?`, (g, c) => calendarDraft(g, c, null)),
  cjkRule('ko-day', `(?:(?<shift>지난|오는|이번)${sp})?(?<d>${D}{1,2})일`,
    (g, c) => bareDay(num(g.d), { ...c, groupSpan: (n) => c.groupSpan(n), tense: () => (g.shift === '지난' ? 'past' : g.shift === '오는' ? 'future' : c.tense()) }),
    (_g, m, text) => !/^\s*(?:간|동안|째|만|전|후|뒤)/.test(text.slice(m.index + m[0].length))),
  cjkRule('ko-rel-year', `(?<w>재작년|지난해|작년|전년|올해|금년|내년|이듬해|내후년)(?:${sp}(?<q>[1-4])분기|${sp}${EDGE})?(?:${sp}${DEADLINE})?`,
    (g, c) => yearDraft(c.ref.y + (YEAR_WORD[g.w ?? ''] ?? 0), g)),
  cjkRule('ko-year-word', `(?<w>연내|연말|연초|연중)(?:${sp}(?<dl>까지))?`, (g, c) => {
    const w = g.w ?? '';
    if (w === '연내') return { type: 'DATE', value: yearValue(c.ref, 0), mod: 'END', deadline: true };
    const mod = w === '연초' ? 'START' : w === '연말' ? 'END' : 'MID';
    return { type: 'DATE', value: yearValue(c.ref, 0), mod, ...(g.dl ? { deadline: true } : {}) };
  }),
  // "올 하반기", "올 연말": 올 is short for 올해 before a part of the year
  cjkRule('ko-this-year-part', `올${sp}(?:(?<q>[1-4])분기|${EDGE}|(?<w>연말|연초))(?:${sp}${DEADLINE})?`, (g, c) => {
    if (g.w) return { type: 'DATE', value: yearValue(c.ref, 0), mod: g.w === '연초' ? 'START' : 'END', ...(g.dl ? { deadline: true } : {}) };
    return yearDraft(c.ref.y, g);
  }),
  // "이날" is the day of the report in Korean wire copy
  cjkRule('ko-this-day', '이날', (_g, c) => ({ type: 'DATE', value: fmtDay(c.ref) })),
  // "같은 날", "같은 달", "같은 해": the day, month or year last mentioned
  cjkRule('ko-same', '같은\\s?(?<u>날|달|해)', (g, c) => sameAs(g.u === '해' ? 'year' : g.u === '달' ? 'month' : 'day', c)),
  cjkRule('ko-rel-month', `(?<w>지난달|지난 달|이번${sp}달|이달|다음${sp}달|내달|전달)(?:${sp}(?<d>${D}{1,2})일|${sp}${EDGE})?(?:${sp}${DEADLINE})?`, (g, c) => {
    const w = (g.w ?? '').replace(/\s/g, '');
    const shift = w === '지난달' || w === '전달' ? -1 : w === '다음달' || w === '내달' ? 1 : 0;
    const month = monthValue(c.ref, shift);
    if (g.d) return { type: 'DATE', value: `${month}-${pad(num(g.d))}` };
    return withEdge(month, g.edge, g.dl);
  }),
  cjkRule('ko-rel-week', `(?<w>지난${sp}주|이번${sp}주|금주|다음${sp}주|내주)(?!${sp}(?:[월화수목금토일]요일))(?:${sp}(?<edge>초|말))?`, (g, c) => {
    const w = (g.w ?? '').replace(/\s/g, '');
    return withEdge(weekValue(c.ref, w === '지난주' ? -1 : w === '다음주' || w === '내주' ? 1 : 0), g.edge, undefined);
  }),
  cjkRule('ko-day-word', '(?<w>오늘|어제|내일|그제|그저께|모레)', (g, c) => {
    const shift: Record<string, number> = { 오늘: 0, 어제: -1, 내일: 1, 그제: -2, 그저께: -2, 모레: 2 };
    return { type: 'DATE', value: fmtDay(addDays(c.ref, shift[g.w ?? ''] ?? 0)) };
  }),
  cjkRule('ko-weekday', `(?:(?<shift>지난${sp}주|이번${sp}주|다음${sp}주|지난|이번|다음|오는)${sp})?(?<wd>[월화수목금토일])요일`, (g, c) => {
    const s = (g.shift ?? '').replace(/\s/g, '');
    const wd = WEEKDAY[g.wd ?? ''] ?? 0;
    if (s.endsWith('주')) {
      const base = addDays(c.ref, s === '지난주' ? -7 : s === '다음주' ? 7 : 0);
      const monday = addDays(base, -((weekday(base) + 6) % 7));
      return { type: 'DATE', value: fmtDay(addDays(monday, (wd + 6) % 7)) };
    }
    return { type: 'DATE', value: fmtDay(resolveWeekday(c.ref, wd, c.tense(), shiftOf(s))) };
  }),
  cjkRule('ko-ago', `(?<n>${NUM})${sp}(?<u>년|개월|달|주일|주|일|시간)${sp}(?<dir>전|후|뒤)`, (g, c) => {
    const n = num(g.n);
    const future = g.dir !== '전';
    const unit = UNIT[g.u ?? ''] ?? 'Y';
    if (Number.isNaN(n)) return { type: 'DATE', value: future ? 'FUTURE_REF' : 'PAST_REF' };
    const day = shiftDay(c.ref, unit, future ? n : -n);
    if (unit === 'Y') return { type: 'DATE', value: fmtYear(day.y) };
    if (unit === 'M') return { type: 'DATE', value: fmtMonth(day.y, day.m) };
    if (unit === 'W') return { type: 'DATE', value: fmtWeek(day) };
    if (unit === 'D') return { type: 'DATE', value: fmtDay(day) };
    return { type: 'DATE', value: future ? 'FUTURE_REF' : 'PAST_REF' };
  }),
  cjkRule('ko-duration', `(?<n>${NUM})${sp}(?:(?<u>년|달|주일|주|일|시간|분)${sp}(?:간|동안)|(?<u2>개월|시간)(?:${sp}(?:간|동안))?)`, (g) => {
    const n = num(g.n);
    return { type: 'DURATION', value: fmtDuration(Number.isNaN(n) ? null : n, UNIT[g.u ?? g.u2 ?? ''] ?? 'Y') };
  }),
  cjkRule('ko-set', '(?<w>매년|해마다|매달|매월|매주|매일|날마다)', (g) => {
    const v: Record<string, string> = { 매년: 'P1Y', 해마다: 'P1Y', 매달: 'P1M', 매월: 'P1M', 매주: 'P1W', 매일: 'P1D', 날마다: 'P1D' };
    return { type: 'SET', value: v[g.w ?? ''] ?? 'P1Y' };
  }),
  cjkRule('ko-ref', '(?<w>현재|지금|최근|향후|앞으로|과거)', (g) => {
    const v: Record<string, string> = { 현재: 'PRESENT_REF', 지금: 'PRESENT_REF', 최근: 'PAST_REF', 과거: 'PAST_REF', 향후: 'FUTURE_REF', 앞으로: 'FUTURE_REF' };
    return { type: 'DATE', value: v[g.w ?? ''] ?? 'PRESENT_REF' };
  }),
  cjkRule('ko-time', `(?:(?<ap>오전|오후|밤|새벽)${sp})?(?<h>${D}{1,2})시(?:${sp}(?<mi>${D}{1,2})분|${sp}(?<half>반))?`, (g, c) => {
    let h = num(g.h);
    if ((g.ap === '오후' || g.ap === '밤') && h < 12) h += 12;
    const mi = g.half ? 30 : g.mi ? num(g.mi) : 0;
    if (h > 24 || mi > 59) return null;
    return { type: 'TIME', value: `${fmtDay(recentDay(c) ?? c.ref)}T${pad(h)}:${pad(mi)}` };
  }, (_g, m, text) => !/^\s*(?:간|동안)/.test(text.slice(m.index + m[0].length))),
  cjkRule('ko-period', '(?:(?<q>[1-4])분기|(?<h>상반기|하반기))', (g, c) => {
    if (g.q) return { type: 'DATE', value: quarterValue(c.ref.y, Number(g.q)) };
    const half = g.h === '상반기' ? 1 : 2;
    const y = half === 2 && c.ref.m <= 6 && c.tense() === 'past' ? c.ref.y - 1 : c.ref.y;
    return { type: 'DATE', value: `${fmtYear(y)}-H${half}` };
  }),
];
