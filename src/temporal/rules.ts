// The rule list of each language, compiled once at module load; each English rule with its trigger words.
import { EN_DATE_RULES } from './en-dates.ts';
import { EN_DAY_RULES } from './en-days.ts';
import { EN_NAME_RULES } from './en-names.ts';
import { EN_PERIOD_RULES } from './en-periods.ts';
import { EN_RELATIVE_RULES } from './en-relative.ts';
import { EN_SPAN_RULES } from './en-spans.ts';
import { EN_STRETCH_RULES } from './en-stretches.ts';
import { triggered, type Rule } from './grammar.ts';
import { JA_RULES } from './ja-rules.ts';
import { KO_RULES } from './ko-rules.ts';
import { MONTH as MONTH_RE, MONTHS, NUMBER_WORD, UNIT as UNIT_RE, WEEKDAYS, ZONE } from './lexicon.ts';
import type { Lang } from './types.ts';

const w = (s: string): string[] => s.split(' ');
const MONTH = Object.keys(MONTHS);
const WEEKDAY = Object.keys(WEEKDAYS);
const UNIT = w('second seconds minute minutes hour hours day days night nights week weeks fortnight fortnights month months quarter quarters year years decade decades century centuries millennium millennia hr hrs min mins yr yrs');

// Most trigger tokens start no match: a digit starts most tokens of business news ("$1.55 billion", "15%") and a unit
// word most often follows no count ("the year"). A gate, checked at the trigger token (looking behind it as well), lets
// the rule be tried only where the token stands as a match needs it.
const gate = (source: string): RegExp => new RegExp(source, 'yi');
const CLOCK_NUMBER = gate(String.raw`\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m`);
const HM = gate(String.raw`\d{1,2}:\d\d`);
// the end of a count before a unit word ("three", "a", "a couple of", "10-odd", "50-plus"), maybe with an adjective between
const COUNT_BEFORE = String.raw`(?<=(?:\d|\b(?:${NUMBER_WORD}|half|an?|one|another|hundred|thousand|couple|of|few|several|many|dozen|quarter|odd|plus))[\s-]+(?:[a-z]+(?:-free)?\s+)?)`;
const DAY_BEFORE = String.raw`(?<=\d(?:st|nd|rd|th)?\s+(?:of\s+)?)`;

// rule name → [trigger words, how far before a trigger a match may start, the gate at a trigger token]
const TRIGGERS: Record<string, [string[], number, RegExp?]> = {
  'month-day': [MONTH, 25], 'month-word-day': [MONTH, 0], 'day-month': [MONTH, 30, gate(DAY_BEFORE)], 'ordinal-of-month': [MONTH, 30, gate(String.raw`(?<=\bof\s+)`)], 'month-year': [MONTH, 0], 'bare-month': [MONTH, 25],
  'iso-date': [['#d4'], 0], 'week-of': [MONTH, 30, gate(String.raw`(?<=\b(?:of|beginning|starting|commencing)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?)`)], 'clock-part': [['#d', 'clock', 'tonight'], 12, gate(String.raw`(?:\d{1,2}(?:[:.]\d\d)?(?:\s+o['’])?|)clock\s+(?:in|at|last|this)\s|\d{1,2}(?:[:.]\d\d)?\s+(?:in|at|last|this|tonight\b)\s|(?<=\S\s+)tonight\b`)], 'slash-date': [['#d'], 0, gate(String.raw`\d{1,2}(?:/\d{1,2}/|-\d{1,2}-\d{4}|\.\d{1,2}\.\d{4})`)], 'ymd-date': [['#d4'], 0], 'comment-stamp': [['#d'], 0, HM], 'mail-stamp': [MONTH, 8, gate(String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s+\d{4}\s+\d\d:`)], 'split-year': [['#d4'], 0], 'year-range': [['#d4'], 12],
  year: [['#d4'], 12], decade: [['#d'], 5, gate(String.raw`(?:\d\d)?\d0'?s`)], century: [['century'], 20], 'decade-word': [w('twenties thirties forties fifties sixties seventies eighties nineties'), 5],
  'spelled-year': [w('nineteen thousand'), 30], 'deictic-day': [w('today tonight yesterday tomorrow'), 0], 'day-before': [['day'], 5],
  'this-part': [w('morning afternoon evening night'), 12], 'session-part': [w('morning afternoon evening'), 6], 'bare-ordinal-day': [['#d'], 0, gate(String.raw`(?<=\b(?:on|by|until|till|since)\s+the\s+)\d{1,2}(?:st|nd|rd|th)\b`)], weekday: [WEEKDAY, 20], season: [w('spring summer fall autumn winter'), 15],
  'unit-relative': [w('week fortnight month year decade century'), 15], weekend: [['weekend'], 30], 'in-the-year': [w('year month week day'), 5], 'bare-units': [w('years months weeks decades centuries millennia days hours minutes seconds'), 13], 'edge-units': [w('years months weeks days hours'), 24], 'the-year': [['year'], 15],
  ago: [w('ago earlier before later now hence back'), 55, gate(String.raw`(?<=(?:${UNIT_RE}s?|half|so)\s+(?:from\s+)?)`)], 'year-ago': [['year'], 25], 'ordinal-quarter': [w('quarter quarters qtr qtrs'), 45], 'quarter-pair': [['quarters'], 45],
  'q-quarter': [w('q1 q2 q3 q4 1q 2q 3q 4q'), 0], 'deictic-quarter': [w('quarter period'), 60], half: [w('half quarters'), 25], 'months-of-year': [['months'], 25],
  'h-half': [w('h1 h2 1h 2h'), 0], 'month-quarter': [w('quarter period'), 40, gate(String.raw`(?<=${MONTH_RE}\.?(?:\s+\d{4})?\s+)`)], 'fiscal-year': [w('fiscal financial'), 25], 'full-year': [['full'], 5], 'report-year': [w('half full'), 0], 'this-season': [['season'], 30],
  'period-edge': [w('end beginning start middle close turn'), 15], 'year-end': [['year'], 5], 'unit-end': [['end'], 12], 'month-end': [['month'], 5], 'within-period': [['within'], 0],
  'set-rate': [UNIT, 20, gate(String.raw`(?:day|hour|night|week|month|minute)s?\s+(?:a|an|per|each|in\s+a)\s`)],
  'past-unit': [w('day hour minute week month year'), 10, gate(String.raw`(?<=\b(?:last|past)\s+)(?:day|hour|minute)|(?:week|month|year)\s+since\b`)], duration: [UNIT, 60, gate(COUNT_BEFORE)], 'all-these': [['all'], 0], 'unit-and-half': [['half'], 45, gate(String.raw`(?<=\b(?:year|month|week|day|hour|minute)\s+and\s+a\s+)half`)], 'unit-old': [w('day week month'), 0], 'unit-long': [w('minute minutes hour hours day days week weeks month months year years decade decades century centuries hourlong daylong weeklong monthlong yearlong decadelong'), 0], 'iso-duration': [['#p'], 0], 'few-units': [UNIT, 30, gate(String.raw`(?<=\b(?:few|several|couple(?:\s+of)?|many)\s+)`)],
  'set-adverb': [w('daily weekly monthly half yearly hourly nightly biweekly'), 0], 'set-every': [w('every each'), 0], 'set-everyday': [['everyday'], 0], 'set-most': [['most'], 0], 'set-repeat': [w('day night week month year'), 0], 'set-month-every': [w('every each'), 16], 'set-weekends': [w('weekend weekends'), 6],
  'set-times': [w('once twice times'), 12], 'set-per': [['per'], 0], 'set-weekdays': [w('sundays mondays tuesdays wednesdays thursdays fridays saturdays mornings afternoons evenings nights'), 26],
  clock: [['#d'], 15, CLOCK_NUMBER], 'clock-range': [['#d'], 0, gate(String.raw`\d{1,2}(?:[:.]\d\d)?\s*(?:-|–|to)\s*\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m`)], oclock: [['clock'], 12], 'clock-24': [['#d'], 15, gate(String.raw`\d{1,2}[:.]\d\d|0\d[0-5]\d|(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:${ZONE}|(?:local|Eastern|Central|Mountain|Pacific|UK|British|London)\s|hours\b|hrs\b|\(|:\s)|(?=[ \t]+["“]?[A-Z]))`)], 'stamp-clock': [['#d'], 0, HM], noon: [w('noon midnight midday'), 15],
  holiday: [w('christmas year thanksgiving independence july fourth halloween valentine labor memorial election super easter good holy boxing st patrick bastille canada australia veterans remembrance armistice martin presidents columbus father april'), 6],
  'ref-present': [w('now current currently nowadays days present moment time day point juncture'), 10], 'ref-past': [w('past recently lately days ago current'), 30],
  'ref-past-plural': [w('recent past'), 0], 'ref-future': [w('future term date now days'), 30], someday: [w('someday day'), 10], soon: [['soon'], 15], 'new-year': [['year'], 8, gate(String.raw`(?<=\bnew\s+)`)],
  'vague-units': [w('days weeks months quarters years decades seconds minutes hours centuries'), 20], 'that-period': [[...w('year month spring summer fall autumn winter'), ...MONTH], 10, gate(String.raw`(?<=\b(?:that|same)\s+)`)], 'that-week': [w('week weekend'), 15], 'elliptic-last': [['last'], 0],
  'that-day': [w('day morning afternoon evening night'), 25], 'day-before-that': [w('day morning afternoon evening night'), 5], 'other-day': [['other'], 4], 'event-day': [w('day morning afternoon evening night'), 35], 'weekday-of-month': [WEEKDAY, 25, gate(String.raw`(?<=\b(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+)`)], 'week-of-month': [['week'], 20], overnight: [['overnight'], 0], 'nine-eleven': [['#d'], 0, gate(String.raw`9/11(?![\d/])`)], 'short-year': [['#d'], 1, gate(String.raw`(?<=\b(?:since|in|from|until|till|before|after|of)\s+')\d\d\b`)], midweek: [w('midweek mid'), 0],
};

function withTriggers(r: Rule): Rule {
  const t = TRIGGERS[r.name];
  if (!t) throw new Error(`temporal: rule ${r.name} has no trigger words`);
  return triggered(r, t[0], t[1], t[2]);
}

const EN: Rule[] = [...EN_PERIOD_RULES, ...EN_DATE_RULES, ...EN_RELATIVE_RULES, ...EN_STRETCH_RULES, ...EN_DAY_RULES, ...EN_NAME_RULES, ...EN_SPAN_RULES].map(withTriggers);
// numeric dates are read in every language; without triggers they scan the whole (short) text
const NUMERIC = EN_DATE_RULES.filter((r) => r.name === 'iso-date' || r.name === 'slash-date' || r.name === 'ymd-date');

const BY_LANG: Record<Lang, Rule[]> = {
  en: EN,
  ko: [...KO_RULES, ...NUMERIC],
  ja: [...JA_RULES, ...NUMERIC],
};

export function rulesFor(lang: Lang): Rule[] {
  return BY_LANG[lang];
}

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

/**
 * The dominant script of the text: Hangul → Korean, kana or kanji → Japanese, else English. An English page
 * with a Korean byline stays English: the other script must outweigh the Latin letters.
 */
export function detectLang(text: string): Lang {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const latin = count(sample, /[A-Za-z]/g);
  const hangul = count(sample, /\p{Script=Hangul}/gu);
  const japanese = count(sample, /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/gu);
  // a CJK character carries about a word: weigh it like three Latin letters
  if (hangul * 3 > latin && hangul >= japanese) return 'ko';
  if (japanese * 3 > latin) return 'ja';
  return 'en';
}
