// Resolution of relative calendar references against the publication day, using the clause's tense.
import { addDays, addMonths, weekday } from './calendar.ts';
import type { Tense, Ymd } from './types.ts';

/** 'last'/'next'/'this' as written before a weekday, month or season, or null when bare. */
export type Shift = 'last' | 'next' | 'this' | null;

/** A weekday: bare ones follow the tense (past → most recent incl. today, future → next incl. today). */
export function resolveWeekday(ref: Ymd, wd: number, tense: Tense, shift: Shift): Ymd {
  const diff = (wd - weekday(ref) + 7) % 7; // days forward to the next such weekday (0 = today)
  const back = diff === 0 ? 0 : diff - 7;
  if (shift === 'next') return addDays(ref, diff === 0 ? 7 : diff);
  if (shift === 'last') return addDays(ref, back === 0 ? -7 : back);
  if (shift === 'this') return addDays(ref, diff);
  if (tense === 'future' || (tense === 'near' && diff < -back)) return addDays(ref, diff);
  if (tense === 'reported') return addDays(ref, diff === 6 ? -1 : diff);
  // no cue: the latest such day, unless the next is only a day or two ahead ("to watch the game Saturday" on a Friday)
  if (tense === 'unknown' && diff > 0 && diff <= 2) return addDays(ref, diff);
  return addDays(ref, back);
}

/**
 * Year of a month named without one: past → the latest not after publication, future → the next not before.
 * `nearest` (the end of a window, "through January") takes whichever occurrence is closer when no tense decides.
 */
export function resolveMonthYear(ref: Ymd, month: number, tense: Tense, shift: Shift, nearest = false): number {
  if (shift === 'last') return month < ref.m ? ref.y : ref.y - 1;
  if (shift === 'next') return month > ref.m ? ref.y : ref.y + 1;
  if (shift === 'this') return ref.y;
  if (tense === 'past') return month <= ref.m ? ref.y : ref.y - 1;
  if (tense === 'future') return month >= ref.m ? ref.y : ref.y + 1;
  // no cue: news mostly reports what has happened, so the latest such month unless the next is very close
  const forward = (month - ref.m + 12) % 12;
  // a clause open both ways ("planned to visit in March") takes the nearer occurrence
  if (forward > 0 && forward <= (nearest || tense === 'near' ? 5 : 2)) return month > ref.m ? ref.y : ref.y + 1;
  return month <= ref.m ? ref.y : ref.y - 1;
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Year of a season; winter belongs to the year it starts in. */
export function resolveSeasonYear(ref: Ymd, season: string, tense: Tense, shift: Shift): number {
  const start = SEASON_START[season] ?? 1;
  // the season "containing" January/February is last year's winter
  const current = ref.m < 3 ? { y: ref.y - 1, s: 12 } : { y: ref.y, s: Math.floor(ref.m / 3) * 3 };
  const cur = current.y * 12 + current.s;
  const sameYear = current.y * 12 + start;
  const candidates = [sameYear - 12, sameYear, sameYear + 12];
  let pick: number;
  if (shift === 'last' || (shift === null && tense === 'past')) {
    pick = candidates.filter((c) => (shift === 'last' ? c < cur : c <= cur)).pop() ?? sameYear - 12;
  } else if (shift === 'next' || (shift === null && tense === 'future')) {
    pick = candidates.find((c) => (shift === 'next' ? c > cur : c >= cur)) ?? sameYear + 12;
  } else {
    // "should be released this spring", said in November: the spring still to come (not said in June, when the
    // spring just ended may still be meant)
    // "was choked by smog this winter", said in March: the winter just ended, which began the December before
    if (season === 'WI' && ref.m >= 3 && ref.m <= 4 && tense === 'past') pick = sameYear - 12;
    else pick = shift === 'this' && tense === 'future' && sameYear + 3 < cur ? sameYear + 12 : sameYear;
  }
  return Math.floor((pick - 1) / 12);
}

/** A day a number of units before (negative) or after the reference day. */
export function shiftDay(ref: Ymd, unit: string, n: number): Ymd {
  if (unit === 'D') return addDays(ref, n);
  if (unit === 'W') return addDays(ref, 7 * n);
  if (unit === 'M') return addMonths(ref, n);
  if (unit === 'Q') return addMonths(ref, 3 * n);
  if (unit === 'Y') return addMonths(ref, 12 * n);
  if (unit === 'E') return addMonths(ref, 120 * n);
  if (unit === 'C') return addMonths(ref, 1200 * n);
  return ref;
}

/** Quarter number (1-4) of a day. */
export const quarterOf = (t: Ymd): number => Math.floor((t.m - 1) / 3) + 1;
