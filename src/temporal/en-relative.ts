// English rules for dates stated relative to the publication day: "yesterday", "agreed Saturday",
// "last November", "this spring", "next year", "last week", "two years ago".
import { addDays, compareYmd, weekday } from './calendar.ts';
import { rule, inTitle, isCapitalised, type Ctx, type Groups, type Rule } from './grammar.ts';
import { anyWeekday, COUNT, DAY_NAME, MONTH, NUMBER_WORD, ORDINALS, PART_CODE, REL_YEAR, PARTS_PLURAL, SEASON, SEASONS, UNIT, WEEKDAY, monthNumber, parseCount, unitCode, weekdayNumber } from './lexicon.ts';
import { quarterOf, resolveMonthYear, resolveSeasonYear, resolveWeekday, shiftDay, type Shift } from './resolve.ts';
import type { Draft, Ymd } from './types.ts';
import { aheadOfPast, clockDay, eventWeekday, joinedWeekday, lastDay, newsDay, spokenDay, storyDay } from './anchor.ts';
import { durationValue } from './en-durations.ts';
import { habitual } from './modals.ts';
import { fmtDay, fmtMonth, fmtWeek, fmtYear } from './value.ts';
import { besideYear, namedYear, whenYear } from './year.ts';
import { anchorFor, shiftOf, thatPeriod, thatPeriodOk, toldNextYear, unitRelative, weekAnchor } from './relative-units.ts';

export const PART = '(?:morning|afternoon|evening|night)';
// what may follow a weekday said with "a" when it means any such day: the end of a phrase or another such day
const ANY_DAY_AFTER = /^(?:\s*(?:[.,;:!?)"”]|$)|\s+(?:to|or|and)\s+an?\s)/;

/** The word just before a match, lower-cased. */
function prevWord(text: string, index: number): string {
  const m = /(\p{L}+)[\s-]*$/u.exec(text.slice(Math.max(0, index - 20), index));
  return m?.[1]?.toLowerCase() ?? '';
}

export function withPart(day: Ymd, part: string | undefined): Draft {
  const code = part ? PART_CODE[part.toLowerCase()] : undefined;
  return code ? { type: 'TIME', value: `${fmtDay(day)}T${code}` } : { type: 'DATE', value: fmtDay(day) };
}

// "the northern hemisphere winter" names the season there (not an adjective), the one of this year whatever the tense
const HEMISPHERE = /\bhemisphere\s+$/i;
// "the southern hemisphere, now heading into its winter": the hemisphere's own season, told just before
const hemisphereSeason = (text: string, at: number): boolean => HEMISPHERE.test(text.slice(Math.max(0, at - 12), at))
  || (/\b(?:its|their)\s+$/i.test(text.slice(Math.max(0, at - 8), at)) && /\bhemisphere\b[^.;!?]*$/i.test(text.slice(Math.max(0, at - 100), at)));
const SEASON_PREV = new Set(['all', 'in', 'into', 'during', 'throughout', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'of', 'through', 'before', 'after']);
// a season joined to one just named: "in the autumn and winter", "this spring or summer"
const A_WEEKEND_NOT = /^(?:[-\w]|\s+(?:of|staple|getaway|break|trip|job|home|house|homes|retreat|warrior|edition|newspaper|paper|show|programme|program|market|pass|visitor|crowd|shift|worker|rate|special|package|escape)s?\b)/i;
const SEASON_PAIR = new RegExp(`(?:\\b(?<shift>last|next|this)\\s+|\\b(?:the|in|during|until|by|through)\\s+)${SEASON}\\s+(?:and|or)\\s+$`, 'i');

const ON_WEEKDAY = new RegExp(`^\\s+on\\s+(${WEEKDAY})\\b`, 'i');
// "even today", "than today", "compared with today", "by the standards of today", "as deadly then as they are today",
// "the welfare state that it is today": the present age set against the past, not the day
const PRESENT_AGE = /(?:\b(?:even|than|compared\s+(?:with|to)|by\s+the\s+standards\s+of)|\b(?:than|as|that|what)\s+(?:it|they|we|he|she|you|there)\s+(?:is|are|do|does))\s+$/i;
const DEICTIC_DAY: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

/** "a year ago": in a report on a quarter, the same quarter a year before; else the year before. */
function unitsAgo(n: number, unit: string, sign: number, c: Ctx): Draft {
  const q = c.doc.quarter;
  if (unit === 'Y' && n === 1 && q) return { type: 'DATE', value: `${fmtYear(q.y - 1)}-Q${q.q}` };
  const day = shiftDay(c.ref, unit, sign * n);
  if (unit === 'D') return { type: 'DATE', value: fmtDay(day) };
  if (unit === 'W') return { type: 'DATE', value: fmtWeek(day) };
  if (unit === 'M') return { type: 'DATE', value: fmtMonth(day.y, day.m) };
  if (unit === 'Q') return { type: 'DATE', value: `${fmtYear(day.y)}-Q${quarterOf(day)}` };
  if (unit === 'E') return { type: 'DATE', value: fmtYear(day.y).slice(0, 3) };
  return { type: 'DATE', value: fmtYear(day.y) };
}

// "from January to October 2023", "in March and April of 2008": the first month of a range or pair takes the year of
// the second
const RANGE_END = new RegExp(`^\\s*(?:-|–|to|through|until|and|or)\\s+(?<mon>${MONTH})\\s*,?\\s+(?:of\\s+)?(?<y>(?:1[5-9]|20)\\d\\d)\\b`, 'i');
// "from May to August", "from June 1 to the end of November": the second month of a range is the first one's or, when
// it comes earlier in the year, the next
const RANGE_START = new RegExp(`\\b(?<mon>${MONTH})\\.?(?<d>\\s+\\d{1,2}(?:st|nd|rd|th)?)?\\s*(?:-|–|to|through|until|till)\\s*(?:the\\s+(?:end|beginning|start|middle)\\s+of\\s+)?$`, 'i');

function rangeYear(c: Ctx, m: number): number | undefined {
  const g = RANGE_END.exec(c.text.slice(c.end, c.end + 30))?.groups;
  const m2 = monthNumber(g?.mon ?? '');
  if (g && m2) return Number(g.y) - (m > m2 ? 1 : 0);
  const start = RANGE_START.exec(c.text.slice(Math.max(0, c.start - 40), c.start))?.groups;
  const m1 = monthNumber(start?.mon ?? '');
  const last = c.doc.last;
  if (!m1 || !last || last.m !== m1 || (last.d && !start?.d) || last.end < c.start - 40) return undefined;
  return last.y + (m < m1 ? 1 : 0);
}

// "today's youth", "in today's world", "the leaders of tomorrow": an era, not a day ("tomorrow's World Cup match" is a day)
const GENERIC_NOUN = /^'s\s+(?:[a-z]+\s+)?(?:youth|world(?!\s+(?:Cup|Series|Championships?|Games|Trade|Bank|Health)\b)|society|generation|generations|children|kids|teenagers|young|computers|technology|standards|families|consumers|market|economy|laws?|rules|dollars|terms|climate|culture)\b/i;
function genericDay(m: RegExpExecArray, text: string): boolean {
  const w = m[0].toLowerCase();
  if (w !== 'today' && w !== 'tomorrow') return false;
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
  // "spend like there's no tomorrow", "built like no tomorrow": an idiom of excess
  if (w === 'tomorrow' && /\bno\s+$/i.test(text.slice(Math.max(0, m.index - 3), m.index))) return true;
  return GENERIC_NOUN.test(after) || /\b(?:people|leaders|world|jobs|children|generation)\s+of\s+$/i.test(text.slice(Math.max(0, m.index - 24), m.index));
}

// "In 1965 there were 53m hogs on 1m farms; today, 65m hogs are …": a clause opened by "Today," after a past a few years
// back or more sets the present age against it, not the day
const OPENS_CLAUSE = /(?:^|[.;:!?"“]\s*|\n\s*)$/;
function nowadays(c: Ctx): boolean {
  if (!/^\s?,/.test(c.text.slice(c.end, c.end + 2)) || !OPENS_CLAUSE.test(c.text.slice(Math.max(0, c.start - 3), c.start))) return false;
  const before = c.text.slice(Math.max(0, c.start - 250), c.start);
  if (/\b(?:years|decades|centuries)\s+ago\b|\bcentury\b/i.test(before)) return true;
  return [...before.matchAll(/\b(1[89]\d\d|20\d\d)s?\b/g)].some((m) => Number(m[1]) <= c.ref.y - 3);
}

// "USA Today", the "Today programme", NBC's "Today" show: titles, not days; so is a capitalised "Today" quoted alone
function titleDay(m: RegExpExecArray, text: string): boolean {
  if (!/^T(?:oday|ODAY)/.test(m[0])) return false;
  const after = text.slice(m.index + 5, m.index + 16);
  if (/^["”]?\s+(?:programme|program|show)\b/i.test(after) || /\bUSA\s+$/.test(text.slice(Math.max(0, m.index - 4), m.index))) return true;
  return /^["”]/.test(after) && /["“]$/.test(text.slice(Math.max(0, m.index - 1), m.index));
}

// "on Monday and Tuesday nights": the first day shares the plural of the second, a day each week (set-weekdays)
const PAIR_SET = new RegExp(`^\\s+(?:and|or)\\s+${DAY_NAME}(?:s|\\s+(?:${PARTS_PLURAL}))\\b`, 'i');
const pairSet = (g: Groups, m: RegExpExecArray, text: string): boolean =>
  !g.shift && !g.part && PAIR_SET.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
// "the Sunday Times", "the Mail on Sunday", "Fox News Sunday": papers and shows, not days
function titleWeekday(g: Groups, m: RegExpExecArray, text: string): boolean {
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  // "Saturday Night Live", "Monday Night Football", "Friday Night Lights": shows
  if (g.part === 'Night' && !g.shift && /^\s+(?:Live|Football|Lights|Fever|Raw|Baseball)\b/.test(after)) return true;
  // "Monday morning quarterbacking": hindsight, not a morning
  if (/^morning$/i.test(g.part ?? '') && g.wd === 'Monday' && /^\s+quarterback/i.test(after)) return true;
  if (g.shift || g.part) return false;
  // "Black Wednesday", "Cyber Monday", "Sunday Bloody Sunday": named days, not a day of the story's week
  if (/\b(?:Black|Bloody|Cyber|Blue|Meat-?[Ff]ree|Meatless)\s+$/.test(text.slice(Math.max(0, m.index - 12), m.index)) || /^\s+Bloody\b/.test(after)) return true;
  if (g.wd !== 'Sunday') return false;
  if (/^\s+(?:Times|Telegraph|Telegram|Express|Mirror|Mail|Herald|Independent|Tribune|World|Post|Star|Globe|Gazette|Journal|Observer|Business)\b/.test(after)) return true;
  return /\b(?:Mail|Independent|Fox\s+News)\s+(?:on\s+)?$/.test(text.slice(Math.max(0, m.index - 16), m.index));
}

export const EN_RELATIVE_RULES: Rule[] = [
  rule('deictic-day', `(?<w>today|tonight|yesterday|tomorrow)(?:\\s+(?<part>${PART}))?`, (g, c) => {
    // "even today you can find stains", "more resilient 30 years ago than today": the present age, not the day
    if (g.w?.toLowerCase() === 'today' && !g.part && (PRESENT_AGE.test(c.text.slice(Math.max(0, c.start - 40), c.start)) || nowadays(c))) return { type: 'DATE', value: 'PRESENT_REF' };
    const day = addDays(spokenDay(c), DEICTIC_DAY[(g.w ?? '').toLowerCase()] ?? 0);
    return withPart(day, g.w?.toLowerCase() === 'tonight' ? 'tonight' : g.part);
  }, (_g, m, text) => !genericDay(m, text) && !titleDay(m, text) && !inTitle(m[0], m.index, text)),
  rule('day-before', 'the\\s+day\\s+(?<w>before\\s+yesterday|after\\s+tomorrow)', (g, c) =>
    ({ type: 'DATE', value: fmtDay(addDays(c.ref, /before/i.test(g.w ?? '') ? -2 : 2)) })),
  // "this morning", "mid-afternoon yesterday", "by early afternoon", "(in) the (early) morning" of the day last talked about
  rule(
    'this-part',
    `(?:(?:this|(?<last>last))\\s+|mid[\\s-]?|(?<edge>early|late)[\\s-]+|(?<the>the)\\s+(?:(?:early|late)\\s+)?)(?<part>${PART})(?:\\s+(?<day>yesterday|today|tomorrow))?`,
    (g, c) => {
      if (g.the) return withPart(clockDay(c, undefined), g.part);
      // "by mid-afternoon on Tuesday": the weekday written after it
      const on = g.last || g.day || /^this/i.test(c.text.slice(c.start, c.end)) ? undefined : ON_WEEKDAY.exec(c.text.slice(c.end, c.end + 16))?.[1];
      if (on) return withPart(resolveWeekday(c.ref, weekdayNumber(on) ?? 0, c.tense(), null), g.part);
      const day = g.day ? addDays(c.ref, DEICTIC_DAY[g.day.toLowerCase()] ?? 0) : c.ref;
      return withPart(g.last ? addDays(c.ref, -1) : day, g.part);
    },
    // a capitalised part is a title, as a capitalised unit is: "CBS This Morning"; "early"/"late" only after a
    // preposition of time ("by early afternoon", not "an early morning raid" or "Late Night")
    (g, m, text) => {
      const before = text.slice(Math.max(0, m.index - 8), m.index);
      if (g.the) return /\bin\s+$/i.test(before) && !/^\s+of\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)) && !/night/i.test(g.part ?? '');
      if (g.edge) return /\b(?:by|at|in|until|till|from|since|before|after)\s+$/i.test(before) && !/night/i.test(g.part ?? '');
      return !/^This\s+\p{Lu}/u.test(m[0]);
    },
  ),
  rule(
    'weekday',
    `(?:(?<shift>last|next|this|this\\s+coming|this\\s+past|the\\s+previous|the\\s+following|coming|past)\\s+)?(?<wd>${WEEKDAY}|(?:tues|wed|thu|fri)\\.)(?:\\s+(?<part>${PART}))?`,
    (g, c) => {
      const wd = weekdayNumber(g.wd ?? '');
      if (wd === undefined) return null;
      // "every day, from a Saturday to a Monday", "tips on a Saturday night.": with "a" and no noun after it, any such day
      if (!g.shift && /\ba\s+$/i.test(c.text.slice(Math.max(0, c.start - 3), c.start)) && ANY_DAY_AFTER.test(c.text.slice(c.end, c.end + 12))) {
        return { type: 'DATE', value: anyWeekday(wd, g.part) };
      }
      // "the previous Friday" counts from the day last talked about, "last Friday" from publication
      const last = c.doc.last;
      const anchor = /^the\s/i.test(g.shift ?? '') && last?.m && last.d ? { y: last.y, m: last.m, d: last.d } : c.ref;
      // "could return home later on Tuesday" is the day the story was written: publication or the day before
      const back = (weekday(c.ref) - wd + 7) % 7;
      if (!g.shift && back <= 1 && /\b(?:later|earlier)\s+(?:on\s+)?$/i.test(c.text.slice(Math.max(0, c.start - 12), c.start))) return withPart(addDays(c.ref, -back), g.part);
      const ev = eventWeekday(c, wd, g.shift) ?? (g.shift ? null : joinedWeekday(c, wd));
      if (ev) return withPart(ev, g.part);
      // "last Tuesday" written on a Wednesday is a week back, "next Thursday" a week on: the day beside is "yesterday"/"tomorrow"
      if (/^last$/i.test(g.shift ?? '') && weekday(c.ref) === (wd + 1) % 7) return withPart(addDays(c.ref, -8), g.part);
      if (/^next$/i.test(g.shift ?? '') && (weekday(c.ref) + 1) % 7 === wd) return withPart(addDays(c.ref, 8), g.part);
      return withPart(resolveWeekday(anchor, wd, c.tense(), shiftOf(g.shift)), g.part);
    },
    // a headline's "Forecast for Wed. after Cold Wave Alert Tues.": an abbreviation only capitalised, with its stop
    (g, m, text) => !titleWeekday(g, m, text) && !pairSet(g, m, text) && (!g.wd?.endsWith('.') || /^[A-Z][a-z]+\.$/.test(g.wd)),
  ),
  rule(
    'bare-month',
    `(?:(?<shift>last|next|this|this\\s+past|this\\s+coming|the\\s+previous|the\\s+following)\\s+)?(?<mon>${MONTH})(?:${REL_YEAR})?`,
    (g, c) => {
      const m = monthNumber(g.mon ?? '');
      if (!m) return null;
      const shift = shiftOf(g.shift);
      // "last February" written in March is not the month just ended (English says "last month") but the year
      // before's; Korean "지난 2월" is the month just ended
      const justEnded = /^last$/i.test(g.shift ?? '') && (m % 12) + 1 === c.ref.m;
      // "loans through January", "sales through August": the end of a window, the nearest such month either way
      const through = !shift && prevWord(c.text, c.start) === 'through';
      // "were chosen for the June European elections" in April: the clause's tense is not the dated event's, though a
      // clause looking ahead puts it on the nearer side ("ahead of the November elections" in June)
      // "data on April retail sales" due in May: figures of a month are gathered after it, so it is the last one
      // "booked for March shipment", "a clean text for March": what a month is meant for lies either side of publication
      const tense = through ? 'unknown' : !shift && prevWord(c.text, c.start) === 'for' && c.tense() !== 'future' ? 'near' : !shift && FIGURES_AFTER.test(c.text.slice(c.end, c.end + 40)) ? 'past'
        : !shift && datesNoun(c.text, c.start, c.end, true) ? (c.tense() === 'future' ? 'near' : 'unknown') : c.tense();
      if (!shift && !g.rel && habitual(c)) return { type: 'DATE', value: `XXXX-${String(m).padStart(2, '0')}` };
      // "in January of that year": the year last talked about
      const y = namedYear(g.rel, c.ref, c.doc.last?.y) ?? besideYear(g.shift, m, c.doc.last, c.start) ?? (shift ? undefined : rangeYear(c, m) ?? whenYear(c.text, c.start)) ?? (justEnded ? c.ref.y - (m === 12 ? 1 : 0) - 1 : resolveMonthYear(c.ref, m, tense, shift, through));
      return { type: 'DATE', value: fmtMonth(y, m) };
    },
    (g, m, text) => bareMonthOk(g.mon, g.shift, m, text),
  ),
  // "the winter months" names the season too
  rule(
    'season',
    `(?:(?<shift>last|next|this|this\\s+past|this\\s+coming|the\\s+coming|the\\s+past|the)\\s+)?(?<s>${SEASON})(?:\\s+months)?(?:\\s+(?:of\\s+)?(?<y>\\d{4})|${REL_YEAR})?`,
    (g, c) => {
      const code = SEASONS[(g.s ?? '').toLowerCase()];
      if (!code) return null;
      // "this autumn and winter": the second season shares the first one's "this"
      const shift = g.shift ?? SEASON_PAIR.exec(c.text.slice(Math.max(0, c.start - 40), c.start))?.groups?.shift;
      if (!g.y && !g.rel && /^(?:the)?$/i.test(g.shift ?? '') && habitual(c)) return { type: 'DATE', value: `XXXX-${code}` };
      // "the spring of last year": the year named after it
      const tense = hemisphereSeason(c.text, c.start) ? 'unknown' : c.tense();
      const y = g.y ? Number(g.y) : namedYear(g.rel, c.ref, c.doc.last?.y) ?? (shift && !/^the$/i.test(shift) ? undefined : whenYear(c.text, c.start)) ?? resolveSeasonYear(c.ref, code, tense, shiftOf(shift));
      return { type: 'DATE', value: `${fmtYear(y)}-${code}` };
    },
    // "the fall in BP's shares", "the fall of Saigon", "the fall out of this", "the fall-out", "a late fall on the stock exchange": the
    // noun, a drop, a defeat or fallout; "the fall guy" takes the blame; "the Winter Olympics" is an event
    (g, m, text) => !(/^fall$/i.test(g.s ?? '') && !g.y && /^(?:the)?$/i.test(g.shift ?? '') && (/^(?:\s+(?:(?:in|of|from|to|by|out)\s|guys?\b)|-(?:out|off)\b)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))
      || /\b(?:a|an)\s+(?:[a-z]+\s+)?$/i.test(text.slice(Math.max(0, m.index - 20), m.index))))
      && !/^\s+(?:Olympics|Olympic|Paralympics|Games)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))
      && (g.shift !== undefined || g.y !== undefined || SEASON_PREV.has(prevWord(text, m.index))
      || SEASON_PAIR.test(text.slice(Math.max(0, m.index - 40), m.index))
      || hemisphereSeason(text, m.index)),
  ),
  rule(
    'unit-relative',
    '(?<shift>this(?:\\s+(?:coming|past))?|last|next|the\\s+past|the\\s+previous|the\\s+coming|the\\s+following|the\\s+current|the\\s+latest|the\\s+last|the\\s+next)\\s+(?<u>week|fortnight|month|year|decade|century)(?![\\s-]+(?:old|long)\\b)',
    // "over the last decade" is the ten years up to now, as "the past decade" is
    (g, c) => toldNextYear(g, c) ?? unitRelative(/^the\s+last$/i.test(g.shift ?? '') && /^decade$/i.test(g.u ?? '') && /\b(?:over|during|throughout)\s+$/i.test(c.text.slice(Math.max(0, c.start - 12), c.start))
      ? 'the past' : g.shift ?? '', g.u ?? '', weekAnchor(g, c) ?? anchorFor(g.shift, g.u, c)),
    // a capitalised unit is a title: ABC's "This Week"
    (g) => !/^\p{Lu}/u.test(g.u ?? ''),
  ),
  // "higher this year than last": "last" alone stands for last year
  rule('elliptic-last', '(?<=\\bthis\\s+year\\b[^.;!?]{0,80}?\\b(?:as|than|over|from|versus)\\s+)last(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:and|but|when|because|while)\\b)',
    (_g, c) => ({ type: 'DATE', value: fmtYear(c.ref.y - 1) })),
  // "that year", "the same month": the period of the date last talked about; "in early 2000 … a second round that
  // September", "that summer": the month or season of the year last talked about
  rule('that-period', `(?:that(?:\\s+same)?|the\\s+same)\\s+(?:(?<u>year|month)|(?<mon>${MONTH})(?!\\s*\\d)|(?<s>${SEASON}))(?![\\w-])`, thatPeriod, thatPeriodOk),
  // "the rig exploded April 20 -- the family left that weekend": the week, or its weekend, of the day last talked about
  rule('that-week', '(?:that(?:\\s+same)?|the\\s+same)\\s+(?<u>week(?:end)?)(?![\\w-])', (g, c) => {
    const last = lastDay(c);
    if (!last) return null;
    return { type: 'DATE', value: /end$/i.test(g.u ?? '') ? `${fmtWeek(last)}-WE` : fmtWeek(last) };
  }),
  // "earlier that day", "that same morning", "the next morning": the day last talked about, or the one after/before
  rule(
    'that-day',
    // (and a sentence opening "Next day," or "Next morning")
    `(?:(?<edge>earlier|later)\\s+)?(?:that(?:\\s+same)?|the\\s+same|the\\s+(?<shift>next|following|previous)|(?<=(?:^|[.!?]['"’”]*\\s+|\\n))(?<next>Next))\\s+(?<part>day|${PART})`,
    (g, c) => {
      const shift = (g.shift ?? g.next)?.toLowerCase();
      // "BP's report today … the terror of that night": "that" points away from today, to the day told before it
      const told = c.doc.toldDay;
      // after a month, "killed last October … crossed out that same day" is a day of that month; after a year, the day
      // told before it ("on Election Day … her 1991 Dodge … later that day")
      const month = c.doc.last?.d ? undefined : c.doc.last?.m;
      if (month && !shift && /^day$/i.test(g.part ?? '')) return { type: 'DATE', value: `${fmtMonth(c.doc.last!.y, month)}-XX` };
      const said = lastDay(c) ?? (month ? null : told ?? null);
      const last = !shift && said && told && compareYmd(said, c.ref) === 0 && compareYmd(told, said) !== 0 ? told : said;
      if (!last) return null;
      const day = !shift && aheadOfPast(c, last) ? c.ref : addDays(last, shift === 'previous' ? -1 : shift ? 1 : 0);
      return withPart(day, g.part?.toLowerCase() === 'day' ? undefined : g.part);
    },
  ),
  // "rescued two on Saturday and two the day before", "a shoot-out the night before.": the day before the one last
  // talked about, or before publication; before a noun or a date it is "the day before the plunge", which the day
  // rules read
  rule('day-before-that', `the\\s+(?<part>day|${PART})\\s+before(?=\\s*[.,;:!?"”)]|\\s+by\\b)`, (g, c) =>
    withPart(addDays(lastDay(c) ?? c.ref, -1), g.part?.toLowerCase() === 'day' ? undefined : g.part)),
  // "the other day": a day not long past, its date not told
  rule('other-day', 'the\\s+other\\s+day(?![\\w-])', () => ({ type: 'DATE', value: 'PAST_REF' })),
  rule(
    'ago',
    `(?:(?<mod>about|around|nearly|almost|some|roughly|approximately|more\\s+than|less\\s+than|(?:just\\s+)?(?:over|under)|just|only)\\s+)?(?:(?<lo>(?<![\\d,.:/-])\\d{1,2}(?=[-–]\\d)|(?:(?<![\\d,.:/-])\\d{1,2}|${NUMBER_WORD})(?=\\s+(?:to|or)\\s))(?:[-–]|\\s+(?:to|or)\\s+))?(?<n>${COUNT})(?:\\s+or\\s+so)?[\\s-]+(?<u>${UNIT})s?(?<half>\\s+and\\s+a\\s+half)?(?:\\s+or\\s+so)?\\s+(?<dir>ago|earlier|before|later|from\\s+now|hence|back(?=\\s*[.,;:!?)]|\\s+(?:when|and|but|I|we|he|she|they)\\b))`,
    (g, c) => {
      // "two or three months ago": a range back is read at its lower bound, as a range of lengths is
      const n = parseCount(g.lo ?? g.n ?? '');
      const future = /later|now|hence/i.test(g.dir ?? '');
      if (n === null) return { type: 'DATE', value: future ? 'FUTURE_REF' : 'PAST_REF' };
      const code = unitCode(g.u ?? '') ?? 'Y';
      // "a fortnight ago" is the week two weeks back; "a decade ago" is about ten years back, a year ("two decades ago"
      // stays a decade)
      const [count, unit] = code === 'W2' ? [n * 2, 'W'] : code === 'E' && n === 1 ? [10, 'Y'] : [n, code];
      // "4 hrs ago" on a live page: publication carries no clock time here, so the day it falls on, whole days counted
      if (unit === 'H' || unit === 'MIN' || unit === 'S') {
        const days = unit === 'H' ? Math.floor(n / 24) : 0;
        return { type: 'DATE', value: fmtDay(addDays(c.ref, future ? days : -days)) };
      }
      // "A year later" follows the story's last date, not publication: "began in 2001. A year later, …" is 2002
      const last = c.doc.last;
      // (with no year told before, or one that the count would carry past publication, it is a length)
      const length: Draft = { type: 'DURATION', value: durationValue(n, 'year') };
      if (/later/i.test(g.dir ?? '') && last) return n > 1 && last.y + n > c.ref.y ? length : { type: 'DATE', value: fmtYear(last.y + n) };
      if (/later|earlier/i.test(g.dir ?? '') && unit === 'Y' && n > 1 && !last) return length;
      // "a profit last year, down from $25bn a year earlier": the year before another year told in the same sentence
      const sameSentence = last?.end !== undefined && last.y !== c.ref.y && !c.doc.quarter && !/[.!?]\s/.test(c.text.slice(last.end, c.start));
      // "a year and a half ago", "two and a half years ago": months back
      const years = g.half ? count + 0.5 : count;
      // "Twenty-three years earlier, in 1979": years back from the story's last year
      const storyBack = /earlier/i.test(g.dir ?? '') && n > 1 && last && last.y < c.ref.y;
      const draft: Draft = /earlier|before/i.test(g.dir ?? '') && last && (sameSentence || storyBack) ? { type: 'DATE', value: fmtYear(last.y - n) }
        : unit === 'Y' && !Number.isInteger(years) ? unitsAgo(Math.round(years * 12), 'M', future ? 1 : -1, c) : unitsAgo(count, unit, future ? 1 : -1, c);
      return g.mod || g.lo || /or\s+so/i.test(c.text.slice(c.start, c.end)) ? { ...draft, mod: 'APPROX' } : draft;
    },
    // "N days earlier/before/later" counts from an event in the story, not from publication: only years are kept
    // "half a year later" is a half, not "a year later"
    // ("Twenty-one years later", "16 years earlier" count from the story's year, as "a year later" does)
    (g, m, text) => (/ago|now|hence|back/i.test(g.dir ?? '') || (/^years?$/i.test(g.u ?? '') && (parseCount(g.n ?? '') === 1 || (Number.isInteger(parseCount(g.n ?? '')) && /later|earlier/i.test(g.dir ?? '')))))
      && !/\bhalf\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index)),
  ),
  // "at a weekend meeting", "two public holidays and a weekend": the nearest one too ("following a weekend board
  // meeting": the last), but not a length ("a weekend of talks", "spent a weekend in the country") nor a habit ("a
  // weekend staple", "a weekend getaway")
  rule('weekend', '(?:(?<shift>this\\s+past|this\\s+coming|this|last|next|the\\s+coming|the\\s+past|the)\\s+|(?<a>a)\\s+)?(?:(?:holiday|long|bank\\s+holiday|three-day)\\s+)?weekend', (g, c) => {
    const s = (g.shift ?? '').toLowerCase();
    const shift: Shift = /last|past/.test(s) ? 'last' : /next|coming/.test(s) ? 'next' : s === 'this' ? 'this' : null;
    // said on a Sunday, "this weekend" is the one under way, not the next; on a Monday or Tuesday and in the past ("BP
    // responded this weekend with a new plan") it is the one just gone
    const wd = weekday(c.ref);
    const gone = shift === 'this' && (wd === 0 || ((wd === 1 || wd === 2) && c.tense() === 'past'));
    const after = g.a !== undefined && /\b(?:after|following)\s+$/i.test(c.text.slice(Math.max(0, c.start - 12), c.start));
    const sat = gone ? addDays(c.ref, -((wd + 1) % 7)) : resolveWeekday(c.ref, 6, after ? 'past' : shift === null ? c.tense() : 'unknown', shift);
    return { type: 'DATE', value: `${fmtWeek(sat)}-WE` };
  }, (g, m, text) => g.shift !== undefined || (g.a !== undefined && !A_WEEKEND_NOT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))
    && !/\bspen(?:d|ds|t|ding)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index)))),
  // "for the year ended March 31" is a twelve-month span; "for the year" alone the current one
  rule('the-year', '(?:the\\s+)(?<fiscal>fiscal\\s+)?year(?:(?=\\s+(?<end>ended|ending|to|through)\\b)|(?![\\s-]+(?:before|after|earlier|later|ago|when|that|end|old|two|nineteen)\\b))', (g, c) =>
    g.end ? { type: 'DURATION', value: 'P1Y' } : { type: 'DATE', value: fmtYear(c.ref.y) },
    // "Player of the Year" is an award
    // "the cooler times of the year" is any year
    (_g, m, text) => /\b(?:for|of|in|during)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)) && !/\sYear$/.test(m[0])
      && !/\btimes?\s+of\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))),
  // "later in the day", "as the day wore on", "the day's hearing": the day the story is telling, or publication day
  rule('in-the-year', '(?:the\\s+)(?<u>year|month|week|day)(?![\\w-])', (g, c) => {
    const u = g.u?.toLowerCase();
    if (u === 'day') return { type: 'DATE', value: fmtDay(/^['’]s/.test(c.text.slice(c.end, c.end + 2)) ? newsDay(c) : storyDay(c)) };
    return { type: 'DATE', value: u === 'week' ? fmtWeek(c.ref) : u === 'month' ? fmtMonth(c.ref.y, c.ref.m) : fmtYear(c.ref.y) };
  },
    (g, m, text) => /\b(?:earlier|later|early|late)\s+in\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))
      || (/^day$/i.test(g.u ?? '') && /\bas\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) && /^\s+wore\s+on\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10)))
      || (/^day$/i.test(g.u ?? '') && /^['’]s\s+(?!date\b)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)))),
  // "the year-ago quarter", "the year-earlier third quarter", "the year-earlier nine months" (a stretch, not a date)
  rule(
    'year-ago',
    '(?:the\\s+)?(?:comparable\\s+|corresponding\\s+|same\\s+)?(?:year-?(?:ago|earlier)|year\\s+(?:ago|earlier))(?:\\s+(?:(?<ord>first|second|third|fourth)\\s+)?(?:period|quarter|level|months?)|\\s+(?<n>six|nine)\\s+months)?',
    (g, c) => {
      if (g.n) return { type: 'DURATION', value: durationValue(g.n.toLowerCase() === 'six' ? 6 : 9, 'months') };
      const q = ORDINALS[g.ord?.toLowerCase() ?? ''];
      return q ? { type: 'DATE', value: `${fmtYear((c.doc.quarter?.y ?? c.ref.y) - 1)}-Q${q}` } : unitsAgo(1, 'Y', -1, c);
    },
  ),
];

// a capitalised word inside a sentence (after a lower-case word or a comma), right before the month
const GIVEN_NAME_BEFORE = /(?:\b[a-z]+,?|,)\s+[A-Z][a-z]+\s+$/;
const MONTH_PREV = new Set(['in', 'since', 'until', 'by', 'of', 'from', 'through', 'throughout', 'into', 'to', 'before', 'after', 'during', 'early', 'late', 'mid', 'and', 'or', 'between', 'last', 'next', 'this']);

const FIGURES_AFTER = /^\s+(?:(?:retail|consumer|industrial|factory|manufacturing|housing|home|durable[- ]goods|wholesale|producer|personal|trade|jobs|employment|unemployment|payroll)\s+)+(?:sales|production|output|payrolls|figures|data|numbers|prices|inflation|spending|income|orders|starts|report|rate|index)\b/i;

// the noun a month dates: "the March accession", "the May elections", "a March report" (not "the March for Life", "the May government")
const NOUN_AFTER = /^\s+(?!(?:on|for|to|of|in|from|against|through|past|and|or|is|was|will|has|government|administration|cabinet|ministry|era|years|family)\b)[a-z]{3,}/;
const NOUN_OR_NAME_AFTER = new RegExp(NOUN_AFTER.source, 'i');
const datesNoun = (text: string, start: number, end: number, names = false, det = /^the$/): boolean =>
  det.test(prevWord(text, start)) && (names ? NOUN_OR_NAME_AFTER : NOUN_AFTER).test(text.slice(end, end + 16));

/** "May" and "March" are words too: a bare month needs a capital and, for May, a date-like neighbour; "DEC." is a name. */
function bareMonthOk(mon: string | undefined, shift: string | undefined, m: RegExpExecArray, text: string): boolean {
  if (!isCapitalised(mon)) return false;
  // "makes April fools of us all" names no month (April Fools' Day is a holiday)
  if (mon === 'April' && /^\s+fool/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) return false;
  // "spokeswoman Hannah August.": a surname after a given name, inside a sentence and with no day after it
  const prev = prevWord(text, m.index);
  if (!shift && GIVEN_NAME_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) && !/^\s*\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))
    && !MONTH_PREV.has(prev) && weekdayNumber(prev) === undefined && monthNumber(prev) === undefined) return false;
  const lower = (mon ?? '').toLowerCase().replace(/\.$/, '');
  if ((lower.length <= 4 && !['may', 'june', 'july'].includes(lower) && !/\.$/.test(mon ?? '')) || /^[A-Z]{3}\.$/.test(mon ?? '')) return false;
  if (lower !== 'may' && lower !== 'march') return true;
  if (shift) return true;
  // in a list of months: "in February, March and April"
  const end = m.index + m[0].length;
  const listed = /\b([A-Z][a-z]+),\s*$/.exec(text.slice(Math.max(0, m.index - 12), m.index));
  if (listed && monthNumber(listed[1] ?? '') !== undefined) return true;
  if (new RegExp(`^,?\\s+(?:and|or)\\s+${MONTH}\\b`).test(text.slice(end, end + 16))) return true;
  if (datesNoun(text, m.index, end, false, /^(?:the|an?|its|their|his|her|our)$/)) return true;
  // "as soon as March", "as early as May"
  if (/\bas\s+(?:soon|early|late)\s+as\s+$/i.test(text.slice(Math.max(0, m.index - 16), m.index))) return true;
  // "a clean text for March", "set for May" ("a spokesman for May" is a person)
  if (prev === 'for') return lower === 'march' || /\b(?:set|scheduled|slated|planned|due|expected|pencill?ed\s+in|targeted)\s+for\s+$/i.test(text.slice(Math.max(0, m.index - 24), m.index));
  return MONTH_PREV.has(prev);
}
