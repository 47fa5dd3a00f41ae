// The day a clock time falls on: a date or weekday written after it ("10:35 a.m. Friday", "(0735 GMT) on Aug. 28"),
// the day of a second time it runs to, a conversion across midnight, or none for a time of every day.
import type { Ctx, Groups } from './grammar.ts';
import { MONTH, WEEKDAY, WEEKDAY_ABBR, ZONE, monthNumber, parseCount } from './lexicon.ts';
import { clockDay, midnightDraft } from './anchor.ts';
import { addDays, isValidDay } from './calendar.ts';
import { tenseAt } from './tense.ts';
import type { Draft, Tense, Ymd } from './types.ts';
import { HOUR, clockDraft, hour24 } from './value.ts';
import { yearForDay } from './year.ts';

// "10pm last night", "7.30am this morning" are one time too
export const TIME_DAY = `(?:${WEEKDAY}|today|yesterday|tomorrow|tonight|last\\s+night|this\\s+(?:morning|afternoon|evening))`;

// "3 p.m. local time Thursday", "9 a.m. Eastern time", "09:06 UK time"
export const ZONE_WORDS = `(?:${ZONE}|(?:local|Eastern|Central|Mountain|Pacific|UK|British|London)\\s+(?:(?:daylight|standard|summer)\\s+)?time\\b)`;

// a date written after a clock time, its groups prefixed: "Nov. 6", "Nov. 6, 2009", "6 November 2009", "23rd Aug 2010"
const tailDate = (p: string): string =>
  `(?<${p}mon>${MONTH})\\s+(?<${p}md>[0-3]?\\d)(?:st|nd|rd|th)?(?:,?\\s+(?<${p}y>(?:19|20)\\d\\d))?|(?<${p}dd>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?<${p}dmon>${MONTH})(?:,?\\s+(?<${p}dy>(?:19|20)\\d\\d))?`;

// what may follow a clock time: its day ("Tuesday", "Nov. 6", "Tuesday, 8 June 2010"), or a day after a
// parenthesis ("(0735 GMT) Friday", "(5 p.m. GMT) on Aug. 28"); a time inside the parenthesis takes that day too.
// A day after "on" dates the time but is its own expression, as TimeML keeps prepositions out of extents:
// "14.15 BST" and "Tuesday 21 September 2010" in "at 14.15 BST on Tuesday 21 September 2010"
const PAREN_DAY = (p: string): string => `\\s+(?:on\\s+)?(?:(?<${p}day>${TIME_DAY})|${tailDate(p)})`;
// ("4:30 PM Thu, 11 Jun 2009": a short weekday only before its date)
const NAMED_DAY = (p: string): string => `(?<${p}day>${TIME_DAY})(?:,?\\s+(?:${tailDate(`${p}w`)}))?|${WEEKDAY_ABBR},?\\s+(?:${tailDate(`${p}a`)})|${tailDate(p)}`;
// a page stamp "Tuesday, November 9, 2010; 9:09 PM" ends at its clock: a weekday after it opens the story ("Monday was …"),
// and a dateline's day after "Fri Jul 23, 2010 7:55 am EDT" is one of its own
export const DAY_TAIL = `(?:(?<!\\b(?:19|20)\\d\\d[;,]?\\s*[\\d:.]+\\s*(?:a\\.m\\.?|p\\.m\\.?|am|pm)(?:\\s+[A-Z]{2,4})?)(?:,?\\s+(?:${NAMED_DAY('')}))|(?=,?\\s+on\\s+(?:${NAMED_DAY('o')})\\b)|(?=\\s*\\([^)]{1,20}\\)${PAREN_DAY('p')})|(?=\\)${PAREN_DAY('q')})|)`;

// a BBC page stamp gives the time again as "09:58 UK" (written with a colon, so "the 2012 UK Games" stays a year)
export const UK_STAMP = String.raw`(?<=\d[:.]\d\d)(?<uk>\s+UK\b)`;
// "at 21:49", "woke at 0930": after a word of when, a colon time or a 24-hour one with a leading zero (which no year
// has) needs no zone; "2:1" alone may be a score or a ratio
export const AT_CLOCK = String.raw`(?<=\b(?:at|by|until|till|before|after|from|since|around|about|approximately)\s+(?:around\s+|about\s+|approximately\s+)?(?:[0-2]?\d:[0-5]\d|0\d[0-5]\d))(?![:\d])`;

// the prefixes of DAY_TAIL's groups: a date after the clock, "on" one, one after a bracket
const TAIL_GROUPS = ['', 'w', 'a', 'o', 'ow', 'oa', 'p', 'q'];
const OWN_GROUPS = ['', 'w', 'a', 'o', 'ow', 'oa'];
const hasTailDay = (g: Groups): boolean => TAIL_GROUPS.some((p) => g[`${p}day`] ?? g[`${p}mon`] ?? g[`${p}dmon`]);
// the first of two times shares the day of the second: "between 2am and 3am on 27 May", "midnight to noon on 27 June"
const CLOCK_THEN = new RegExp(String.raw`^\s*(?:and|to|until|till|-|–)\s*(?:(?:[01]?\d|2[0-4])(?:[:.][0-5]\d)?\s*(?:a\.m\.?|p\.m\.?|am|pm)|noon|midday|midnight)(?:\s+(?:${ZONE_WORDS}|[ECMP]T\b))?,?\s+(?:on\s+)?(?:${NAMED_DAY('')})\b`, 'iu');
export const nextClockDay = (g: Groups, c: Ctx): Groups => (hasTailDay(g) ? g : CLOCK_THEN.exec(c.text.slice(c.end, c.end + 80))?.groups ?? g);

// a weekday after a bracket may carry its date: "(2153 GMT) on Tuesday, 12 January" (apart: slow in DAY_TAIL)
const PAREN_WEEKDAY_DATE = new RegExp(String.raw`^[^)]{0,24}\)\s+(?:on\s+)?${WEEKDAY},?\s+(?:${tailDate('')})`, 'iu');

// the year of a date written after the clock is the date's own: "the polls close at 8 p.m. on Dec. 31" reads its
// side from the words before "Dec. 31", as the date's own tag does
function dayTense(c: Ctx, month: string): Tense {
  const at = month ? c.text.indexOf(month, c.end) : -1;
  return at >= 0 && at - c.end < 60 ? tenseAt(c.text, at, at + month.length) : c.tense();
}

// the session a closing price is quoted at: "in 4 p.m. New York Stock Exchange composite trading Thursday"
const TRADING_DAY = new RegExp(String.raw`^\s+(?:[A-Z][\w.&-]*\s+){0,4}(?:composite\s+)?trading(?:\s+on\s+the\s+(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)?,?\s+(yesterday|today|${WEEKDAY})\b`, 'iu');
/** The day of a clock time: the date or day written after it, else the one `clockDay` finds. */
export function tailDay(tail: Groups, c: Ctx): Ymd {
  const g = tail.pday ?? tail.qday ? { ...tail, ...PAREN_WEEKDAY_DATE.exec(c.text.slice(c.end, c.end + 80))?.groups } : tail;
  for (const p of TAIL_GROUPS) {
    const mon = monthNumber(g[`${p}mon`] ?? g[`${p}dmon`] ?? '');
    const d = Number(g[`${p}md`] ?? g[`${p}dd`]);
    const y = g[`${p}y`] ?? g[`${p}dy`];
    if (mon && isValidDay(y ? Number(y) : 2000, mon, d)) return { y: y ? Number(y) : yearForDay(c.ref, mon, d, dayTense(c, g[`${p}mon`] ?? g[`${p}dmon`] ?? '')), m: mon, d };
  }
  const day = g.day ?? g.oday ?? g.pday ?? g.qday ?? TRADING_DAY.exec(c.text.slice(c.end, c.end + 80))?.[1];
  return (day ? null : dayInBrackets(c)) ?? clockDay(c, day);
}

// "10 p.m. local time (0300 GMT on Friday)": the day in the brackets is the converted time's, so the local time is on
// the day before or after it when the two clocks straddle midnight
const GMT_DAY_AFTER = new RegExp(String.raw`^\s*\(\s*(?<h>[01]\d|2[0-3])[:.]?[0-5]\d\s*(?:GMT|UTC)\s*,?\s+(?:on\s+)?(?<wd>${WEEKDAY})\s*\)`, 'iu');
function dayInBrackets(c: Ctx): Ymd | null {
  const m = GMT_DAY_AFTER.exec(c.text.slice(c.end, c.end + 48));
  const local = m ? HOUR.exec(c.text.slice(c.start, c.end)) : null;
  if (!m || !local) return null;
  return acrossMidnight(clockDay(c, m.groups!.wd), hour24(Number(local[1]), local[2]) - Number(m.groups!.h));
}

/** The day of a clock `diff` hours from one on `day`: no zone is more than 12 hours from GMT, so beyond that the
 * two clocks lie either side of midnight. */
const acrossMidnight = (day: Ymd, diff: number): Ymd => (diff > 12 ? addDays(day, -1) : diff < -12 ? addDays(day, 1) : day);

export function noonDraft(g: Groups, c: Ctx): Draft | null {
  const tail = nextClockDay(g, c);
  const day = g.pre ? clockDay(c, g.pre) : tailDay(tail, c);
  return /midnight/i.test(g.w ?? '') ? midnightDraft(c, day, !!g.pre || hasTailDay(tail)) : clockDraft(12, 0, undefined, day);
}

export const hourNumber = (h: string): number => parseCount(h) ?? Number.NaN;

// the local time a conversion in brackets follows: "10:35 a.m. (", "1653 local time ("
const LOCAL_BEFORE = /\b([01]?\d|2[0-3])(?:[:.]?[0-5]\d)?\s*(?:([ap])\.?m\.?)?(?:\s+[A-Za-z]+){0,3}\s*\(\s*$/i;

/**
 * The day of a time converted in brackets, "(2000 GMT)": that of the local time before it, moved a day when the
 * conversion crosses midnight ("5 a.m. (2000 GMT)" in Seoul is the evening before). No zone is more than 12 hours from
 * GMT, so a difference beyond that is the other day.
 */
export function convertedDay(c: Ctx, hour: number, g: Groups): Ymd {
  const day = tailDay(g, c);
  const local = LOCAL_BEFORE.exec(c.text.slice(Math.max(0, c.start - 40), c.start));
  // a day written with the converted time is its own: "(0300 GMT on Friday)"
  if (!local || OWN_GROUPS.some((p) => g[`${p}day`] ?? g[`${p}mon`] ?? g[`${p}dmon`])) return day;
  return acrossMidnight(day, hour - hour24(Number(local[1]), local[2]));
}

// "broadcast daily at 0910 local time (1410 GMT)", "the daily show, on air from 0910 to 0930": a time of every day, on
// no day in particular (the clock times between are the same schedule's)
const DAILY_AT = /\b(?:daily|nightly|every\s+(?:day|morning|evening|night)|each\s+(?:day|morning|evening|night))\b[^.;\d]{0,30}\b(?:at|from|between)\s+(?:[\d:.]+\s*(?:[ap]\.?m\.?)?(?:\s+[A-Za-z]+){0,3}\s*(?:\(|and|to)\s*){0,3}$/i;
export const dailyTime = (g: Groups, c: Ctx): boolean => !hasTailDay(g) && DAILY_AT.test(c.text.slice(Math.max(0, c.start - 90), c.start));
