// English words for calendar units and numbers, and the regex fragments built from them.

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};

export const SEASONS: Record<string, 'SP' | 'SU' | 'FA' | 'WI'> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

const UNITS_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS_WORDS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Calendar units and their TIMEX3 duration letter ('MIN' = minutes). */
export const UNITS: Record<string, string> = {
  second: 'S', minute: 'MIN', hour: 'H', day: 'D', night: 'D', week: 'W', fortnight: 'W2',
  month: 'M', quarter: 'Q', year: 'Y', decade: 'E', century: 'C', centurie: 'C', millennium: 'L',
  hr: 'H', min: 'MIN', yr: 'Y',
};

const alt = (words: string[]): string => words.sort((a, b) => b.length - a.length).join('|');

const monthWords = Object.keys(MONTHS).filter((w) => w.length > 3 || w === 'may');
const monthAbbr = Object.keys(MONTHS).filter((w) => w.length <= 4 && w !== 'may' && w !== 'june' && w !== 'july');

/** A month name or abbreviation ("Dec." or "Dec"). */
export const MONTH = `(?:${alt(monthWords)}|(?:${alt(monthAbbr)})\\.?)`;
export const WEEKDAY = `(?:${alt(Object.keys(WEEKDAYS).filter((w) => w.length > 4))})`;
/** A weekday's full name, and the plural parts of a day: the words of the sets "Tuesdays", "Tuesday nights". */
export const DAY_NAME = `(?:${alt(Object.keys(WEEKDAYS).filter((w) => w.endsWith('day')))})`;
export const PARTS_PLURAL = 'mornings|afternoons|evenings|nights';
/** "Thu", "Tues.": safe only where a date follows. */
export const WEEKDAY_ABBR = `(?:(?:${alt(Object.keys(WEEKDAYS).filter((w) => w.length <= 4))})\\.?)`;
/** A time zone written after a clock time ("14:30 GMT", "16.36 BST"). */
export const ZONE = '(?:GMT|UTC|BST|CES?T|KST|JST|IST|HKT|SGT|AE[SD]T|[ECMP][SD]T)\\b';
// a reader comment's stamp after "At": "08:26 am on 17 Jun 2009", "18:40 23rd Mar 2010" (three-letter month, a year)
export const COMMENT_STAMP = String.raw`(?<h>[01]?\d|2[0-3]):(?<mi>[0-5]\d)(?:\s?(?<ap>[ap]m))?\s+(?:on\s+)?(?<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?<mon>[A-Z][a-z]{2})\s+(?<y>(?:19|20)\d\d)`;
/** A 24-hour time converted in brackets after another one, looked ahead to: "1653 (2153 GMT)". */
export const CONVERTED = `(?=\\s*\\(\\s*(?:[01]\\d|2[0-3])[:.]?[0-5]\\d\\s*${ZONE}\\s*\\))`;

// A live page heads each entry with its time, "0946: Norman Smith, BBC News Channel", or opens each entry's line with
// it, "2055 Harry Brown e-mails: …". A bare "HHMM" is such a stamp only on a page with several, one of them no likely
// year (before 1500, or two past 2030 that are no round decade: an evening's "2059: …", "2155: …"), so a list of years
// ("1998: …", "2003: …", "2050: …") or a dated heading ("June 17, 2010: …") is not read as times; stamps that open
// lines must also mostly run back in time, as a live page's newest-first entries do and a chronology's years do not.
const LIVE_STAMP = /(?:^|\s)((?:[01]\d|2[0-3])[0-5]\d):\s+[A-Z]/g;
const LINE_STAMP = /(?:^|\n)[ \t]*((?:[01]\d|2[0-3])[0-5]\d)[ \t]+["“]?[A-Z]/g;
const unlikelyYears = (stamps: number[]): boolean => stamps.some((n) => n < 1500) || stamps.filter((n) => n > 2030 && n % 10 !== 0).length >= 2;
// the line stamps of the last text asked about: a page is asked once per four-digit number on it
let lineStamps: { text: string; at: number[]; values: number[]; live: boolean } | undefined;
function lineStampsOf(text: string): NonNullable<typeof lineStamps> {
  if (lineStamps?.text === text) return lineStamps;
  const hits = [...text.matchAll(LINE_STAMP)];
  const values = hits.map((m) => Number(m[1]));
  const back = values.filter((n, i) => i > 0 && n <= values[i - 1]!).length;
  const live = values.length >= 5 && back >= 0.8 * (values.length - 1) && unlikelyYears(values);
  return (lineStamps = { text, at: hits.map((m) => m.index + m[0].indexOf(m[1]!)), values, live });
}

/** A live page runs newest first: a stamp above one half a day later ("0000 The BBC is closing" over "2358 …") is past midnight. */
export function afterMidnight(text: string, start: number): boolean {
  const page = lineStampsOf(text);
  const next = page.at.findIndex((at) => at > start);
  return page.live && next !== -1 && page.values[next]! >= Number(text.slice(start, start + 4)) + 1200;
}

/**
 * Whether the four digits at text[start, end) head an entry of a live page. An entry may also open mid-line, after a
 * caption that lacks its full stop ("Aerial footage of the destruction in Haiti 2207 The Wall Street Journal says"),
 * when it fits the run of the line stamps around it and no word before it makes it a year ("the 2004 Asian tsunami").
 */
export function liveStamp(text: string, start: number, end: number): boolean {
  if (/^:\s+[A-Z]/.test(text.slice(end, end + 3)) && text[start - 2] !== ',') {
    const stamps = [...text.matchAll(LIVE_STAMP)].map((m) => Number(m[1]));
    return stamps.length >= 3 && unlikelyYears(stamps);
  }
  if (!/^[ \t]+["“]?[A-Z]/.test(text.slice(end, end + 3))) return false;
  const page = lineStampsOf(text);
  if (!page.live) return false;
  if (/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, start - 4), start))) return true;
  const v = Number(text.slice(start, end));
  const next = page.at.findIndex((at) => at > start);
  const after = next === -1 ? undefined : page.values[next];
  const before = page.values[(next === -1 ? page.values.length : next) - 1];
  return (before === undefined || before >= v) && (after === undefined || v >= after)
    && !/\b(?:the|in|of|since|by|from|until|to|and|or|a|an|its|their)\s+$/i.test(text.slice(Math.max(0, start - 7), start));
}
/** A year named after a month or day, relative to publication or to the story: "June last year", "25 June that year", "Dec. 31 of the previous year". */
// "of that same year", "in June of that awful year": "that" may take a word of its own before "year"
/** TIMEX3's part-of-day codes ("2009-06-25TMO"). */
export const PART_CODE: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };
export const REL_YEAR = '\\s+(?:of\\s+)?(?<rel>this|last|next|that|the\\s+(?:previous|following|same))\\s+(?:(?<=that\\s+)(?:same|very|[a-z]+ful|terrible|momentous|tumultuous|turbulent)\\s+)?year';
export const SEASON = `(?:${alt(Object.keys(SEASONS))})`;
export const NUMBER_WORD = `(?:(?:${alt(Object.keys(TENS_WORDS))})(?:[- ](?:${alt(Object.keys(UNITS_WORDS).slice(1, 10))}))?|${alt(Object.keys(UNITS_WORDS))})`;
/** A count: digits (with thousands commas or decimals), a number word (and a half, "three-and-a-half" too), hundreds and thousands ("two thousand"), "a"/"an", a half ("half a century", "the past half century"), a dozen or a quarter century. */
export const COUNT = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?:\\s+1/2)?|(?:a|another|${NUMBER_WORD})\\s+(?:hundred|thousand)|${NUMBER_WORD}(?:(?:\\s+|-)and(?:\\s+|-)a(?:\\s+|-)half)?|a\\s+couple(?:\\s+of)?(?=\\s)|(?:a|another)\\s+few|a\\s+number\\s+of|several|(?<!\\bhow\\s+)many|half\\s+an?|an?\\s+half|(?<=\\b(?:past|last|next|first|final|the)\\s+)half(?=[\\s-]+(?:century|decade|hour|year)\\b)|(?<=\\b(?:past|last|next|first|final)\\s+)(?:hundred|thousand)(?=\\s+years\\b)|(?:a|one)\\s+quarter(?:\\s+of\\s+a)?(?=[\\s-]+centur)|(?:a|one|another|half\\s+a|two|three|four|five|six|\\d+)\\s+dozen|a|an|one)`;
// "9 hrs ago", "20 mins", "5 yrs": the short forms of web pages and wires
export const UNIT = `(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie)|millenni(?:um|a)|hr|min|yr)`;

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

/** Any such weekday, with a part of the day if given: `XXXX-WXX-6`, `XXXX-WXX-2TNI` (ISO counts Sunday as 7). */
export function anyWeekday(wd: number, part?: string): string {
  const code = part ? PART_CODE[part.toLowerCase().replace(/s$/, '')] : undefined;
  return `XXXX-WXX-${wd === 0 ? 7 : wd}${code ? `T${code}` : ''}`;
}

export function weekdayNumber(word: string): number | undefined {
  return WEEKDAYS[word.toLowerCase().replace(/\.$/, '')];
}

/** Unit letter from "years", "Week", "centuries". */
export function unitCode(word: string): string | undefined {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w.startsWith('millenni')) return 'L';
  return UNITS[w];
}

/** Reads a count phrase; null means "some unknown number" (several, a few). */
export function parseCount(raw: string): number | null {
  // "three-and-a-half" is "three and a half"
  const s = raw.toLowerCase().trim().replace(/,/g, '').replace(/-(and)-(a)-(half)$/, ' $1 $2 $3');
  if (/^(a|an|one|another)$/.test(s)) return 1;
  // "a couple of weeks", and the American "a couple weeks"
  if (/^a\s+couple(?:\s+of)?$/.test(s)) return 2;
  if (/^(?:half\s+an?|an?\s+half|half)$/.test(s)) return 0.5;
  // "a dozen", "half a dozen", "two dozen"; "a quarter (of a) century"
  const dozen = /^(?:(.+?)\s+)?dozen$/.exec(s);
  if (dozen) {
    const n = dozen[1] === undefined ? 1 : dozen[1] === 'half a' ? 0.5 : parseCount(dozen[1]);
    return n === null ? null : n * 12;
  }
  if (/^(?:a|one)\s+quarter/.test(s)) return 0.25;
  // "the past thousand years"
  if (/^(?:hundred|thousand)$/.test(s)) return s === 'hundred' ? 100 : 1000;
  // "a hundred", "two thousand"
  const big = /^(.+?)\s+(hundred|thousand)$/.exec(s);
  if (big) {
    const n = /^(?:a|another)$/.test(big[1]!) ? 1 : wordNumber(big[1]!);
    return n === undefined ? null : n * (big[2] === 'hundred' ? 100 : 1000);
  }
  if (/^(a few|another\s+few|a\s+number\s+of|several|few|many|some)$/.test(s)) return null;
  const half = /\s+(?:1\/2|and a half)$/.test(s) ? 0.5 : 0;
  const core = s.replace(/\s+(?:1\/2|and a half)$/, '');
  if (/^\d+(\.\d+)?$/.test(core)) return Number(core) + half;
  if (/^(a|an|one|another)$/.test(core)) return 1 + half;
  const n = wordNumber(core);
  return n === undefined ? null : n + half;
}

export function wordNumber(s: string): number | undefined {
  const parts = s.split(/[- ]+/);
  let total = 0;
  for (const p of parts) {
    const v = UNITS_WORDS[p] ?? TENS_WORDS[p];
    if (v === undefined) return undefined;
    total += v;
  }
  return total;
}

const ORDINAL_WORDS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
/** "the second baby rescued in as many days": "as many" repeats the ordinal said before it, so two days. */
export function asMany(n: string | undefined, text: string, start: number): string | undefined {
  if (!/^many$/i.test(n ?? '') || !/\bas\s+$/i.test(text.slice(Math.max(0, start - 3), start))) return n;
  const ordinal = new RegExp(`^.*\\b(${ORDINAL_WORDS.join('|')})\\b[^.!?]*$`, 'is').exec(text.slice(Math.max(0, start - 150), start));
  return ordinal ? String(ORDINAL_WORDS.indexOf(ordinal[1]!.toLowerCase()) + 2) : n;
}

/** After an age in days, weeks or months ("a 6-month-old son"), a young one: the age of a person or animal, not of an event. */
export const YOUNG = /^(?:\s+[\p{L}-]+){0,2}?\s+(?:baby|babies|boys?|girls?|sons?|daughters?|grand(?:son|daughter)s?|child(?:ren)?|infants?|toddlers?|twins?|brothers?|sisters?|nieces?|nephews?|calf|calves|cubs?|pupp(?:y|ies)|kittens?|foals?|chicks?|lambs?|piglets?|polar|who)\b/iu;
