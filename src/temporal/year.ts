// Picking the year of a day or month given without one.
import { compareYmd, isValidDay } from './calendar.ts';
import type { Tense, Ymd } from './types.ts';

// Tense cues are noisy and news dates cluster around publication: a past clause may still name a day a few
// weeks ahead ("payable Dec. 1"), a future one a day just gone.
const SLACK_DAYS = 60;
// with no cue, a day up to about five months back is still the running story's ("the April 20 blast" in June)
const RECENT_DAYS = 150;
// how far after a day told with an earlier year a bare month and day still belongs to that year's story
const STORY_DAYS = 120;
// but a day this far (in characters) from that full date, and up to NEWS_DAYS before publication, is the news's own
const STORY_CHARS = 800;
const NEWS_DAYS = 60;

/**
 * Year for month/day: past → the latest not after ref (with slack), future → the earliest not before. With no cue:
 * the nearest within the slack, else a recent past one, else the publication year's: "the April 20 blast" in a
 * December story and "the season ends Nov. 30" in a June one are both this year's, "Sept. 16" in January last year's.
 */
export function yearForDay(ref: Ymd, m: number, d: number, tense: Tense, pastSlack = SLACK_DAYS): number {
  const candidates = [ref.y - 1, ref.y, ref.y + 1].filter((y) => isValidDay(y, m, d));
  if (candidates.length === 0) return ref.y;
  const cmp = (y: number): number => compareYmd({ y, m, d }, ref);
  if (tense === 'past') return candidates.filter((y) => cmp(y) <= pastSlack).pop() ?? ref.y;
  if (tense === 'future') return candidates.find((y) => cmp(y) >= -SLACK_DAYS) ?? ref.y;
  const nearest = nearestYear(ref, m, d);
  if (Math.abs(cmp(nearest)) <= SLACK_DAYS) return nearest;
  const recent = candidates.find((y) => cmp(y) < 0 && cmp(y) >= -RECENT_DAYS);
  return recent ?? (candidates.includes(ref.y) ? ref.y : nearest);
}

/** The year putting a month and day nearest publication, either side: "finances the government through Jan. 15". */
export function nearestYear(ref: Ymd, m: number, d: number): number {
  const candidates = [ref.y - 1, ref.y, ref.y + 1].filter((y) => isValidDay(y, m, d));
  if (candidates.length === 0) return ref.y;
  const dist = (y: number): number => Math.abs(compareYmd({ y, m, d }, ref));
  return candidates.reduce((best, y) => (dist(y) < dist(best) ? y : best));
}

// "the quarter ended Oct. 31": a period said to have ended is over, so its last day is not after publication
export const ENDED_BEFORE = /\b(?:ended|expired)\s+(?:on\s+)?$/i;

/** Year of a month and day that closes a period already over ("ended Oct. 31"): no slack past publication. */
export function endedYear(ref: Ymd, m: number, d: number): number {
  return yearForDay(ref, m, d, 'past', 0);
}

/** Two-digit years: 00-49 → 2000s, 50-99 → 1900s. */
export function fullYear(raw: string): number {
  const n = Number(raw.replace(/^'/, ''));
  if (raw.replace(/^'/, '').length > 2) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

/** The year of "this/last/next year" from publication, or of "that year"/"the previous year" from the date last talked about (if any). */
export function namedYear(rel: string | undefined, ref: Ymd, lastYear: number | undefined): number | undefined {
  const r = rel?.toLowerCase().replace(/\s+/g, ' ');
  if (!r) return undefined;
  if (r === 'that') return lastYear;
  // "the previous year", "the following year": from the year last talked about, else from publication
  if (r.startsWith('the ')) return (lastYear ?? ref.y) + (r === 'the previous' ? -1 : r === 'the following' ? 1 : 0);
  return ref.y + (r === 'last' ? -1 : r === 'next' ? 1 : 0);
}

/**
 * A month and day told after a full date of an earlier year continue that story: "on December 16, 2010 … she
 * returned on December 27" in a story of 2012 is 2010's, when the day falls within a few months after the one told
 * unless it is far from that date and the day is one of the last few weeks'.
 */
export function storyYear(last: { y: number; m?: number; d?: number; end?: number } | undefined, ref: Ymd, m: number, d: number, at: number): number | undefined {
  if (!last?.m || !last.d || last.y >= ref.y || !isValidDay(last.y, m, d)) return undefined;
  // far from that date, a day of the last few weeks reads as the news it is: "the Global Forum on June 29" (July)
  const lately = isValidDay(ref.y, m, d) ? compareYmd(ref, { y: ref.y, m, d }) : -1;
  if (last.end !== undefined && at - last.end > STORY_CHARS && lately >= 0 && lately <= NEWS_DAYS) return undefined;
  const after = compareYmd({ y: last.y, m, d }, { y: last.y, m: last.m, d: last.d });
  return after >= 0 && after <= STORY_DAYS ? last.y : undefined;
}

// "the 2009 pandemic, when the virus spread through the spring", "in 2005, when talks dragged on until November": a
// month or season in a "when" clause right after a year is that year's (not across ", and" or a modal: "in 2009, when
// he took office, and will retire in March")
const WHEN_AFTER_YEAR = /(?<![\d$.,])((?:19|20)\d\d)(?![\d%])(?:(?!(?:19|20)\d\d)[^.;!?]){0,40},\s+when\s+[^.;!?]*$/;
const WHEN_CLAUSE_ENDS = /,\s+(?:and|but)\s|\b(?:will|would|could|may|might|'ll)\b/;
export function whenYear(text: string, start: number): number | undefined {
  // (a search in the window only: a backward search over the whole text runs for every month)
  const before = text.slice(Math.max(0, start - 160), start);
  if (!before.includes(' when ')) return undefined;
  const m = WHEN_AFTER_YEAR.exec(before);
  return m && !WHEN_CLAUSE_ENDS.test(m[0].slice(m[0].lastIndexOf(' when '))) ? Number(m[1]) : undefined;
}

/** "took office the following January", "the tsunami the previous December": counted from the date last talked about,
 * when one was (a year alone counts as all of it: "elected in 2003 … the following January" is 2004's). */
export function besideYear(shift: string | undefined, month: number, last: { y: number; m?: number; end: number } | undefined, at: number): number | undefined {
  const s = shift?.toLowerCase().replace(/\s+/g, ' ');
  if (!last || at - last.end > 400 || (s !== 'the following' && s !== 'the previous')) return undefined;
  if (s === 'the following') return last.m && month > last.m ? last.y : last.y + 1;
  return last.m && month < last.m ? last.y : last.y - 1;
}
