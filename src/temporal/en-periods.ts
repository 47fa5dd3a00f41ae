// English rules for business periods: quarters ("the third quarter", "Q3 2024", "the year-ago quarter"),
// halves ("the first half of 2024"), fiscal years, and the edges of periods ("by the end of the month").
import { addDays, addMonths } from './calendar.ts';
import { rule, type Ctx, type Rule } from './grammar.ts';
import { MONTH, monthNumber, ORDINALS } from './lexicon.ts';
import { habitual } from './modals.ts';
import { quarterOf } from './resolve.ts';
import type { Draft, TimexMod } from './types.ts';
import { fmtMonth, fmtWeek, fmtYear } from './value.ts';
import { endedYear, fullYear } from './year.ts';

const ORD = '(?:first|second|third|fourth|1st|2nd|3rd|4th|final)';
// what a half belongs to when it is no year's (the year forms are in the rule's own pattern)
// ("the second half of the 20th century" leaves the century to its own rule)
const HALF_OF_OTHER = /^\s+of\s+(?!(?:the|its|this|next|last|their)\s+(?:fiscal|financial|calendar|current|year)\b|(?:fiscal|financial|calendar)\b|\d{4})/i;

/**
 * A quarter; a completed one becomes the document's reference quarter for "a year ago", "the quarter". A fiscal
 * quarter may be finished though it bears the current calendar quarter's number: "its fourth quarter ended Sept. 30",
 * "profit fell in the fourth quarter".
 */
function quarterDraft(y: number, q: number, c: Ctx, remember = true): Draft {
  const ended = /^\s+ended\b/i.test(c.text.slice(c.end, c.end + 8));
  const at = y * 4 + q - (c.ref.y * 4 + quarterOf(c.ref));
  const known = c.doc.quarter;
  // the latest completed quarter is the one reported on; "after a flat second quarter" looks back from it
  const later = !known || y * 4 + q >= known.y * 4 + known.q;
  if (remember && later && (at < 0 || (at === 0 && (ended || c.tense() === 'past')))) c.doc.quarter = { y, q };
  return { type: 'DATE', value: `${fmtYear(y)}-Q${q}` };
}

// "the second quarter ended Oct. 31[, 1988]": a fiscal quarter is named for the year its last day falls in
const ENDED_DAY = new RegExp(`^\\s*,?\\s+(?:which\\s+|that\\s+)?ended\\s+(?:on\\s+)?(?<mon>${MONTH})\\s+(?<d>[12]\\d|3[01]|0?[1-9])\\b(?:,?\\s+(?<y>(?:19|20)\\d\\d)\\b)?`, 'i');

function endedDay(c: Ctx): { y: number; m: number } | undefined {
  const g = ENDED_DAY.exec(c.text.slice(c.end, c.end + 40))?.groups;
  const m = monthNumber(g?.mon ?? '');
  if (!g || !m) return undefined;
  return { y: g.y ? Number(g.y) : endedYear(c.ref, m, Number(g.d)), m };
}

const endedQuarterYear = (c: Ctx): number | undefined => endedDay(c)?.y;

// "the quarter ended July 31" with no quarter named before it is the calendar quarter holding most of its three months,
// the one of the month before the last (May to July is the second); after "its fiscal first quarter" it is that one
function endedQuarter(c: Ctx): Draft | undefined {
  const e = endedDay(c);
  if (!e) return undefined;
  const y = e.m === 1 ? e.y - 1 : e.y;
  return quarterDraft(y, quarterOf({ y, m: e.m === 1 ? 12 : e.m - 1, d: 1 }), c);
}

/** Year of an ordinal quarter/half given without one: a past clause cannot talk about a later one. */
function periodYear(c: Ctx, index: number, perYear: number, explicit: string | undefined, rel: string | undefined, fiscal = false): number {
  if (explicit) return Number(explicit.replace(/'s$/, ''));
  const r = (rel ?? '').toLowerCase();
  if (r.startsWith('last')) return c.ref.y - 1;
  if (r.startsWith('next')) return c.ref.y + 1;
  if (r.startsWith('this')) return c.ref.y;
  const current = perYear === 4 ? quarterOf(c.ref) : c.ref.m <= 6 ? 1 : 2;
  // a fiscal quarter just reported ("profit rose in its fiscal fourth quarter", written in August) ended in the fiscal
  // year named for this calendar year, once that year's first quarter is over
  if (fiscal && current > 1) return c.ref.y;
  // "expect rates to hold through the first quarter" in December: a quarter two or more back is next year's when ahead
  // (the one just ended is still reported on: "will report second-quarter results" in July)
  // (not the first of a range whose end names the year: "no dividends for Q2 - Q4 2010")
  if (perYear === 4 && index < current - 1 && !/\d{4}/.test(c.text.slice(c.end, c.end + 24)) && c.tense() === 'future') return c.ref.y + 1;
  return index > current && c.tense() === 'past' ? c.ref.y - 1 : c.ref.y;
}

const QUARTER_FIGURES = /^\s+(?:(?:gross\s+domestic\s+product|GDP|economic|growth|earnings|sales|trade|jobs)\s+)?(?:data|figures|results|earnings|numbers|report|statistics|GDP)\b/i;
const RESULTS_OF = /^['’]s\s+(?:net\s+)?(?:loss|profit|earnings|results|income|sales|revenue)\s+(?!(?:will|would|could|may|might|should|is\s+expected|are\s+expected)\b)[a-z]+/i;

const quarterBefore = (p: { y: number; q: number }): { y: number; q: number } => (p.q === 1 ? { y: p.y - 1, q: 4 } : { y: p.y, q: p.q - 1 });

function deicticQuarter(det: string, adj: string, c: Ctx): Draft | null {
  const refQ = { y: c.ref.y, q: quarterOf(c.ref) };
  const prevQ = quarterBefore(refQ);
  // with none reported on yet, the quarter just named: "first-quarter earnings, due out April 16 … $1.35 for the
  // quarter, against $1.27 in the year-earlier period"
  // (only a quarter not yet over: an earlier one named is a comparison, "the year-earlier quarter")
  const m = /^(\d{4})-Q([1-4])$/.exec(c.doc.namedQuarter ?? '');
  const named = m && Number(m[1]) * 4 + Number(m[2]) >= refQ.y * 4 + refQ.q ? { y: Number(m[1]), q: Number(m[2]) } : undefined;
  const a = adj.toLowerCase();
  // ("the latest quarter" is the last one reported or ended, never one still under way)
  const known = c.doc.quarter ?? (/latest|recent/.test(a) ? undefined : named) ?? prevQ;
  const year = /(\d{4})/.exec(a)?.[1];
  if (/year-?\s?(ago|earlier)|comparable|corresponding/.test(a)) return { type: 'DATE', value: `${fmtYear(known.y - 1)}-Q${known.q}` };
  // "the 1988 period": that period of 1988 when a quarter is under discussion, else the year
  if (year) return c.doc.quarter ? quarterDraft(Number(year), known.q, c, false) : { type: 'DATE', value: year };
  const d = det.toLowerCase();
  if ((d === 'the' || d === 'its') && !a.trim() && !c.doc.quarter) {
    const ended = endedQuarter(c);
    if (ended) return ended;
    // "the problem will hang over the banks through the quarter": with no report on a past quarter, the one under way
    if (c.tense() === 'future') return quarterDraft(refQ.y, refQ.q, c);
    if (named) return quarterDraft(known.y, known.q, c);
  }
  if (d === 'that' && !a.trim() && c.doc.namedQuarter) return { type: 'DATE', value: c.doc.namedQuarter };
  // "This quarter's loss includes a charge" in a report on a quarter just ended is that quarter (the known one below):
  // results are counted once a quarter is over ("this quarter's profit will suffer" is still the current one)
  const reported = d === 'this' && !a.trim() && !!c.doc.quarter && RESULTS_OF.test(c.text.slice(c.end, c.end + 40));
  if (!reported && (d === 'this' || /current/.test(a))) return quarterDraft(refQ.y, refQ.q, c);
  if (d === 'next') return quarterDraft(refQ.q === 4 ? refQ.y + 1 : refQ.y, refQ.q === 4 ? 1 : refQ.q + 1, c);
  // "the previous quarter" after a report on the third is the second; "last quarter" counts from publication
  const reportedQ = d === 'the' && c.doc.quarter ? c.doc.quarter : undefined;
  if (reportedQ && /previous|prior/.test(a)) {
    const before = quarterBefore(reportedQ);
    return quarterDraft(before.y, before.q, c, false);
  }
  if (d === 'last' || /previous|prior/.test(a)) return quarterDraft(prevQ.y, prevQ.q, c);
  // "the quarter" with none named yet is the one just ended, which the report is then about
  return quarterDraft(known.y, known.q, c);
}

// a year written earlier in the same sentence, not an amount ("$1990", "1986 pct")
const YEAR_IN = /(?<![\d$.,])(?:19|20)\d\d(?![\d%]|[.,]\d|\s+(?:pct|percent|per\s+cent)\b)/g;
function sentenceYear(c: Ctx): number | undefined {
  const before = c.text.slice(Math.max(0, c.start - 160), c.start).split(/[.!?]['"”’)]*\s+(?=[A-Z"“])|\n/).at(-1)!;
  const years = before.match(YEAR_IN);
  return years ? Number(years.at(-1)) : undefined;
}

const EDGE_MOD: Record<string, TimexMod> = { end: 'END', close: 'END', beginning: 'START', start: 'START', middle: 'MID', turn: 'END' };

function periodValue(unit: string, shift: string, c: Ctx): string {
  const n = /next/i.test(shift) ? 1 : /last/i.test(shift) ? -1 : 0;
  if (unit === 'week') return fmtWeek(addDays(c.ref, 7 * n));
  if (unit === 'month') {
    const d = addMonths(c.ref, n);
    return fmtMonth(d.y, d.m);
  }
  if (unit === 'quarter') {
    const d = addMonths(c.ref, 3 * n);
    return `${fmtYear(d.y)}-Q${quarterOf(d)}`;
  }
  if (unit === 'decade') return String(Math.floor(c.ref.y / 10) + n);
  return fmtYear(c.ref.y + n);
}

export const EN_PERIOD_RULES: Rule[] = [
  rule(
    'ordinal-quarter',
    // "the" belongs to "the third quarter" but not to the adjective in "the third-quarter loss"; "its" never does;
    // "the last quarter of this year" is its fourth, while "last quarter" alone is the one before this; "the final
    // quarter in 2010" names its year like "of 2010"
    `(?:(?:the|(?<rel>this\\s+year's|last\\s+year's|next\\s+year's)|(?<py>\\d{4})'s)\\s+(?![^\\s-]+-quarter))?(?:(?<y0>\\d{4})\\s+)?(?:(?:(?<fis>fiscal)|calendar)[\\s-]+)?(?<ord>${ORD}|last(?=\\s+quarter\\s+of\\s+(?:\\d{4}|this|last|next|fiscal)\\b))[\\s-]+(?:(?:(?<fis2>fiscal)|calendar)[\\s-]+)?(?:quarters?|qtrs?\\b\\.?)(?:\\s+(?:(?:of|in)\\s+)?(?:(?:fiscal\\s+)?(?<y1>\\d{4})|(?<rel2>this|last|next)\\s+year)|\\s+of\\s+the\\s+year)?`,
    (g, c) => {
      const q = /^(?:final|last)$/i.test(g.ord ?? '') ? 4 : ORDINALS[g.ord?.toLowerCase() ?? ''] ?? 1;
      const explicit = g.y0 ?? g.y1 ?? g.py;
      const rel = g.rel ?? g.rel2;
      // "will publish fourth-quarter GDP data on Feb. 14": figures of a quarter two or more ahead are last year's
      const figures = !explicit && !rel && q >= quarterOf(c.ref) + 2 && QUARTER_FIGURES.test(c.text.slice(c.end, c.end + 40)) ? c.ref.y - 1 : undefined;
      const y = (!explicit && !rel ? endedQuarterYear(c) : undefined) ?? figures ?? periodYear(c, q, 4, explicit, rel, !!(g.fis ?? g.fis2));
      // "business is usually done in the second and fourth quarters": those quarters of any year
      if (!explicit && !rel && /quarters$/i.test(c.text.slice(c.start, c.end)) && habitual(c)) return { type: 'DATE', value: `XXXX-Q${q}` };
      const d = quarterDraft(y, q, c);
      // a fiscal quarter reported on is over, whatever calendar quarter bears its number
      return (g.fis ?? g.fis2) && !explicit && !rel && c.tense() === 'past' ? { ...d, direction: 'past' } : d;
    },
  ),
  // "the second and third quarters of 2010": the first ordinal is a quarter of its own, of the same year
  rule(
    'quarter-pair',
    `(?:the\\s+)?(?<ord>${ORD})(?=(?:,\\s*|\\s+(?:and|or|to)\\s+)(?:the\\s+)?${ORD}[\\s-]+quarters\\b(?:\\s+(?:of|in)\\s+(?<y>\\d{4}))?)`,
    (g, c) => {
      const q = ORDINALS[g.ord?.toLowerCase() ?? ''] ?? 1;
      if (!g.y && habitual(c)) return { type: 'DATE', value: `XXXX-Q${q}` };
      return quarterDraft(g.y ? Number(g.y) : periodYear(c, q, 4, undefined, undefined), q, c, false);
    },
  ),
  rule('q-quarter', "(?:Q(?<a>[1-4])|(?<b>[1-4])Q)(?:\\s*(?<y>\\d{4}|'\\d\\d))?", (g, c) => {
    const q = Number(g.a ?? g.b);
    const y = g.y ? (g.y.startsWith("'") ? 2000 + Number(g.y.slice(1)) : Number(g.y)) : periodYear(c, q, 4, undefined, undefined);
    return quarterDraft(y, q, c);
  }, undefined, 'g'),
  rule(
    'deictic-quarter',
    '(?<det>the|this|that|last|next|its|last\\s+year\'s)\\s+(?<adj>(?:(?:current|latest|most\\s+recent|recent|previous|prior|same|comparable|corresponding|year-?\\s?ago|year-?\\s?earlier|\\d{4}|fiscal|financial|flat)\\s+)*)(?<u>quarter|period)(?!-)(?<ago>\\s+a\\s+year\\s+(?:ago|earlier)|\\s+last\\s+year)?',
    // "last year's quarter" and "the quarter a year ago" are the year-ago quarter
    (g, c) => {
      const yearAgo = g.ago !== undefined || /^last\s+year/i.test(g.det ?? '');
      return deicticQuarter(g.det ?? '', yearAgo ? `year-ago ${g.adj ?? ''}` : g.adj ?? '', c);
    },
    // "the quarter of a billion web users", "the quarter million square miles" are fractions
    (g, m, text) => (g.u?.toLowerCase() === 'quarter' || /latest|ago|earlier|comparable|corresponding|\d{4}/i.test(g.adj ?? ''))
      && !/^\s+(?:of\s+(?:a|an|the|all|its|their)|million|billion|trillion)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10)),
  ),
  rule(
    'half',
    `(?:the\\s+)?(?:(?<ord>first|second|last|latter|1st|2nd)[\\s-]+half|(?<ord2>first|last)\\s+two\\s+quarters)(?:\\s+in\\s+(?<yin>\\d{4})|\\s+of\\s+(?:(?<y>\\d{4})|(?<rel>this|last|next|the)\\s+year|the\\s+(?<dec>'\\d0s|1[5-9]\\d0s|20\\d0s)))?`,
    (g, c) => {
      // "the last half of the '80s": TIMEX3 has no half-decade, so the decade
      if (g.dec) return { type: 'DATE', value: String(fullYear(g.dec.replace(/s$/, ''))).slice(0, 3) };
      const h = /first|1st/i.test(g.ord ?? g.ord2 ?? '') ? 1 : 2;
      const rel = g.rel?.toLowerCase() === 'the' ? undefined : g.rel;
      return { type: 'DATE', value: `${fmtYear(periodYear(c, h, 2, g.y ?? g.yin, rel))}-H${h}` };
    },
    // "the first half of August", "the second half of the match", "the first half of this article": a half of
    // something other than a year
    (_g, m, text) => !HALF_OF_OTHER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 36)),
  ),
  // "the first three months of 2010", "the last six months of the year": a calendar quarter or half once its year
  // is named; without one it stays a length ("the first nine months" is P9M)
  rule(
    'months-of-year',
    '(?:the\\s+)?(?<ord>first|last|final)\\s+(?<n>three|six|3|6)\\s+months\\s+of\\s+(?:(?<y>\\d{4})|(?<rel>this|last|next|the)\\s+year)',
    (g, c) => {
      const first = g.ord?.toLowerCase() === 'first';
      const three = /three|3/i.test(g.n ?? '');
      const part = three ? (first ? 1 : 4) : first ? 1 : 2;
      const rel = g.rel?.toLowerCase() === 'the' ? undefined : g.rel;
      const y = fmtYear(periodYear(c, part, three ? 4 : 2, g.y, rel));
      return { type: 'DATE', value: three ? `${y}-Q${part}` : `${y}-H${part}` };
    },
  ),
  // "the July-September quarter", "the April-to-June period", "the January-June period": a calendar quarter or half
  // written as its months (other month ranges are two dates)
  rule(
    'month-quarter',
    `(?:the\\s+)?(?<m1>${MONTH})\\.?(?:\\s*[-–/]\\s*|-to-|\\s+(?:to|through)\\s+)(?<m2>${MONTH})\\.?(?:\\s+(?<y0>\\d{4}))?\\s+(?:quarter|period)(?:\\s+(?:of\\s+)?(?<y>\\d{4}))?`,
    (g, c) => {
      const m1 = monthNumber(g.m1 ?? '') ?? 1;
      const m2 = monthNumber(g.m2 ?? '') ?? 3;
      const explicit = g.y0 ?? g.y;
      const q = (m1 + 2) / 3;
      if (m2 - m1 === 2) return quarterDraft(explicit ? Number(explicit) : periodYear(c, q, 4, undefined, undefined), q, c);
      const h = m1 === 1 ? 1 : 2;
      return { type: 'DATE', value: `${fmtYear(explicit ? Number(explicit) : periodYear(c, h, 2, undefined, undefined))}-H${h}` };
    },
    (g) => {
      const m1 = monthNumber(g.m1 ?? ''), m2 = monthNumber(g.m2 ?? '');
      return !!m1 && !!m2 && ((m1 % 3 === 1 && m2 - m1 === 2) || ((m1 === 1 || m1 === 7) && m2 - m1 === 5));
    },
  ),
  rule('h-half', '(?:H(?<a>[12])|(?<b>[12])H)\\s*(?<y>\\d{4})', (g) => ({ type: 'DATE', value: `${g.y}-H${g.a ?? g.b}` }), undefined, 'g'),
  rule(
    'fiscal-year',
    '(?:(?<det>the|this|last|next|its)\\s+)?(?<adj>current\\s+|latest\\s+|previous\\s+|coming\\s+|full\\s+)?(?:(?<y0>\\d{4})\\s+)?(?:fiscal|financial)\\s+year(?:\\s+(?<y>\\d{4}))?',
    (g, c) => {
      // "fiscal year 2012", "the 2012 fiscal year"
      const y = g.y ?? g.y0;
      if (y) return { type: 'DATE', value: y };
      const w = `${g.det ?? ''} ${g.adj ?? ''}`.toLowerCase();
      if (/last|previous/.test(w)) return { type: 'DATE', value: fmtYear(c.ref.y - 1) };
      if (/next|coming/.test(w)) return { type: 'DATE', value: fmtYear(c.ref.y + 1) };
      if (/this|current|latest/.test(w) || !/^\s+(?:ended|ending)\b/i.test(c.text.slice(c.end, c.end + 10))) {
        return { type: 'DATE', value: fmtYear(c.ref.y) };
      }
      return { type: 'DURATION', value: 'P1Y' };
    },
  ),
  // "In 1986 the company earned 1.19 dlrs a share for the full year": the year the sentence named
  rule('full-year', 'the\\s+full\\s+year', (_g, c) => ({ type: 'DATE', value: fmtYear(sentenceYear(c) ?? c.ref.y) })),
  // a company's "half-year results" are those of the year's first half, as "first-half profits" are; its "full-year
  // results" cover a whole year (the blind annotators write P1Y 3 times of 3)
  rule('report-year', '(?<![\\w-])(?<k>half|full)[\\s-]year(?=\\s+(?:results?|figures|earnings|profits?|pre-?tax|report|accounts|numbers|dividends?|statements?|sales|revenues?|loss(?:es)?|net|forecasts?|guidance)\\b)',
    (g, c) => (g.k?.toLowerCase() === 'half' ? { type: 'DATE', value: `${fmtYear(c.ref.y)}-H1` } : { type: 'DURATION', value: 'P1Y' })),
  // "hurricanes this season", "this fishing season": a season of the trade or the weather, not of the calendar, is
  // dated by its year (the blind annotators write the year 9 times in 16, a calendar season or now the rest)
  rule('this-season', 'this\\s+(?:(?:hurricane|storm|fishing|tourist|peak|holiday|growing|planting|shrimp|oyster|nesting|breeding)\\s+)?season(?![\\w-])',
    (_g, c) => ({ type: 'DATE', value: fmtYear(c.ref.y) })),
  // the end of the month / by the end of next year / the beginning of this week; not "the end of the week-long
  // assembly", where the unit starts an adjective of length
  rule(
    'period-edge',
    '(?:the\\s+)?(?:very\\s+)?(?<pos>end|beginning|start|middle|close|turn)\\s+of\\s+(?:the|this|(?<shift>next|last))\\s+(?<u>week|month|year|quarter|decade)(?![\\w-])',
    // ("inventory was down at the end of the quarter" in a report on the second: the quarter reported on)
    (g, c) => {
      const reported = g.u?.toLowerCase() === 'quarter' && !g.shift && /^the\b/i.test(c.text.slice(c.end - 11, c.end)) ? c.doc.quarter : undefined;
      const mod = EDGE_MOD[g.pos?.toLowerCase() ?? 'end'];
      if (reported) return { ...quarterDraft(reported.y, reported.q, c, false), mod };
      return { type: 'DATE', value: periodValue(g.u?.toLowerCase() ?? 'year', g.shift ?? '', c), mod };
    },
  ),
  rule('year-end', "(?:the\\s+)?year(?:'s)?[\\s-]end", (_g, c) => ({ type: 'DATE', value: fmtYear(c.ref.y), mod: 'END' })),
  // "by week's end", "before month's end": the end of the current one
  rule('unit-end', "(?<u>week|month)['’]s\\s+end\\b", (g, c) => ({ type: 'DATE', value: periodValue(g.u?.toLowerCase() ?? 'week', '', c), mod: 'END' })),
  // "before the month-end", "month-end figures": the current month's, or in a past clause the one before; "to lift
  // February cargoes before the month-end" is the end of the month just named
  rule('month-end', '(?:the\\s+)?month[\\s-]end(?![\\w-])', (_g, c) => {
    const named = c.doc.last;
    if (named?.m && !named.d && c.start - named.end < 60) return { type: 'DATE', value: fmtMonth(named.y, named.m), mod: 'END' };
    return { type: 'DATE', value: periodValue('month', c.tense() === 'past' ? 'last' : '', c), mod: 'END' };
  }),
  // within this year / within the month: a deadline at the period's end
  rule('within-period', 'within\\s+(?:the|this)\\s+(?<u>week|month|year|quarter)', (g, c) =>
    ({ type: 'DATE', value: periodValue(g.u?.toLowerCase() ?? 'year', '', c), mod: 'END', deadline: true })),
];
