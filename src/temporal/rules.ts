// The rule list of each language, compiled once at module load, each English rule gated by its keywords.
import { EN_DATE_RULES } from './en-dates.ts';
import { EN_NAME_RULES } from './en-names.ts';
import { EN_PERIOD_RULES } from './en-periods.ts';
import { EN_RELATIVE_RULES } from './en-relative.ts';
import { EN_SPAN_RULES } from './en-spans.ts';
import { gated, type Rule } from './grammar.ts';
import { JA_RULES } from './ja-rules.ts';
import { KO_RULES } from './ko-rules.ts';
import type { Lang } from './types.ts';

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const UNITS = 'second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|millenni';

// rule name → [keywords every match contains, how far before them a match may start, case-sensitive]
const GATES: Record<string, [string, number, boolean?]> = {
  'month-day': [MONTHS, 20], 'day-month': [MONTHS, 30], 'month-year': [MONTHS, 0], 'bare-month': [MONTHS, 25],
  'iso-date': ['\\d{4}-\\d\\d-', 0], 'slash-date': ['\\d/\\d', 3], 'ymd-date': ['\\d{4}[/.]\\d', 0],
  'year-range': ['\\d{4}', 10], year: ['\\d{4}', 12], decade: ["\\d0'?s", 10], century: ['century', 20],
  'decade-word': ['ties', 12], 'deictic-day': ['today|tonight|yesterday|tomorrow', 0], 'day-before': ['the day', 0],
  'this-part': ['morning|afternoon|evening|night', 6], weekday: ['day', 30], season: ['spring|summer|fall|autumn|winter', 15],
  'unit-relative': ['week|month|year|decade|century', 20], ago: ['ago|earlier|before|later|now|hence', 50],
  'year-ago': ['year', 25], 'ordinal-quarter': ['quarter', 45], 'q-quarter': ['Q[1-4]|[1-4]Q', 0, true],
  'deictic-quarter': ['quarter|period', 60], half: ['half', 15], 'h-half': ['H[12]|[12]H', 0, true],
  'fiscal-year': ['fiscal|financial', 25], 'full-year': ['full', 5], 'period-edge': ['end|beginning|start|middle|close|turn', 15],
  'year-end': ['end', 12], 'within-period': ['within', 0], duration: [UNITS, 60], 'few-units': [UNITS, 30],
  'set-adverb': ['ly', 12], 'set-every': ['every|each', 0], 'set-times': ['once|twice|times', 0], 'set-weekdays': ['days', 15],
  clock: ['a\\.?m|p\\.?m', 15], 'clock-24': [':', 3], noon: ['noon|midnight|midday', 15],
  'ref-present': ['now|current|days|present|moment', 10], 'ref-past': ['past|recent|late|previous|former|old days|ago', 15],
  weekend: ['weekend', 20], 'the-year': ['year', 15], 'spelled-year': ['nineteen|thousand', 30], holiday: ['christmas|year|thanksgiving|day|halloween', 25],
  'iso-duration': ['P\\d|PT\\d', 0, true],
  'ref-past-plural': ['recent|past', 0], 'ref-future': ['future|soon|term|later date', 25], 'ref-future-plural': ['coming|ahead', 30],
};

function withGate(r: Rule): Rule {
  const g = GATES[r.name];
  return g ? gated(r, g[0], g[1], g[2] ?? false) : r;
}

const EN: Rule[] = [...EN_PERIOD_RULES, ...EN_DATE_RULES, ...EN_RELATIVE_RULES, ...EN_NAME_RULES, ...EN_SPAN_RULES].map(withGate);
const NUMERIC = EN.filter((r) => r.name === 'iso-date' || r.name === 'slash-date' || r.name === 'ymd-date');

const BY_LANG: Record<Lang, Rule[]> = {
  en: EN,
  ko: [...KO_RULES, ...NUMERIC],
  ja: [...JA_RULES, ...NUMERIC],
};

export function rulesFor(lang: Lang): Rule[] {
  return BY_LANG[lang];
}

/** Hangul → Korean, kana → Japanese, else English. */
export function detectLang(text: string): Lang {
  if (/\p{Script=Hangul}/u.test(text)) return 'ko';
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
  if (/\p{Script=Han}[年月日]/u.test(text)) return 'ja';
  return 'en';
}
