// English rules for dates written out (also as tokenised text, "April 20 , 2010"): "Dec. 29, 2014", "29 December 2014", "2014-12-29", "12/29/2014",
// "June 27-29", "from 2014 to 2016", bare years, decades and centuries.
import { compareYmd, isValidDay, weekday } from './calendar.ts';
import { rule, isCapitalised, type Ctx, type Rule, type Groups } from './grammar.ts';
import { COMMENT_STAMP, CONVERTED, MONTH, NUMBER_WORD, liveStamp, parseCount, REL_YEAR, WEEKDAY, WEEKDAY_ABBR, ZONE, monthNumber, weekdayNumber } from './lexicon.ts';
import type { Draft, Tense } from './types.ts';
import { clockDraft, dayDraft, fmtMonth, fmtWeek, fmtYear } from './value.ts';
import { ENDED_BEFORE, endedYear, fullYear, namedYear, nearestYear, storyYear, yearForDay } from './year.ts';

const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
// four digits before a time zone are a clock, not a year: "19 JANUARY, 1815 GMT"
const YEAR = `(?:1[5-9]\\d\\d|20\\d\\d|'\\d\\d)(?!\\s*${ZONE})`;
// 2100 is the horizon of climate targets ("by 2100"); later four-digit numbers are amounts
const YEAR4 = `(?:1[5-9]\\d\\d|20\\d\\d|2100)(?!\\s*${ZONE})`;

// "Out Feb. 7 - 18 hrs ago": a number before a unit of time is a count, not the second day of a range
const NOT_UNIT = '(?!\\s*(?:hrs?|hours?|mins?|minutes?|secs?|seconds?|days?|weeks?|months?|years?)\\b)';

const num = (s: string | undefined): number => Number((s ?? '').replace(/\D/g, ''));
/** "2011-12": a two-digit second year right after the first names one season, not a range. */
const nextYearShort = (y1: string | undefined, y2: string | undefined): boolean => (y2 ?? '').length === 2 && num(y2) === (num(y1) + 1) % 100;

function parseDay(value: string): { y: number; m: number; d: number } {
  const [y, m, d] = value.split('-').map(Number);
  return { y: y ?? 0, m: m ?? 1, d: d ?? 1 };
}

function shiftTense(shift: string | undefined, c: Ctx): Tense {
  const s = (shift ?? '').toLowerCase();
  return s === 'last' ? 'past' : s === 'next' ? 'future' : c.tense();
}

// "in this July 31 file photo": a caption's day is when the picture was taken, so past
const PHOTO_AFTER = /^\s+(?:file\s+)?(?:photo|picture|image)/i;
// "June 9 - Salazar says BP must pay": a line of a chronology, whose verbs tell the entry, not when it was
const ENTRY_BEFORE = /(?:^|\n)[ \t]*$/;
const ENTRY_AFTER = /^[ \t]*[-–—]{1,2}[ \t]/;

// "the Sept. 11 attacks", "a September 11 memorial": the day has become the name of the 2001 attacks
const SEPT_11 = /^\s+(?:terror(?:ist)?\s+)?(?:attacks?|hijack(?:ers|ings)|commission|memorial|victims?|anniversary|fund|compensation|plot(?:ters)?|terrorists?|era)\b/i;
const sept11Year = (c: Ctx, m: number, d: number): number | undefined =>
  m === 9 && d === 11 && c.ref.y > 2001 && SEPT_11.test(c.text.slice(c.end, c.end + 30)) ? 2001 : undefined;
// "September 11 was about the murder of 3,000 Americans" in a June paper: a bare September 11 that would fall in a
// year before publication which the story has not named is the attacks, not last year's day; so is one that would
// fall after publication in a clause not about the future ("we were not fond of him before September 11", August)
const attacksDay = (c: Ctx, m: number, d: number, y: number, tense: () => Tense): boolean => m === 9 && d === 11 && c.ref.y > 2001 && c.doc.last?.y !== y
  && (y < c.ref.y || (y === c.ref.y && compareYmd({ y, m, d }, c.ref) > 0 && tense() !== 'future'));

function weekdayYear(guess: number, m: number, d: number, wd: number | undefined): number {
  if (wd === undefined || !isValidDay(guess, m, d) || weekday({ y: guess, m, d }) === wd) return guess;
  return [guess - 1, guess + 1].find((y) => isValidDay(y, m, d) && weekday({ y, m, d }) === wd) ?? guess;
}

const entry = (c: Ctx): boolean => ENTRY_BEFORE.test(c.text.slice(Math.max(0, c.start - 8), c.start)) && ENTRY_AFTER.test(c.text.slice(c.end, c.end + 5));

function monthDay(g: Groups, c: Ctx): Draft | null {
  const m = monthNumber(g.mon ?? '');
  if (!m) return null;
  const d = num(g.d);
  // "bans releases through September 30": the end of a window, the nearest such day either way (as for months)
  // (but "the contract runs through Dec. 31" is a present state, so its end lies ahead)
  const before = c.text.slice(Math.max(0, c.start - 20), c.start);
  const through = !g.shift && /\bthrough\s+$/i.test(before) && !/\b(?:runs|lasts|continues|extends)\s+through\s+$/i.test(before);
  // asked only when no year is written (the clause's tense takes the most work)
  // a chronology's line ("April 30 - An aide says no drilling will be allowed") is the nearer such day
  const tense = (): Tense => (PHOTO_AFTER.test(c.text.slice(c.end, c.end + 20)) ? 'past' : through || (!g.shift && entry(c)) ? 'unknown' : shiftTense(g.shift, c));
  // "25 June last year", "25 June that year"
  const ended = !g.rel && ENDED_BEFORE.test(c.text.slice(Math.max(0, c.start - 16), c.start));
  const guess = g.y ? fullYear(g.y) : namedYear(g.rel, c.ref, c.doc.last?.y) ?? sept11Year(c, m, d) ?? (through && !g.wd && isValidDay(c.ref.y, m, d) ? nearestYear(c.ref, m, d) : undefined) ?? (tense() !== 'future' || entry(c) ? storyYear(c.doc.last, c.ref, m, d, c.start) : undefined) ?? (ended ? endedYear(c.ref, m, d) : yearForDay(c.ref, m, d, tense()));
  // "Tuesday, Dec. 29" written without a year: the weekday picks between the guessed year and its neighbours
  const y = g.y || g.rel ? guess : g.wd ? weekdayYear(guess, m, d, weekdayNumber(g.wd)) : attacksDay(c, m, d, guess, tense) ? 2001 : guess;
  const base = dayDraft(y, m, d);
  if (!base || !g.d2) return base;
  const end = dayDraft(y, m, num(g.d2));
  const d1Span = c.groupSpan('d');
  const d2Span = c.groupSpan('d2');
  if (!end || num(g.d2) <= d || !d1Span || !d2Span) return base;
  const range = { start: base.value, end: end.value };
  // "June 27-29" → "June 27" and "29"; "29-30 June" → "29" and "30 June"
  return { ...base, range, split: { first: [c.start, d1Span[1]], second: [d2Span[0], c.end], secondValue: end.value } };
}

const UNIT_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_DAYS = [
  ...UNIT_ORDINALS, 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
  'twentieth', ...UNIT_ORDINALS.map((o) => `twenty-${o}`), 'thirtieth', 'thirty-first',
];
export const ORDINAL_DAY = `(?:${ORDINAL_DAYS.map((o) => o.replace('-', '[\\s-]')).sort((a, b) => b.length - a.length).join('|')})`;

const CENTURY_WORDS: Record<string, number> = {
  'twenty-first': 21, 'twenty first': 21, twentieth: 20, nineteenth: 19, eighteenth: 18, seventeenth: 17, sixteenth: 16, fifteenth: 15,
};

export const EN_DATE_RULES: Rule[] = [
  // Friday, Oct. 13, 1989 / Oct. 13 / June 27-29, 2023
  rule(
    'month-day',
    `(?:(?<wd>${WEEKDAY}|${WEEKDAY_ABBR})\\s?,?\\s+)?(?:(?<shift>last|this|next)\\s+)?(?<mon>${MONTH})\\s*(?:the\\s+(?=\\d{1,2}(?:st|nd|rd|th)\\b))?(?<d>${DAY})(?:\\s*(?:-|–|to|through|and|or)\\s*(?<d2>${DAY})${NOT_UNIT})?(?!\\s*(?:%|,(?!(?:19|20)\\d\\d(?![\\d,]))\\d|\\.\\d|:\\d))(?:(?:\\s?,?\\s+|,)(?<y>${YEAR4})|${REL_YEAR})?`,
    (g, c) => monthDay(g, c),
    // an abbreviated weekday only in a dateline's capitals: "Thu Aug 19, 2010", not "the panel sat June 5"
    (g) => isCapitalised(g.mon) && (!g.wd || g.wd.length > 4 || isCapitalised(g.wd)),
    'gid',
  ),
  // the week of March 6 (the ISO week holding that day)
  rule(
    'week-of',
    // also "the week beginning 6 September", "the week starting Monday June 7", "the weekend of 14 August"
    `the\\s+(?:week\\s+(?:of|beginning|starting|commencing)|(?<we>weekend)\\s+of)\\s+(?:(?<mon>${MONTH})\\s*(?<d>${DAY})|(?<d2>${DAY})\\s+(?<mon2>${MONTH}))(?:\\s?,?\\s+(?<y>${YEAR4}))?`,
    (g, c) => {
      const day = monthDay(g.mon2 ? { ...g, mon: g.mon2, d: g.d2, d2: undefined } : g, c);
      return day ? { type: 'DATE', value: fmtWeek(parseDay(day.value)) + (g.we ? '-WE' : '') } : null;
    },
    (g) => isCapitalised(g.mon ?? g.mon2),
  ),
  // 29 December 2014 / the 29th of December
  rule(
    'day-month',
    `(?:(?<wd>${WEEKDAY})\\s?,?\\s+)?(?:the\\s+)?(?<d>${DAY})(?:\\s*(?:-|–|to|and|or)\\s*(?<d2>${DAY}))?\\s+(?:of\\s+)?(?<mon>${MONTH})(?:\\s?,?\\s+(?<y>${YEAR4})|${REL_YEAR})?`,
    (g, c) => monthDay(g, c),
    (g) => isCapitalised(g.mon),
    'gid',
  ),
  // "the first of May", "the twenty-first of June 2009"
  rule(
    'ordinal-of-month',
    `the\\s+(?<ow>${ORDINAL_DAY})\\s+of\\s+(?<mon>${MONTH})(?:\\s?,?\\s+(?<y>${YEAR4})|${REL_YEAR})?`,
    (g, c) => monthDay({ ...g, d: String(ORDINAL_DAYS.indexOf((g.ow ?? '').toLowerCase().replace(/\\s+/g, '-')) + 1) }, c),
    (g) => isCapitalised(g.mon),
  ),
  // "effective March first", "set April one for the debut": a day in words, where the words end the phrase ("In May two
  // companies merged" counts companies)
  rule(
    'month-word-day',
    `(?<mon>${MONTH})\\s+(?=[efnost])(?<wd>${ORDINAL_DAY}|${NUMBER_WORD})(?=\\s*(?:[.,;:)]|$)|\\s+(?:for|to|and|or|at|when|through|until|in|on|with|as|from|is|was|will|would)\\b)`,
    (g, c) => {
      const word = (g.wd ?? '').toLowerCase().replace(/\\s+/g, '-');
      const d = ORDINAL_DAYS.indexOf(word) + 1 || parseCount(word);
      return d && d <= 31 ? monthDay({ ...g, d: String(d) }, c) : null;
    },
    (g) => isCapitalised(g.mon),
  ),
  // December 2014 / December of 2014 / December '14
  rule(
    'month-year',
    `(?<mon>${MONTH})\\s?,?\\s+(?:of\\s+)?(?<y>${YEAR})`,
    (g) => ({ type: 'DATE', value: fmtMonth(fullYear(g.y ?? ''), monthNumber(g.mon ?? '') ?? 1) }),
    (g) => isCapitalised(g.mon),
  ),
  // "2014-12-29", "2014-12-29T14:30"; a Reuters page stamp "2009 06 13 00:11 JST" writes the fields apart
  rule(
    'iso-date',
    `(?<y>\\d{4})(?:-(?<m>\\d\\d)-(?<d>\\d\\d)|\\s(?<sm>[01]\\d)\\s(?<sd>[0-3]\\d)(?=\\s[0-2]\\d:))(?:[T ](?<h>[0-2]\\d):(?<mi>[0-5]\\d)(?:\\s${ZONE})?)?`,
    (g) => {
      const base = dayDraft(num(g.y), num(g.m ?? g.sm), num(g.d ?? g.sd));
      if (!base || !g.h) return base;
      return { type: 'TIME', value: `${base.value}T${g.h}:${g.mi}` };
    },
  ),
  // 12/29/2014 and 4-29-2010 in US order, 29.12.2014 day first; a text that writes one such date day first ("18-3-1869")
  // writes them all so. The hyphen and dot forms need a four-digit year, so that scores and versions stay out.
  rule('slash-date', '(?<a>\\d{1,2})(?:/(?<b>\\d{1,2})/(?<y>\\d{4}|\\d\\d)|-(?<b2>\\d{1,2})-(?<y2>\\d{4})|\\.(?<b3>\\d{1,2})\\.(?<y3>\\d{4}))(?![\\d-])', (g, c) => {
    const a = num(g.a);
    const b = num(g.b ?? g.b2 ?? g.b3);
    const sep = g.b ? '/' : '-';
    const dayFirst = a > 12 || g.b3 !== undefined || (b <= 12 && new RegExp(`(?<![\\d${sep}])(?:1[3-9]|2\\d|3[01])${sep}\\d{1,2}${sep}\\d`).test(c.text));
    const [m, d] = dayFirst ? [b, a] : [a, b];
    if (!g.b) return dayDraft(num(g.y2 ?? g.y3), m, d);
    return dayDraft(fullYear(g.y ?? ''), m, d);
  }),
  // a reader comment's stamp "At 08:26 am on 17 Jun 2009, lincoln wrote:" is one time; in prose "at 9 a.m. on 2 June"
  // the day after "on" stays an expression of its own
  rule('comment-stamp', `(?<=\\bAt\\s)${COMMENT_STAMP}(?=\\s?,)`, (g) => {
    const day = { y: num(g.y), m: monthNumber(g.mon ?? '') ?? 0, d: num(g.d) };
    return isValidDay(day.y, day.m, day.d) ? clockDraft(num(g.h), num(g.mi), g.ap, day) : null;
  }, undefined, 'g'),
  // a mail's date line "Wed, 24 Jul 2002 21:44:19 -0600" is one time; its seconds and zone are written, not kept
  rule('mail-stamp', `(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\\s+)?(?<d>\\d{1,2})\\s+(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\s+(?<y>\\d{4})\\s+(?<h>[01]\\d|2[0-3]):(?<mi>[0-5]\\d)(?::[0-5]\\d)?(?:\\s+(?:[+-]\\d{4}|GMT|UTC?|[ECMP][SD]T)(?:\\s+\\([A-Z]{2,5}\\))?)?`, (g) => {
    const day = { y: num(g.y), m: monthNumber(g.mon ?? '') ?? 0, d: num(g.d) };
    return isValidDay(day.y, day.m, day.d) ? clockDraft(num(g.h), num(g.mi), undefined, day) : null;
  }, undefined, 'g'),
  rule('ymd-date', '(?<y>\\d{4})[/.](?<m>\\d{1,2})[/.](?<d>\\d{1,2})', (g) => dayDraft(num(g.y), num(g.m), num(g.d))),
  // a season, school or fiscal year written over two calendar years: "2011-12", "the 2022/23 season" is one period,
  // named by the year it starts in
  rule('split-year', `(?<y1>${YEAR4})[-–/](?<y2>\\d\\d)(?![-/.]?\\d)`, (g) => {
    const y1 = num(g.y1);
    return { type: 'DATE', value: fmtYear(y1), range: { start: fmtYear(y1), end: fmtYear(y1 + 1) } };
  }, (g) => nextYearShort(g.y1, g.y2)),
  // from 2014 to 2016 / between 2014 and 2016 / 2014-2016
  rule(
    'year-range',
    `(?:(?<from>from|between)\\s+)?(?:(?<mon>${MONTH})\\s+)?(?<y1>${YEAR4})\\s*(?:-|–|to|through|(?<and>and))\\s*(?<y2>${YEAR4}|\\d\\d|(?<=\\d[-–])\\d)(?![-/.:]\\d)`,
    (g, c) => {
      const y1 = num(g.y1);
      // "Aug 1998-2001": the range starts with a month
      const month = g.mon ? monthNumber(g.mon) : undefined;
      const raw2 = g.y2 ?? '';
      // "2014-16", and "1995-7" with one digit
      const y2 = raw2.length < 4 ? Math.floor(y1 / 10 ** raw2.length) * 10 ** raw2.length + num(raw2) : num(raw2);
      const s1 = c.groupSpan('y1');
      const s2 = c.groupSpan('y2');
      if (y2 <= y1 || y2 - y1 > 100 || !s1 || !s2) return null;
      const first = fmtYear(y1);
      const value = month ? fmtMonth(y1, month) : first;
      const range = { start: value, end: fmtYear(y2) };
      const firstSpan: [number, number] = month ? [c.groupSpan('mon')![0], s1[1]] : s1;
      return { type: 'DATE', value, range, split: { first: firstSpan, second: s2, secondValue: fmtYear(y2) } };
    },
    // "2011-12" is one season ('split-year'), even after "between"
    (g) => (!g.and || g.from?.toLowerCase() === 'between') && !nextYearShort(g.y1, g.y2) && (!g.mon || isCapitalised(g.mon)),
    'gid',
  ),
  rule('year', `(?:(?:fiscal|calendar|FY)\\s*)?(?<y>${YEAR4})(?!\\s*(?:%|percent|-\\d|/\\d)|-like\\b)`, (g, c) => (modelNumber(num(g.y), c) ? null : { type: 'DATE', value: fmtYear(num(g.y)) }), (_g, m, text) => yearContextOk(m, text)),
  // the 1990s, the '80s, the mid-1990s (the mod comes from the modifier pass); "the 1800s" and "the early 1900s" are
  // said of the century
  // "the 1960s and 70s": a second decade written short takes the first one's century
  // "the 70s", "the late 90s", "the 50s and 60s" without an apostrophe after "the" (not "in his 30s", and not
  // "temperatures in the 90s")
  rule('decade', "(?:the\\s+)?(?<y>1[5-9]\\d0|20\\d0|'\\d0|(?<=\\b(?<c>1[5-9]|20)\\d0s\\s+(?:and|or|to|through)\\s+)\\d0|(?<=\\bthe\\s+(?:(?:early|late|mid)[\\s-]*)?(?:[4-9]0s\\s+(?:and|or|to|through)\\s+)?)(?<bare>[4-9]0)(?=s\\b))'?s", (g) => {
    const y = g.c && g.y?.length === 2 ? `${g.c}${g.y}` : g.bare ? `19${g.bare}` : String(fullYear(g.y ?? ''));
    return { type: 'DATE', value: /^1\d00$/.test(y) ? y.slice(0, 2) : y.slice(0, 3) };
  }, (g, m, text) => !g.bare || !SCALE_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))),
  rule(
    'century',
    // spelled out too: "the twentieth century"; TimeML leaves "the" out of an adjective: "the 21st-century family"
    `(?:the\\s+(?!\\S+-century))?(?:(?<n>\\d{1,2})(?:st|nd|rd|th)|(?<w>${Object.keys(CENTURY_WORDS).join('|')}))[\\s-]+century`,
    (g) => ({ type: 'DATE', value: String((g.w ? CENTURY_WORDS[g.w.toLowerCase()] ?? 20 : num(g.n)) - 1).padStart(2, '0') }),
  ),
  rule('decade-word', '(?:the\\s+)?(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)', (g) => {
    const tens = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(g.w?.toLowerCase() ?? '') + 2;
    return { type: 'DATE', value: `19${tens}` };
  }, (_g, m) => /^the\s/i.test(m[0])),
];

// what "the 90s" is a range of when it is no decade: temperatures, scores, ages, shares
const SCALE_BEFORE = /\b(?:temperatures?|degrees|highs?|lows?|percent|per\s+cent|polls?|ratings?|trust|scores?|prices?|ages?|aged|mph|fahrenheit|celsius)\b|%/i;

// "(2000 GMT)", "1800 hours": a 24-hour clock time
const CLOCK_AFTER = new RegExp(`^(?:\\s*(?:${ZONE}|hours\\b|hrs\\b|local\\s+time\\b)|${CONVERTED})`);

// "GeForce GTX 1650", "the RTX 2080 Ti": a number centuries before publication, or decades after it, right after a
// name in capitals is a model's number; such a year follows a preposition, a month or a name ("in 1650", "by 2080",
// "London 1710"), or an era ("AD 1650")
const ERA = /\b(?:AD|BC|BCE|CE|FY|MY)\s+$/;
const MODEL_BEFORE = /(?:^|\s)[A-Z][A-Za-z]*[A-Z][A-Za-z]*\s+$/;
function modelNumber(y: number, c: Ctx): boolean {
  if (y >= c.ref.y - 150 && y <= c.ref.y + 50) return false;
  const before = c.text.slice(Math.max(0, c.start - 30), c.start);
  return MODEL_BEFORE.test(before) && !ERA.test(before);
}

/** A bare four-digit number is a year unless it looks like an amount, a count, a clock time or part of an address. */
function yearContextOk(m: RegExpExecArray, text: string): boolean {
  const before = text.slice(Math.max(0, m.index - 5), m.index);
  // ("Delhi,1996": a comma straight after a word still parts a year from it)
  if (/[$#£€¥.,:/-]\s?$/.test(before) && !/[.,]\s$|[a-z],$/i.test(before) && !/\b(?:mid|post|pre|early|late|end|start)-$/i.test(text.slice(Math.max(0, m.index - 7), m.index))) return false;
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  if (CLOCK_AFTER.test(after) || liveStamp(text, m.index, m.index + m[0].length)) return false;
  // part of a company's name: "MOEX Offshore 2007 LLC"; an asteroid's designation: "2002 NT7", "2004 MN4"
  if (/^(?:\s+(?:LLC|Inc|Ltd|Corp|plc|LP|LLP|GmbH|AG|SA)\b| [A-Z]{2}\d{1,3}\b)/.test(after)) return false;
  // a unit of measure after the number makes it a quantity: "1500 metres", "2000 barrels", "2000 out of 8700 hours"
  return !/^\s+(?:people|persons|men|women|troops|soldiers|employees|workers|shares|cars|units|tons|tonnes|feet|meters|metres|kilomet(?:er|re)s|km|miles|acres|hectares|barrels|gallons|lit(?:er|re)s|dollars|yen|won|points|students|members|jobs|of the\s|out\s+of\s)/i.test(after) && !/^[.,]\d/.test(after);
}
