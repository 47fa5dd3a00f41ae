// TIMEX3 value strings: formatting and reading back their precision.
import { isValidDay, isoWeek } from './calendar.ts';
import type { Draft, Precision, TimexType, Ymd } from './types.ts';

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

// a year before 1 AD is written as TIMEX2 and HeidelTime write it, "BC" and the year BC: "2,500 years ago" → "BC0481"
export const fmtYear = (y: number): string => (y < 1 ? `BC${pad(1 - y, 4)}` : pad(y, 4));
export const fmtMonth = (y: number, m: number): string => `${fmtYear(y)}-${pad(m)}`;
export const fmtDay = (t: Ymd): string => `${fmtMonth(t.y, t.m)}-${pad(t.d)}`;

/** A DATE for a day the calendar has; none for "Feb. 30", "2월 30일" (a typo in a feed must not become a date). */
export function dayDraft(y: number, m: number, d: number): Draft | null {
  return isValidDay(y, m, d) ? { type: 'DATE', value: fmtDay({ y, m, d }) } : null;
}

/** A clock time on a day (or on no day in particular), with "am"/"pm" read into the hour. */
/** The hour of a clock time and its a.m./p.m. letter: "10:35 a.m." → 10, "a"; "0349" → 03. */
export const HOUR = /(\d{1,2})(?:[:.]?\d\d)?\s*(?:([ap])\.?m\b)?/i;
/** The 24-hour clock of an hour written with its a.m./p.m. letter, or none. */
export const hour24 = (n: number, ap: string | undefined): number => (ap ? (n % 12) + (ap.toLowerCase() === 'p' ? 12 : 0) : n);

export function clockDraft(h: number, mi: number, ap: string | undefined, day: Ymd | null): Draft | null {
  const pm = /^p/i.test(ap ?? '');
  const hour = ap ? (h % 12) + (pm ? 12 : 0) : h;
  if (hour > 24 || mi > 59) return null;
  return { type: 'TIME', value: `${day ? fmtDay(day) : 'XXXX-XX-XX'}T${pad(hour)}:${pad(mi)}` };
}

export function fmtWeek(t: Ymd): string {
  const w = isoWeek(t);
  return `${fmtYear(w.year)}-W${pad(w.week)}`;
}

export const SEASON_CODES = ['SP', 'SU', 'FA', 'WI'] as const;
export type SeasonCode = (typeof SEASON_CODES)[number];

/** Precision of a TIMEX3 value, read from its shape. */
export function precisionOf(value: string, type: TimexType): Precision {
  if (type === 'DURATION') return 'duration';
  if (/_REF$/.test(value)) return 'ref';
  if (/T/.test(value) && /^\d{4}-\d\d-\d\dT/.test(value)) return 'time';
  if (/^\d{4}-\d\d-\d\d$/.test(value)) return 'day';
  if (/^\d{4}-W\d\d/.test(value)) return 'week';
  if (/^\d{4}-\d\d$/.test(value)) return 'month';
  if (/^\d{4}-(SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/^\d{4}-Q\d$/.test(value)) return 'quarter';
  if (/^\d{4}-H\d$/.test(value)) return 'half';
  if (/^(?:\d{4}|BC\d{4,})$/.test(value)) return 'year';
  if (/^\d{3}$/.test(value)) return 'decade';
  if (/^\d{2}$/.test(value)) return 'century';
  return 'unknown';
}

/** Duration value: `P2Y`, `PT3H`, `PXD` (count unknown). */
export function fmtDuration(count: number | null, unit: string): string {
  const n = count === null ? 'X' : formatCount(count);
  const timeUnit = unit === 'H' || unit === 'MIN' || unit === 'S';
  const letter = unit === 'MIN' ? 'M' : unit;
  return timeUnit ? `PT${n}${letter}` : `P${n}${letter}`;
}

function formatCount(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}
