// English rules for days and weeks named by their place in a month or an event: "the last Thursday of November",
// "the first week of August", "the eighth day of Desert Shield", "Oct. 12, the day before the plunge", "the day of his
// death"; and the night just gone.
import { addDays, compareYmd, daysInMonth, weekday } from './calendar.ts';
import { clockDay, lastDay } from './anchor.ts';
import { ORDINAL_DAY } from './en-dates.ts';
import { PART, withPart } from './en-relative.ts';
import { eventDay } from './events.ts';
import { inTitle, rule, type Ctx, type Rule } from './grammar.ts';
import { MONTH, ORDINALS, WEEKDAY, monthNumber, weekdayNumber } from './lexicon.ts';
import { resolveMonthYear } from './resolve.ts';
import type { Ymd } from './types.ts';
import { fmtDay, fmtWeek } from './value.ts';

// what a counted day may be of without being an event's: "the first day of March", "of the month", "of spring", "of school"
const CALENDAR_OF = `(?:the\\s+)?(?:${MONTH}|\\d|month|year|week|spring|summer|autumn|fall|winter|school|term|ramadan|lent|passover|hanukkah|christmas)\\b`;
// "the day before Christmas", "the day after last Tuesday's vote": a day counted from a date, joined to it later
const DAY_OFF_DATE = new RegExp(`^\\s+(?:before|after)\\s+(?:${MONTH}|${WEEKDAY}|\\d|yesterday|tomorrow|today|last|this|next|christmas|new\\s+year|thanksgiving|easter|election\\s+day)`, 'i');

// "overnight Friday" (the weekday's), "an overnight bag", "overnight interest rates" (no night in particular)
const NOT_OVERNIGHT_AFTER = new RegExp(`^\\s+(?:${WEEKDAY}|yesterday|tonight|tomorrow|case|bag|stay|maintenance|solution|success|sensation|star|parking|trip|flights?|messengers?|couriers?|deliver(?:y|ies)|shipping|express|mail|packages?|parcels?|(?:interest\\s+)?rates?|lending|loans?|borrowing|repos?|deposits?|funds?|index|money|markets?)\\b`, 'i');

// what a part of the day may name without a day ("fell in afternoon trading", "an evening conference call"), and a day
// written right after it ("in morning trading in London yesterday", not "in morning trading, having gained on Monday")
// (lower case: "The Evening Session" is a programme)
const SESSION_AFTER = /^\s+(?:trading|trade|sessions?|dealings|meeting|hearing|briefing|(?:news|press)\s+conference|conference\s+call)\b/;
const DAY_LATER = new RegExp(`^\\s+[a-z]+(?:\\s+(?:session|call|conference))?(?:\\s+in(?:\\s+[A-Z][\\w.]*){1,2})?(?:\\s+on)?\\s+(yesterday|today|${WEEKDAY})\\b`, 'i');

// a disaster a day count is of; not "the third day of hearings", which started on a day of their own
const DISASTER = /\b(?:spill|disaster|crisis|leak|gusher|catastrophe|tragedy|explosion|blast|blowout|(?:earth)?quake)\b/i;
function countedDay(c: Ctx, span: string): Ymd | null {
  const start = c.doc.events?.['*'];
  const n = Number(/(\d{1,3})(?:st|nd|rd|th)/.exec(span)?.[1] ?? ORDINALS[/^(?:the|its)\s+(\w+)/i.exec(span)?.[1]?.toLowerCase() ?? ''] ?? 0);
  const left = c.text.slice(Math.max(0, c.start - 120), c.start).split(/[.!?]\s+/).at(-1) ?? '';
  const right = c.text.slice(c.end, c.end + 60).split(/[.!?]\s/)[0] ?? '';
  if (!start || n < 2 || !DISASTER.test(`${left} ${right}`)) return null;
  const day = addDays(start, n - 1);
  return compareYmd(day, c.ref) <= 0 ? day : null;
}

export const EN_DAY_RULES: Rule[] = [
  // "the last Thursday of November", "the second Tuesday in March 2011": that day of that month; "the last Tuesday of
  // the month", a standing rule, names no day (and is no "last Tuesday")
  rule(
    'weekday-of-month',
    `the\\s+(?<ord>first|second|third|fourth|last|1st|2nd|3rd|4th)\\s+(?<wd>${WEEKDAY})\\s+(?:of|in)\\s+(?:(?<mon>${MONTH})(?:,?\\s+(?<y>(?:19|20)\\d\\d))?|(?:the|(?<every>each|every))\\s+month)`,
    (g, c) => {
      // "the first Tuesday of every month" recurs monthly
      if (g.every) return { type: 'SET', value: 'P1M' };
      const m = monthNumber(g.mon ?? '');
      const wd = weekdayNumber(g.wd ?? '');
      if (!m || wd === undefined) return null;
      const y = g.y ? Number(g.y) : resolveMonthYear(c.ref, m, c.tense(), null);
      const ord = g.ord!.toLowerCase();
      if (ord === 'last') {
        const end = { y, m, d: daysInMonth(y, m) };
        return { type: 'DATE', value: fmtDay(addDays(end, -((weekday(end) - wd + 7) % 7))) };
      }
      const first = { y, m, d: 1 };
      const n = ORDINALS[ord] ?? 1;
      return { type: 'DATE', value: fmtDay(addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (n - 1))) };
    },
  ),
  // "the first week of August", "the last week of March 2011": the ISO week holding the fourth day of that stretch,
  // so the one with most of its days in the month
  rule(
    'week-of-month',
    `the\\s+(?<ord>first|second|third|fourth|last|final)\\s+week\\s+(?:of|in)\\s+(?<mon>${MONTH})(?:,?\\s+(?<y>(?:19|20)\\d\\d))?`,
    (g, c) => {
      const m = monthNumber(g.mon ?? '');
      if (!m) return null;
      const y = g.y ? Number(g.y) : resolveMonthYear(c.ref, m, c.tense(), null);
      const ord = g.ord!.toLowerCase();
      const d = ord === 'last' || ord === 'final' ? daysInMonth(y, m) - 3 : 7 * ((ORDINALS[ord] ?? 1) - 1) + 4;
      return { type: 'DATE', value: fmtWeek({ y, m, d }) };
    },
  ),
  // a day counted within an event: "today is the eighth day of Desert Shield", "now in its 63rd day", "Day 82 of the
  // spill"; set beside a date it is that date ("Oct. 12, the day before the plunge", "Wednesday, the 85th day of the
  // disaster"). Told in the past it is mostly the day before publication ("It was the second day of hearings"); ahead
  // ("by day 360 of the spill") it needs a count from the event's start, which the text seldom gives
  rule(
    'event-day',
    `(?:the|its)\\s+(?:${ORDINAL_DAY}|\\d{1,3}(?:st|nd|rd|th))\\s+(?:straight\\s+|consecutive\\s+|full\\s+)?day(?:(?=\\s+of\\s+(?!${CALENDAR_OF}))|(?<=its\\s+\\S+\\s+day)(?![\\w-]))|Day\\s+\\d{1,3}(?=\\s+of\\s)|(?<app>the\\s+(?<part>day|${PART}))(?=\\s+(?:before|after|of|when|that|he|she|they|it|the|his|her|their|its)\\s|\\s+\\w)`,
    (g, c) => {
      const last = c.doc.last;
      const day = lastDay(c);
      const part = g.part?.toLowerCase() === 'day' ? undefined : g.part;
      if (last && day && /^\s*(?:,|-{1,2}|—|–)\s*$/.test(c.text.slice(last.end, c.start))) return withPart(day, part);
      if (g.app) {
        // "the day of his death", "the day after the quake", "the night the rig exploded": the day the story gave it
        const e = eventDay(c.doc.events, c.text.slice(c.end, c.end + 80));
        return e ? withPart(addDays(e.day, e.shift), part) : null;
      }
      // "from the first day of the disaster" is its start, "in its first day" a length
      const before = c.text.slice(Math.max(0, c.start - 12), c.start);
      if (/\b(?:from|since)\s+$/i.test(before) || /^its\s+first\b/i.test(c.text.slice(c.start, c.end))) return null;
      // "the spill, now in its 63rd day", "on the 107th day of the disaster": counted from the disaster's day when the
      // story gave it ("the April 20 explosion")
      const counted = countedDay(c, c.text.slice(c.start, c.end));
      if (counted) return { type: 'DATE', value: fmtDay(counted) };
      // "It's the second day of an offensive", "now in its 63rd day", "as the crisis entered its 60th day": today,
      // whatever the rest of the clause says
      if (/(?:\b(?:is|now\s+in|enter(?:s|ed|ing)|marks)|['’]s)\s+$/i.test(before)) return { type: 'DATE', value: fmtDay(c.ref) };
      const tense = c.tense();
      if (tense === 'future' || tense === 'near' || tense === 'reported') return null;
      return { type: 'DATE', value: fmtDay(addDays(c.ref, tense === 'past' ? -1 : 0)) };
    },
    // "Day 82" only capitalised: "day 87" may be a count ("on day 87 of the trial" is rare next to "per day 87 …")
    // "the day" before a name only capitalised ("the day Jackson died"); "the day before Christmas" is left to the
    // holiday it counts from
    (g, m, text) => {
      if (g.app === undefined) return !/^day/.test(m[0]);
      // "The Day That Lehman Died" is a title
      if (/\s\p{Lu}/u.test(m[0])) return false;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      return !DAY_OFF_DATE.test(after) && (/^\s+(?:before|after|of|when|that|he|she|they|it|the|his|her|their|its)\s/i.test(after) || /^\s+\p{Lu}/u.test(after));
    },
  ),
  // "a procedure midweek", "by mid-week": the middle of this week; told in the past early in a week, of the last one,
  // and ahead at a weekend, of the next
  rule('midweek', 'mid-?week', (_g, c) => {
    const wd = weekday(c.ref), tense = c.tense();
    const shift = tense === 'past' && (wd === 1 || wd === 2) ? -7 : tense !== 'past' && (wd === 0 || wd === 6) ? 7 : 0;
    return { type: 'DATE', value: fmtWeek(addDays(c.ref, shift)), mod: 'MID' };
  }),
  // "He arrived from Mexico on the 22nd,": a day of the month last talked about, or of this month (of the month before
  // if that day is still ahead in a clause not about the future); "the 22nd floor" is no day
  rule('bare-ordinal-day', '(?<=\\b(?:on|by|until|till|since)\\s+the\\s+)(?<d>[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)(?=\\s*(?:[.,;:!?)"”]|$))', (g, c) => {
    const d = Number(g.d);
    const last = c.doc.last;
    let { y, m } = last?.m ? { y: last.y, m: last.m } : c.ref;
    const ahead = /\b(?:will|'ll|shall|would|going\s+to|due|expected|scheduled|set)\b/i.test(c.text.slice(Math.max(0, c.start - 60), c.start).split(/[.!?;]\s/).at(-1) ?? '');
    if (!ahead && compareYmd({ y, m, d }, c.ref) > 0) [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
    return d > daysInMonth(y, m) ? null : { type: 'DATE', value: fmtDay({ y, m, d }) };
  }),
  // "shares fell 9% in afternoon trading", "the morning hearing", "an early-morning session": a part of the day the story
  // tells of, publication day's unless the clause names another
  rule('session-part', '(?:(?:early|late|mid)[\\s-]?)?(?<part>morning|afternoon|evening)', (g, c) =>
    withPart(clockDay(c, DAY_LATER.exec(c.text.slice(c.end, c.end + 60))?.[1]), g.part),
  (_g, m, text) => SESSION_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))),
  // "the WHO said overnight", "looting overnight", "the overnight leak": the night before publication, or the coming one
  // in a clause about the future. Not the sudden "won't happen overnight", "became famous overnight", nor an "overnight
  // bag"; "stayed overnight" is a stay, and "overnight Friday" leaves the day to the weekday.
  rule('overnight', 'overnight', (_g, c) => ({ ...withPart(nightOf(c) ?? (c.tense() === 'future' ? c.ref : addDays(c.ref, -1)), 'night'), aside: true }), (_g, m, text) => {
    const before = text.slice(Math.max(0, m.index - 60), m.index).split(/[.!?;]\s/).at(-1)!;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    return !inTitle(m[0], m.index, text) && !/\b(?:not|n't|never|cannot|cant|virtually|almost|literally|practically|famous|name|happen(?:s|ed)?|change[sd]?)\b|\b(?:stay(?:s|ed|ing)?|kept|remain(?:s|ed)?|queue|wait(?:s|ed|ing)?)\s+(?:\w+\s+)?$/i.test(before)
      && !NOT_OVERNIGHT_AFTER.test(after);
  }),
];

/**
 * "ordered homes evacuated Saturday and more early Sunday after the fire doubled in size overnight": a night told just
 * after a past day named in the same sentence is that day's, or the one before when the day was named "early".
 */
function nightOf(c: Ctx): Ymd | null {
  const named = c.doc.last;
  if (!named?.m || !named.d || c.start - named.end > 80 || /[.!?;]\s/.test(c.text.slice(named.end, c.start))) return null;
  const day = { y: named.y, m: named.m, d: named.d };
  if (compareYmd(day, c.ref) >= 0) return null;
  // ("seized the town on Monday after overnight clashes": the night before the day)
  const before = /\bearly\s+(?:on\s+)?[\w.]+$/i.test(c.text.slice(Math.max(0, named.end - 24), named.end)) || /\bafter\s+$/i.test(c.text.slice(Math.max(0, c.start - 6), c.start));
  return before ? addDays(day, -1) : day;
}
