// English rules for named days and spoken years: "Thanksgiving", "Christmas Eve", "nineteen ninety-six",
// "the year two thousand", "January nineteen ninety-seven" (broadcast transcripts spell years out).
import { addDays, toEpochDay, weekday } from './calendar.ts';
import { rule, type Ctx, type Rule } from './grammar.ts';
import { MONTH, NUMBER_WORD, monthNumber, wordNumber } from './lexicon.ts';
import type { Draft, Ymd } from './types.ts';
import { fmtDay, fmtMonth, fmtWeek, fmtYear } from './value.ts';
import { storyYear } from './year.ts';

const SPELLED_YEAR = `(?:nineteen[\\s-]+(?:hundred(?:\\s+and)?[\\s-]+)?${NUMBER_WORD}|two\\s+thousand(?:(?:\\s+and)?[\\s-]+${NUMBER_WORD})?)`;

export function spelledYear(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+and\s+/, ' ').trim();
  const m = /^nineteen[\s-]+(?:hundred[\s-]+)?(.+)$/.exec(s);
  if (m) {
    const n = wordNumber(m[1] ?? '');
    return n === undefined ? null : 1900 + n;
  }
  const t = /^two\s+thousand(?:[\s-]+(.+))?$/.exec(s);
  if (!t) return null;
  const n = t[1] ? wordNumber(t[1]) : 0;
  return n === undefined ? null : 2000 + n;
}

/** nth weekday (0 = Sunday) of a month; n = -1 for the last one. */
function nthWeekday(y: number, m: number, wd: number, n: number): Ymd {
  if (n > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = addDays({ y: m === 12 ? y + 1 : y, m: m === 12 ? 1 : m + 1, d: 1 }, -1);
  return addDays(last, -((weekday(last) - wd + 7) % 7));
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus, as in Meeus). */
export function easter(y: number): Ymd {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { y, m: Math.floor(n / 31), d: (n % 31) + 1 };
}

const HOLIDAYS: Record<string, (y: number) => Ymd> = {
  easter,
  'easter sunday': easter,
  'easter monday': (y) => addDays(easter(y), 1),
  'good friday': (y) => addDays(easter(y), -2),
  // the week that ends on Easter Sunday (from its Monday, so "as Easter week began" is this one), and the school
  // holidays around Easter; both are written below at their own granularity (an ISO week, a month)
  'easter week': (y) => addDays(easter(y), -6),
  'holy week': (y) => addDays(easter(y), -6),
  'easter holidays': easter,
  christmas: (y) => ({ y, m: 12, d: 25 }),
  'christmas day': (y) => ({ y, m: 12, d: 25 }),
  'christmas eve': (y) => ({ y, m: 12, d: 24 }),
  "new year's day": (y) => ({ y, m: 1, d: 1 }),
  "new year's eve": (y) => ({ y, m: 12, d: 31 }),
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  'independence day': (y) => ({ y, m: 7, d: 4 }),
  halloween: (y) => ({ y, m: 10, d: 31 }),
  "valentine's day": (y) => ({ y, m: 2, d: 14 }),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  'election day': (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
  'boxing day': (y) => ({ y, m: 12, d: 26 }),
  "st patrick's day": (y) => ({ y, m: 3, d: 17 }),
  'bastille day': (y) => ({ y, m: 7, d: 14 }),
  'canada day': (y) => ({ y, m: 7, d: 1 }),
  'australia day': (y) => ({ y, m: 1, d: 26 }),
  'veterans day': (y) => ({ y, m: 11, d: 11 }),
  'remembrance day': (y) => ({ y, m: 11, d: 11 }),
  'armistice day': (y) => ({ y, m: 11, d: 11 }),
  'martin luther king day': (y) => nthWeekday(y, 1, 1, 3),
  'martin luther king jr day': (y) => nthWeekday(y, 1, 1, 3),
  'presidents day': (y) => nthWeekday(y, 2, 1, 3),
  'columbus day': (y) => nthWeekday(y, 10, 1, 2),
  "father's day": (y) => nthWeekday(y, 6, 0, 3),
  'april fools day': (y) => ({ y, m: 4, d: 1 }),
  // the US primaries' big day: the first Tuesday of March in most cycles, not the Tuesday nearest publication
  'super tuesday': (y) => nthWeekday(y, 3, 2, 1),
};

// web text writes the apostrophe curly ("Valentine’s Day"), and some drop or add stops and plural apostrophes ("St.
// Patrick's Day", "Veterans' Day")
// "July Fourth", "July 4th", "the Fourth of July" are Independence Day
const holidayKey = (name: string): string => name.toLowerCase().replace(/\s+/g, ' ').replace('’', "'").replace(/\./g, '').replace(/s' day$/, 's day')
  .replace(/^(?:july (?:fourth|4th|4)|fourth of july)$/, 'independence day');

/** Which year's holiday: the latest not after publication for past/"last", the next for future/"next". */
function holidayDate(name: string, shift: string | undefined, c: Ctx): Ymd | null {
  const f = HOLIDAYS[holidayKey(name)];
  if (!f) return null;
  const s = (shift ?? '').toLowerCase();
  // "on December 16, 2010 … to spend Christmas with her mother": the story's year
  if (!s && c.tense() !== 'future') {
    const probe = f(c.doc.last?.y ?? c.ref.y);
    const story = storyYear(c.doc.last, c.ref, probe.m, probe.d, c.start);
    if (story !== undefined) return f(story);
  }
  const here = f(c.ref.y);
  const before = fmtDay(here) <= fmtDay(c.ref);
  // "packed with families traveling home for Easter", "on alert for the Easter rush": a holiday something is for is the
  // nearer one, whatever the verb's tense
  const purpose = !s && /\bfor\s+(?:the\s+)?$/i.test(c.text.slice(Math.max(0, c.start - 9), c.start));
  const told = c.tense();
  const tense = s === 'last' ? 'past' : s === 'next' ? 'future' : purpose && told === 'past' ? 'unknown' : told;
  if (tense === 'past') return before ? here : f(c.ref.y - 1);
  if (tense === 'future') return before && fmtDay(here) !== fmtDay(c.ref) ? f(c.ref.y + 1) : here;
  // no cue: the nearer of this year's and last year's
  const last = f(c.ref.y - 1);
  return before || toEpochDay(here) - toEpochDay(c.ref) < toEpochDay(c.ref) - toEpochDay(last) ? here : last;
}

// things named after a holiday, not the day: "lights up like a Christmas tree", "Halloween costumes"
const HOLIDAY_THINGS = /^\s+(?:trees?|cards?|lights|carols?|decorations?|ornaments?|puddings?|crackers?|stockings?|jumpers?|sweaters?|presents?|gifts?|songs?|costumes?|candy|masks?|pumpkins?|part(?:y|ies))\b/i;

export const EN_NAME_RULES: Rule[] = [
  rule(
    'spelled-year',
    `(?:(?<mon>${MONTH})\\s+|the\\s+(?<season>winter|summer|spring|fall|autumn)\\s+of\\s+|the\\s+year\\s+)?(?<y>${SPELLED_YEAR})`,
    (g): Draft | null => {
      const y = spelledYear(g.y ?? '');
      if (y === null) return null;
      const m = g.mon ? monthNumber(g.mon) : undefined;
      if (m) return { type: 'DATE', value: fmtMonth(y, m) };
      const season = g.season ? { winter: 'WI', summer: 'SU', spring: 'SP', fall: 'FA', autumn: 'FA' }[g.season.toLowerCase()] : undefined;
      return { type: 'DATE', value: season ? `${fmtYear(y)}-${season}` : fmtYear(y) };
    },
    // "two thousand years" is a count, not the year 2000; so is a bare "more than two thousand students", unless a
    // preposition of time or the end of the clause shows a year ("in two thousand", "by two thousand.")
    (g, m, text) => {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 10);
      if (/^[\s-]+(?:years?|people|dollars|troops|men|miles)\b/i.test(after)) return false;
      if (g.mon || g.season || !/^two/i.test(g.y ?? '') || /^the\s+year/i.test(m[0])) return true;
      return /\b(?:in|since|by|until|till|from|before|after|through)\s+$/i.test(text.slice(Math.max(0, m.index - 9), m.index)) || !/^\s+[a-z]/.test(after);
    },
  ),
  rule(
    'holiday',
    `(?:(?<shift>last|next|this)\\s+)?(?<h>Christmas(?:\\s+Day|\\s+Eve)?|New\\s+Year['’]s\\s+(?:Day|Eve)|Thanksgiving(?:\\s+Day)?|Independence\\s+Day|July\\s+(?:Fourth|4(?:th)?(?=\\s+(?:holiday\\s+)?[Ww]eekend))|Fourth\\s+of\\s+July(?=\\s+(?:holiday\\s+)?[Ww]eekend)|Halloween|Valentine['’]s\\s+Day|Labor\\s+Day|Memorial\\s+Day|Election\\s+Day|Super\\s+Tuesday|Boxing\\s+Day|St\\.?\\s+Patrick['’]s\\s+Day|Bastille\\s+Day|Canada\\s+Day|Australia\\s+Day|Veterans['’]?\\s+Day|Remembrance\\s+Day|Armistice\\s+Day|Martin\\s+Luther\\s+King(?:\\s+Jr\\.?)?\\s+Day|Presidents['’]?\\s+Day|Columbus\\s+Day|Father['’]s\\s+Day|April\\s+Fools['’]?\\s+Day|Easter(?:\\s+(?:Sunday|Monday|[Ww]eek|holidays?|break))?|Good\\s+Friday|Holy\\s+Week)(?<we>\\s+(?:holiday\\s+)?[Ww]eekend)?(?:,?\\s+(?<y>\\d{4}))?`,
    (g, c) => {
      // "the day before Thanksgiving in 2011": a year after "in" names the holiday's year, though TimeML tags it apart
      const inYear = /^\s+(?:in|of)\s+((?:1[89]|20)\d\d)\b/.exec(c.text.slice(c.end, c.end + 10))?.[1];
      const y = g.y ?? inYear;
      const key = holidayKey(g.h ?? '').replace(/ (?:holiday|break)s?$/, ' holidays');
      const day = y ? HOLIDAYS[key]?.(Number(y)) : holidayDate(key, g.shift, c);
      if (!day) return null;
      // "Memorial Day (holiday) weekend": the weekend a Monday holiday ends, else the one of the holiday's week
      if (g.we) return { type: 'DATE', value: `${fmtWeek(weekday(day) === 1 ? addDays(day, -1) : day)}-WE` };
      if (/week$/.test(key)) return { type: 'DATE', value: fmtWeek(day) };
      if (/holidays$/.test(key)) return { type: 'DATE', value: fmtMonth(day.y, day.m) };
      return { type: 'DATE', value: fmtDay(day) };
    },
    // "Easter Island", "the Easter Rising", "Easter eggs", "a Christmas tree", "Halloween costumes" name no day
    (g, m, text) => {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
      if (/^Easter$/.test(g.h ?? '') && /^\s+(?:Island|Rising|eggs?|bunny|bunnies)\b/.test(after)) return false;
      // "Father Christmas" is a name
      if (/^Christmas$/.test(g.h ?? '') && /\bFather\s+$/.test(text.slice(Math.max(0, m.index - 8), m.index))) return false;
      return !/^(?:Christmas|Halloween)$/.test(g.h ?? '') || !HOLIDAY_THINGS.test(after);
    },
    'g',
  ),
  // "before 9/11": the day the attacks made a name, written after them
  rule('nine-eleven', '9/11(?![\\d/])', (_g, c) => (toEpochDay(c.ref) > toEpochDay({ y: 2001, m: 9, d: 11 }) ? { type: 'DATE', value: '2001-09-11' } : null)),
  // "the worst quarter since '87", "in '99": a year written short after a preposition of time (a past year, or
  // one of this century up to now)
  rule(
    'short-year',
    "(?<=\\b(?:since|in|from|until|till|before|after|of)\\s+)'(?<yy>\\d\\d)(?![\\w'’%.,-]\\w|[\\w'’%-])",
    (g, c) => {
      const yy = Number(g.yy);
      return { type: 'DATE', value: fmtYear(2000 + yy <= c.ref.y ? 2000 + yy : 1900 + yy) };
    },
  ),
  // "a dividend in the new year", told in the autumn: the coming year; in January or February, the one just begun
  // (never "a new year", "Chinese new year" or "new year celebrations")
  rule(
    'new-year',
    "(?<!\\b(?:a|every|each|happy|Happy|Chinese|Lunar|Jewish|Persian|Islamic)\\s+)(?:the\\s+)?new\\s+year(?![\\w'’-]|\\s+(?:day|eve|holidays?|celebrations?|part(?:y|ies)|resolutions?|honou?rs|message|address|speech|festivities|break)\\b)",
    (_g, c) => (c.ref.m >= 9 ? { type: 'DATE', value: fmtYear(c.ref.y + 1) } : c.ref.m <= 2 ? { type: 'DATE', value: fmtYear(c.ref.y) } : null),
    undefined,
    'g',
  ),
];
