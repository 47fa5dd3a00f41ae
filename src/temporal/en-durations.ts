// Lengths of time in English: a count of units ("two years", "2 1/2 years", "half a year") as a TIMEX3 duration, with
// the words that bound it ("about", "more than", "up to"), and when "a year" after an amount is a rate instead.
import type { Ctx } from './grammar.ts';
import { parseCount, unitCode } from './lexicon.ts';
import type { Draft, TimexMod } from './types.ts';
import { fmtDuration } from './value.ts';

// TIMEX3 bounds a length with its own words (LESS_THAN …), not those of a point in time (BEFORE …)
const DURATION_MOD: Record<string, TimexMod> = {
  about: 'APPROX', around: 'APPROX', roughly: 'APPROX', approximately: 'APPROX', some: 'APPROX',
  nearly: 'LESS_THAN', almost: 'LESS_THAN', under: 'LESS_THAN', 'less than': 'LESS_THAN', 'fewer than': 'LESS_THAN',
  'up to': 'EQUAL_OR_LESS', 'at most': 'EQUAL_OR_LESS', 'no more than': 'EQUAL_OR_LESS', within: 'EQUAL_OR_LESS',
  'more than': 'MORE_THAN', 'at least': 'EQUAL_OR_MORE', 'no less than': 'EQUAL_OR_MORE',
};
// "within" bounds a duration but stays out of its span, as TimeML marks it (a signal)
export const MOD_WORDS = Object.keys(DURATION_MOD).filter((w) => w !== 'within').map((w) => w.replace(' ', '\\s+')).join('|');
export const modBefore = (c: Ctx): string | undefined => (/\bwithin\s+$/i.test(c.text.slice(Math.max(0, c.start - 8), c.start)) ? 'within' : undefined);

/** Duration value of a count of units, in TIMEX3 letters (decades and centuries as years; quarters keep Q, as TimeBank writes "P2Q"). */
export function durationValue(n: number | null, unitWord: string): string {
  const code = unitCode(unitWord) ?? 'Y';
  const scale: Record<string, [number, string]> = { E: [10, 'Y'], C: [100, 'Y'], W2: [2, 'W'] };
  const [k, letter] = scale[code] ?? [1, code];
  if (n === null) return fmtDuration(null, code === 'E' ? 'E' : code === 'C' ? 'C' : letter);
  return fmtDuration(n * k, letter);
}

function halfToUnits(n: number, code: string): [number, string] | null {
  // "2 1/2 years" → P2Y6M; "a minute and a half" → PT1M30S
  if (Number.isInteger(n)) return null;
  const sub: Record<string, [number, string]> = { Y: [6, 'M'], D: [12, 'H'], H: [30, 'MIN'], MIN: [30, 'S'], M: [15, 'D'] };
  return sub[code] ?? null;
}

export function durationDraft(count: string, unitWord: string, dir: string | undefined, mod: string | undefined): Draft | null {
  const n = parseCount(count);
  const code = unitCode(unitWord) ?? 'Y';
  if (code === 'S' && n === 1 && !/\d|one/i.test(count)) return null; // "a second attempt"
  let value = durationValue(n, unitWord);
  const half = n === null ? null : halfToUnits(n, code);
  if (half && n !== null) {
    const whole = fmtDuration(Math.floor(n), code);
    const part = fmtDuration(half[0], half[1]);
    // "half a year" is P6M, not P0Y6M
    value = n < 1 ? part : whole + part.replace(/^PT?/, whole.includes('T') || !part.startsWith('PT') ? '' : 'T');
  }
  const d = (dir ?? '').toLowerCase();
  const direction = /past|last|previous/.test(d) ? 'past' : /next|coming|following|remaining/.test(d) ? 'future' : undefined;
  const m = mod ? DURATION_MOD[mod.toLowerCase().replace(/\s+/g, ' ')] : undefined;
  return { type: 'DURATION', value, ...(m ? { mod: m } : {}), ...(direction ? { direction } : {}) };
}

/** "four flights a week", "$500 million a year": a rate, so a SET rather than a duration. */
export function isRate(count: string, unit: string, m: RegExpExecArray, text: string, end: number): boolean {
  if (!/^an?$/i.test(count.trim())) return false;
  // "up from 33.8 a week earlier", "predict storms a year out": a distance in time, not a rate
  if (/^\s+(?:earlier|later|before|after|ago|out|ahead|prior)\b/i.test(text.slice(end, end + 8))) return false;
  const before = text.slice(Math.max(0, m.index - 24), m.index);
  // "a second" is a rate only after a number of things ("10,000 messages a second"); else the ordinal: "faces a second
  // challenge", "illustrates a second tenet"
  if (/^seconds?$/i.test(unit) && !/(?:\d\S*\s+(?:\w+\s+)?\w+s|\d|\btimes|\bmillion|\bbillion)\s+$/i.test(before)) return false;
  // also after "people", "feet", "$3.5m", "£5bn": "kills 500,000 people a year", "$12.5m a day", and after what the
  // things are of: "5,000 barrels of oil a day"; hyphenated as a modifier: "$700-an-hour fees". "as long as a month"
  // is a length: the "s" of "as" is no plural, nor is that of a verb of length ("the holiday lasts a week")
  return /(?:\d|\b\w+s(?:\s+of\s+[a-z]+)?|\bmillion|\bbillion|\bhours?|\bminutes?|\bpeople|\bfeet|\d\s?(?:m|bn))(?:\s+|-)$/i.test(before) && !/\b(?:for|in|within|over|than|after|before|least|about|nearly|almost|is|was|of|as|lasts|takes|needs|requires|spends|stays|remains|waits|goes)\s+$/i.test(before);
}
