// Japanese rules as in Japanese outlets: "2023年12月19日", "昨年11月", "29日", "年内", "来年初め", "今月",
// "令和5年", "先週", "2年前", "3か月間", "毎年", "午後2時30分", "上半期", "第3四半期".
import { recentDay, sameAs } from './anchor.ts';
import { addDays, weekday } from './calendar.ts';
import { type Ctx, type Groups, type Rule } from './grammar.ts';
import { D, bareDay, cjkNumber, cjkRule, monthValue, quarterValue, weekValue, withEdge, yearValue } from './cjk-common.ts';
import { resolveMonthYear, resolveWeekday, shiftDay } from './resolve.ts';
import type { Draft } from './types.ts';
import { dayDraft, fmtDay, fmtDuration, fmtMonth, fmtWeek, fmtYear, pad } from './value.ts';
import { yearForDay } from './year.ts';

const EDGE = '(?<edge>初め|初頭|上旬|前半|中旬|半ば|末|下旬|後半|上半期|下半期)';
const DEADLINE = '(?<dl>内に|内|中に|中|までに|まで)';
const KANJI_NUM = '[一二三四五六七八九十数]';
const NUM = `(?:${D}+|${KANJI_NUM}+)`;
const YEAR_WORD: Record<string, number> = { 一昨年: -2, 昨年: -1, 去年: -1, 前年: -1, 今年: 0, 本年: 0, 来年: 1, 翌年: 1, 再来年: 2 };
const ERA_START: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };
const WEEKDAY: Record<string, number> = { 日: 0, 月: 1, 火: 2, 水: 3, 木: 4, 金: 5, 土: 6 };
const UNIT: Record<string, string> = { 年: 'Y', か月: 'M', カ月: 'M', ヶ月: 'M', ヵ月: 'M', 箇月: 'M', 週間: 'W', 日: 'D', 時間: 'H', 分: 'MIN' };

const num = (s: string | undefined): number => cjkNumber(s ?? '');

function gregorian(g: Groups): number {
  if (g.era) return (ERA_START[g.era] ?? 0) + (g.ey === '元' ? 1 : num(g.ey));
  return num(g.y);
}

function calendarDraft(g: Groups, c: Ctx, y: number | null): Draft | null {
  const m = num(g.m);
  if (!(m >= 1 && m <= 12)) return null;
  if (g.d) {
    const d = num(g.d);
    const year = y ?? yearForDay(c.ref, m, d, c.tense());
    return dayDraft(year, m, d);
  }
  return withEdge(fmtMonth(y ?? resolveMonthYear(c.ref, m, c.tense(), null), m), g.edge, g.dl);
}

function yearDraft(y: number, g: Groups): Draft {
  if (g.q) return { type: 'DATE', value: quarterValue(y, num(g.q)) };
  return withEdge(fmtYear(y), g.edge, g.dl);
}

const YEAR = `(?:(?<era>令和|平成|昭和)(?<ey>${D}{1,2}|元)|(?<y>${D}{4}))`;

export const JA_RULES: Rule[] = [
  cjkRule('ja-date', `${YEAR}年度?(?<m>${D}{1,2})月(?:(?<d>${D}{1,2})日)?${EDGE}?${DEADLINE}?`, (g, c) => calendarDraft(g, c, gregorian(g))),
  cjkRule('ja-year', `${YEAR}年度?(?:第?(?<q>[1-4１-４])四半期|${EDGE})?${DEADLINE}?`, (g) => yearDraft(gregorian(g), g),
    (_g, m, text) => !/^(?:間|以上|ぶり|後|前)/.test(text.slice(m.index + m[0].length))),
  cjkRule('ja-rel-md', `(?<ry>一昨年|昨年|去年|前年|今年|本年|来年|翌年)の?(?<m>${D}{1,2})月(?:(?<d>${D}{1,2})日)?${EDGE}?`,
    (g, c) => calendarDraft(g, c, c.ref.y + (YEAR_WORD[g.ry ?? ''] ?? 0))),
  cjkRule('ja-md', `(?<m>${D}{1,2})月(?:(?<d>${D}{1,2})日)?${EDGE}?${DEADLINE}?`, (g, c) => calendarDraft(g, c, null),
    (_g, m, text) => !/^(?:間|期)/.test(text.slice(m.index + m[0].length))),
  cjkRule('ja-day', `(?<d>${D}{1,2})日`, (g, c) => bareDay(num(g.d), c),
    (_g, m, text) => !/^(?:間|以内|後|前|ぶり|目)/.test(text.slice(m.index + m[0].length))),
  cjkRule('ja-rel-year', `(?<w>一昨年|昨年|去年|前年|今年|本年|来年|翌年|再来年)度?(?:第?(?<q>[1-4１-４])四半期|${EDGE})?${DEADLINE}?`,
    (g, c) => yearDraft(c.ref.y + (YEAR_WORD[g.w ?? ''] ?? 0), g)),
  cjkRule('ja-year-word', '(?<w>年内|年度内|年末|年度末|年初|年明け|年始)', (g, c) => {
    const w = g.w ?? '';
    if (w.endsWith('内')) return { type: 'DATE', value: yearValue(c.ref, 0), mod: 'END', deadline: true };
    return { type: 'DATE', value: yearValue(c.ref, 0), mod: w.endsWith('末') ? 'END' : 'START' };
  }),
  cjkRule('ja-rel-month', `(?<w>先月|今月|来月|前月|翌月|月内|月末)(?:(?<d>${D}{1,2})日|${EDGE})?${DEADLINE}?`, (g, c) => {
    const w = g.w ?? '';
    if (g.d && !w.startsWith('月')) {
      const shift = w === '先月' || w === '前月' ? -1 : w === '来月' || w === '翌月' ? 1 : 0;
      return { type: 'DATE', value: `${monthValue(c.ref, shift)}-${pad(num(g.d))}` };
    }
    if (w === '月内') return { type: 'DATE', value: monthValue(c.ref, 0), mod: 'END', deadline: true };
    if (w === '月末') return { type: 'DATE', value: monthValue(c.ref, 0), mod: 'END' };
    const shift = w === '先月' || w === '前月' ? -1 : w === '来月' || w === '翌月' ? 1 : 0;
    return withEdge(monthValue(c.ref, shift), g.edge, g.dl);
  }),
  cjkRule('ja-rel-week', '(?<w>先週|今週|来週)(?<end>末)?(?!の?[月火水木金土日]曜)', (g, c) => {
    const shift = g.w === '先週' ? -1 : g.w === '来週' ? 1 : 0;
    return { type: 'DATE', value: g.end ? `${weekValue(c.ref, shift)}-WE` : weekValue(c.ref, shift) };
  }),
  // 同日/同月/同年: the day, month or year last mentioned, else the publication's
  cjkRule('ja-same', '同(?<u>日|月|年)', (g, c) => sameAs(g.u === '年' ? 'year' : g.u === '月' ? 'month' : 'day', c)),
  cjkRule('ja-day-word', '(?<w>一昨日|明後日|今日|本日|昨日|明日|きょう|きのう|あす|あした|おととい)', (g, c) => {
    const shift: Record<string, number> = { 今日: 0, 本日: 0, きょう: 0, 昨日: -1, きのう: -1, 明日: 1, あす: 1, あした: 1, 一昨日: -2, おととい: -2, 明後日: 2 };
    return { type: 'DATE', value: fmtDay(addDays(c.ref, shift[g.w ?? ''] ?? 0)) };
  }),
  cjkRule('ja-weekday', '(?:(?<shift>先週|今週|来週)の?)?(?<wd>[月火水木金土日])曜(?:日)?', (g, c) => {
    const wd = WEEKDAY[g.wd ?? ''] ?? 0;
    if (g.shift) {
      const base = addDays(c.ref, g.shift === '先週' ? -7 : g.shift === '来週' ? 7 : 0);
      const monday = addDays(base, -((weekday(base) + 6) % 7));
      return { type: 'DATE', value: fmtDay(addDays(monday, (wd + 6) % 7)) };
    }
    return { type: 'DATE', value: fmtDay(resolveWeekday(c.ref, wd, c.tense(), null)) };
  }),
  cjkRule('ja-ago', `(?<n>${NUM})(?<u>年|か月|カ月|ヶ月|ヵ月|箇月|週間|日|時間)(?<dir>前|後)`, (g, c) => {
    const n = kanjiOrDigits(g.n);
    const future = g.dir === '後';
    const unit = UNIT[g.u ?? ''] ?? 'Y';
    if (Number.isNaN(n) || unit === 'H') return { type: 'DATE', value: future ? 'FUTURE_REF' : 'PAST_REF' };
    const day = shiftDay(c.ref, unit, future ? n : -n);
    if (unit === 'Y') return { type: 'DATE', value: fmtYear(day.y) };
    if (unit === 'M') return { type: 'DATE', value: fmtMonth(day.y, day.m) };
    if (unit === 'W') return { type: 'DATE', value: fmtWeek(day) };
    return { type: 'DATE', value: fmtDay(day) };
  }),
  cjkRule('ja-duration', `(?<n>${NUM})(?:(?<u>年|日|分)間|(?<u2>か月|カ月|ヶ月|ヵ月|箇月|週間|時間))(?:間)?`, (g) => {
    const n = kanjiOrDigits(g.n);
    return { type: 'DURATION', value: fmtDuration(Number.isNaN(n) ? null : n, UNIT[g.u ?? g.u2 ?? ''] ?? 'Y') };
  }),
  cjkRule('ja-set', '(?<w>毎年|毎月|毎週|毎日|毎朝|毎晩)', (g) => {
    const v: Record<string, string> = { 毎年: 'P1Y', 毎月: 'P1M', 毎週: 'P1W', 毎日: 'P1D', 毎朝: 'P1D', 毎晩: 'P1D' };
    return { type: 'SET', value: v[g.w ?? ''] ?? 'P1Y' };
  }),
  cjkRule('ja-ref', '(?<w>現時点|現在|今後|将来|近年|最近|過去)', (g) => {
    const v: Record<string, string> = { 現時点: 'PRESENT_REF', 現在: 'PRESENT_REF', 今後: 'FUTURE_REF', 将来: 'FUTURE_REF', 近年: 'PAST_REF', 最近: 'PAST_REF', 過去: 'PAST_REF' };
    return { type: 'DATE', value: v[g.w ?? ''] ?? 'PRESENT_REF' };
  }),
  cjkRule('ja-time', `(?:(?<ap>午前|午後)(?<h12>${D}{1,2})|(?<h>${D}{1,2}))時(?:(?<mi>${D}{1,2})分|(?<half>半))?`, (g, c) => {
    let h = num(g.h12 ?? g.h);
    if (g.ap === '午後' && h < 12) h += 12;
    const mi = g.half ? 30 : g.mi ? num(g.mi) : 0;
    if (h > 24 || mi > 59) return null;
    return { type: 'TIME', value: `${fmtDay(recentDay(c) ?? c.ref)}T${pad(h)}:${pad(mi)}` };
  }, (_g, m, text) => !/^(?:間|代)/.test(text.slice(m.index + m[0].length))),
  cjkRule('ja-period', `(?:第?(?<q>[1-4１-４])四半期|(?<h>上半期|下半期|上期|下期)|(?<m1>${D}{1,2})[～〜~-](?<m2>${D}{1,2})月期)`, (g, c) => {
    if (g.q) return { type: 'DATE', value: quarterValue(c.ref.y, num(g.q)) };
    if (g.m2) return { type: 'DATE', value: quarterValue(c.ref.y, Math.ceil(num(g.m2) / 3)) };
    return { type: 'DATE', value: `${fmtYear(c.ref.y)}-H${g.h?.startsWith('上') ? 1 : 2}` };
  }),
];

/** "３", "十二", "二十" → number; NaN for "数" (some). */
function kanjiOrDigits(raw: string | undefined): number {
  const s = raw ?? '';
  const n = cjkNumber(s);
  if (!Number.isNaN(n) || !/^[一二三四五六七八九十]+$/.test(s)) return n;
  const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
  const t = s.includes('十') ? (tens ? cjkNumber(tens) : 1) : 0;
  const o = ones ? cjkNumber(ones) : 0;
  return t * 10 + o;
}
