// Calendar span of a DATE value: its first and last day, and the finest of day/month/year that holds it.
//
// Decisions: a week, quarter, half, season, decade or range is covered by its first and last day, and `date`
// is named at the finest of day/month/year whose unit contains the whole span (a week inside June → '2023-06',
// 2024-H1 → '2024'). A span crossing a year boundary (winter, decades, "2014-2016") is named by its first year
// with precision 'year'. START/MID/END narrow the span to its first, middle or last third (a year's
// START is January-April; a month's END is the 21st to its last day).
import { addDays, addMonths, daysInMonth, isoWeekStart, toEpochDay, fromEpochDay } from './calendar.ts';
import type { Timex, Ymd } from './types.ts';
import { fmtDay, fmtMonth, fmtYear } from './value.ts';

export interface CalendarSpan {
  date: string;
  precision: 'day' | 'month' | 'year';
  start: string;
  end: string;
}

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

function monthSpan(y: number, m1: number, m2: number): [Ymd, Ymd] {
  const endY = y + Math.floor((m2 - 1) / 12);
  const endM = ((m2 - 1) % 12) + 1;
  return [{ y, m: m1, d: 1 }, { y: endY, m: endM, d: daysInMonth(endY, endM) }];
}

/** First and last day covered by a calendar value, or null for refs, durations and unknown parts. */
export function valueBounds(value: string): [Ymd, Ymd] | null {
  let m = /^(\d{4})-(\d\d)-(\d\d)(?:T.*)?$/.exec(value);
  if (m) {
    const t = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
    return [t, t];
  }
  if ((m = /^(\d{4})-(\d\d)$/.exec(value))) return monthSpan(+m[1]!, +m[2]!, +m[2]!);
  if ((m = /^(\d{4})-W(\d\d)(-WE)?$/.exec(value))) {
    const mon = isoWeekStart(+m[1]!, +m[2]!);
    return m[3] ? [addDays(mon, 5), addDays(mon, 6)] : [mon, addDays(mon, 6)];
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return monthSpan(+m[1]!, +m[2]! * 3 - 2, +m[2]! * 3);
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return monthSpan(+m[1]!, +m[2]! * 6 - 5, +m[2]! * 6);
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const [a, b] = SEASON_MONTHS[m[2]!]!;
    return monthSpan(+m[1]!, a, b);
  }
  if ((m = /^(\d{4})$/.exec(value))) return monthSpan(+m[1]!, 1, 12);
  if ((m = /^BC(\d{4,})$/.exec(value))) return monthSpan(1 - +m[1]!, 1, 12);
  if ((m = /^(\d{3})$/.exec(value))) return [{ y: +m[1]! * 10, m: 1, d: 1 }, { y: +m[1]! * 10 + 9, m: 12, d: 31 }];
  if ((m = /^(\d{2})$/.exec(value))) return [{ y: +m[1]! * 100, m: 1, d: 1 }, { y: +m[1]! * 100 + 99, m: 12, d: 31 }];
  return null;
}

/** Whole months from a's month to b's month when [a, b] is exactly those months, else 0. */
function wholeMonths(a: Ymd, b: Ymd): number {
  if (a.d !== 1 || b.d !== daysInMonth(b.y, b.m)) return 0;
  return (b.y - a.y) * 12 + b.m - a.m + 1;
}

/** START/MID/END keep the first, middle or last third: by months (Jan-Apr of a year), else by days. */
function narrow([a, b]: [Ymd, Ymd], mod: Timex['mod']): [Ymd, Ymd] {
  if (mod !== 'START' && mod !== 'MID' && mod !== 'END') return [a, b];
  const months = wholeMonths(a, b);
  if (months >= 3 && months % 3 === 0) {
    const k = months / 3;
    const from = mod === 'START' ? 0 : mod === 'MID' ? k : 2 * k;
    const first = addMonths(a, from);
    const last = addMonths(a, from + k - 1);
    return [first, { ...last, d: daysInMonth(last.y, last.m) }];
  }
  const s = toEpochDay(a);
  const e = toEpochDay(b);
  const third = Math.floor((e - s + 1) / 3);
  if (third < 1) return [a, b];
  if (mod === 'START') return [a, fromEpochDay(s + third - 1)];
  if (mod === 'END') return [fromEpochDay(s + 2 * third), b];
  return [fromEpochDay(s + third), fromEpochDay(s + 2 * third - 1)];
}

export function calendarSpan(t: Pick<Timex, 'value' | 'mod' | 'range'>): CalendarSpan | null {
  let bounds = valueBounds(t.value);
  if (!bounds) return null;
  if (t.range) {
    const a = valueBounds(t.range.start);
    const b = valueBounds(t.range.end);
    if (a && b) bounds = [a[0], b[1]];
  }
  const [a, b] = narrow(bounds, t.mod);
  const start = fmtDay(a);
  const end = fmtDay(b);
  if (/^\d{4}-\d\d-\d\d/.test(t.value) && start === end) return { date: start, precision: 'day', start, end };
  if (a.y === b.y && a.m === b.m) return { date: fmtMonth(a.y, a.m), precision: 'month', start, end };
  return { date: fmtYear(a.y), precision: 'year', start, end };
}
