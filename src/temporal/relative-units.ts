// "this week", "last month", "the following year", "the past decade": a unit of the calendar counted from publication
// or from the date last talked about.
import { addDays, addMonths, weekday } from './calendar.ts';
import type { Ctx, Groups } from './grammar.ts';
import { SEASONS, monthNumber } from './lexicon.ts';
import { resolveMonthYear, resolveSeasonYear, type Shift } from './resolve.ts';
import type { Draft, Ymd } from './types.ts';
import { fmtMonth, fmtWeek, fmtYear } from './value.ts';

export function shiftOf(word: string | undefined): Shift {
  const w = (word ?? '').toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '');
  if (/^(last|past|this past|previous)$/.test(w)) return 'last';
  if (/^(next|this coming|coming|following)$/.test(w)) return 'next';
  if (/^(this|current)$/.test(w)) return 'this';
  return null;
}

/** "It happened the next year", "his family arrived the next year": told in the past after a year, the year after it. */
export function toldNextYear(g: Groups, c: Ctx): Draft | null {
  if (!/^the\s+next$/i.test(g.shift ?? '') || !/^year$/i.test(g.u ?? '')) return null;
  const last = c.doc.last;
  return last && last.y < c.ref.y && c.tense() === 'past' ? { type: 'DATE', value: fmtYear(last.y + 1) } : null;
}

/** "the following year" counts from the date last talked about; "next year" from publication. */
export function anchorFor(shift: string | undefined, unit: string | undefined, c: Ctx): Ymd {
  const last = c.doc.last;
  if (!last || !/following|previous/i.test(shift ?? '')) return c.ref;
  if (/year/i.test(unit ?? '')) return { y: last.y, m: 6, d: 15 };
  if (/month/i.test(unit ?? '') && last.m) return { y: last.y, m: last.m, d: 15 };
  // "in the week ended May 8 … The previous week's level": the week before the day's
  if (/week/i.test(unit ?? '') && last.m && last.d) return { y: last.y, m: last.m, d: last.d };
  return c.ref;
}

/**
 * A Sunday paper's "this week" with a verb of the future is the week that starts the next day ("BP will this week
 * reveal"); a weekend paper's "this past week" is the one ending then (the day a week on, less the week "past" takes).
 */
export function weekAnchor(g: Groups, c: Ctx): Ymd | undefined {
  if (!/^week$/i.test(g.u ?? '')) return undefined;
  if (/^this$/i.test(g.shift ?? '') && weekday(c.ref) === 0 && c.tense() === 'future') return addDays(c.ref, 1);
  return /^this\s+past$/i.test(g.shift ?? '') && weekday(c.ref) % 6 === 0 ? addDays(c.ref, 7) : undefined;
}

/** this/last/next week, month, year, decade, century, weekend. */
export function unitRelative(shiftWord: string, unitWord: string, ref: Ymd): Draft | null {
  const s = shiftOf(shiftWord);
  const n = s === 'last' ? -1 : s === 'next' ? 1 : 0;
  const u = unitWord.toLowerCase();
  // "over the past week", "in the next month": the week or month up to now or from now, not one of the calendar
  // (the blind annotators write P1W or P1M 33 times in 36); "the past year" stays the calendar year, as TimeBank has it
  if ((u === 'week' || u === 'month') && /^the\s+(?:past|last|next|coming)$/i.test(shiftWord)) {
    return { type: 'DURATION', value: u === 'week' ? 'P1W' : 'P1M', direction: n < 0 ? 'past' : 'future' };
  }
  if (u === 'week') return { type: 'DATE', value: fmtWeek(addDays(ref, 7 * n)) };
  // "the next fortnight" is the two weeks ahead; TIMEX3 has no fortnight of the calendar
  if (u === 'fortnight') return { type: 'DURATION', value: 'P2W', ...(n ? { direction: n < 0 ? 'past' : 'future' } : {}) };
  if (u === 'month') {
    const d = addMonths(ref, n);
    return { type: 'DATE', value: fmtMonth(d.y, d.m) };
  }
  // "in the coming year" is the twelve months ahead (blind annotators write P1Y 4 times in 4); "next year" stays the calendar's
  if (u === 'year' && /^the\s+coming$/i.test(shiftWord)) return { type: 'DURATION', value: 'P1Y', direction: 'future' };
  if (u === 'year') return { type: 'DATE', value: fmtYear(ref.y + n) };
  // "the past decade" runs up to now, ten years long, and "the next decade" from now; "the last decade" is the decade
  // before this one, and "the next century" the one after this
  if (/past/i.test(shiftWord) && (u === 'decade' || u === 'century')) return { type: 'DURATION', value: u === 'decade' ? 'P10Y' : 'P100Y', direction: 'past' };
  if (/next|coming/i.test(shiftWord) && u === 'decade') return { type: 'DURATION', value: 'P10Y', direction: 'future' };
  if (u === 'decade') return { type: 'DATE', value: String(Math.floor(ref.y / 10) + n) };
  if (u === 'century') return { type: 'DATE', value: String(Math.floor(ref.y / 100) + n) };
  return null;
}

/** "that year", "that same month", "that September", "that summer": in the year (or month) last talked about. */
export function thatPeriod(g: Groups, c: Ctx): Draft | null {
  const last = c.doc.last;
  // with no year told before, a month or season is read as a bare one would be
  const mon = g.mon ? monthNumber(g.mon) : undefined;
  if (mon) return { type: 'DATE', value: fmtMonth(last?.y ?? resolveMonthYear(c.ref, mon, c.tense(), null), mon) };
  const code = g.s ? SEASONS[g.s.toLowerCase()] : undefined;
  if (code) return { type: 'DATE', value: `${fmtYear(last?.y ?? resolveSeasonYear(c.ref, code, c.tense(), null))}-${code}` };
  if (!last || (g.u?.toLowerCase() === 'month' && !last.m)) return null;
  return { type: 'DATE', value: g.u?.toLowerCase() === 'month' ? fmtMonth(last.y, last.m ?? 1) : fmtYear(last.y) };
}

// "said that May would be hot", "now that winter has come": a "that" after these opens a clause, it points at nothing
const THAT_OPENS = /\b(?:said|says|say|told|tells|announced|reported|believes?|believed|thinks?|thought|knows?|knew|noted|added|stated|argued|hoped|expects?|expected|predicted|warned|feared|insisted|claimed|agreed|decided|found|shows?|showed|means?|meant|suggests?|suggested|so|such|now|given|hope|fear|warn|ensure|ensured|is|was|are|were)\s+$/i;
/** A month in its capital (not "that may"), "that fall"/"that spring" only after a preposition ("broke a leg in that fall"
 * stays a tumble otherwise), and none of them after a word that makes "that" open a clause. */
export function thatPeriodOk(g: Groups, m: RegExpExecArray, text: string): boolean {
  if (!g.mon && !g.s) return true;
  const before = text.slice(Math.max(0, m.index - 14), m.index);
  if (THAT_OPENS.test(before)) return false;
  if (g.mon) return /^[A-Z][a-z]/.test(g.mon);
  return !/^(?:fall|spring)$/i.test(g.s ?? '') || /\b(?:in|during|by|until|till|since|through|throughout)\s+$/i.test(before);
}
