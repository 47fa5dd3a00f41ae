// Pure proleptic-Gregorian date arithmetic on plain {y, m, d} values (UTC, no time zones).
import type { Ymd } from './types.ts';

const DAY_MS = 86_400_000;

export function toEpochDay(t: Ymd): number {
  return Math.floor(Date.UTC(t.y, t.m - 1, t.d) / DAY_MS);
}

export function fromEpochDay(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(t: Ymd, days: number): Ymd {
  return fromEpochDay(toEpochDay(t) + days);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(t: Ymd, months: number): Ymd {
  const total = t.y * 12 + (t.m - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return { y, m, d: Math.min(t.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(t: Ymd): number {
  return (toEpochDay(t) % 7 + 7 + 4) % 7;
}

/** ISO-8601 week-numbering year and week of a day. */
export function isoWeek(t: Ymd): { year: number; week: number } {
  const dow = (weekday(t) + 6) % 7; // Monday = 0
  const thursday = addDays(t, 3 - dow);
  const jan1 = toEpochDay({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((toEpochDay(thursday) - jan1) / 7) + 1 };
}

/** Monday of an ISO week. */
export function isoWeekStart(year: number, week: number): Ymd {
  const jan4 = { y: year, m: 1, d: 4 };
  const monday = addDays(jan4, -((weekday(jan4) + 6) % 7));
  return addDays(monday, (week - 1) * 7);
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return toEpochDay(a) - toEpochDay(b);
}
