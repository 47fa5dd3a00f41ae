// tagDates: runs a language's rules over the text, keeps the longest non-overlapping matches,
// resolves each against the publication day, then attaches modifiers, precision and direction.
import { addDays, isoWeekStart, toEpochDay, weekday } from './calendar.ts';
import { inWeekUpTo } from './anchor.ts';
import { collect, type Candidate } from './dispatch.ts';
import { groupsOf, type Ctx, type DocMemory } from './grammar.ts';
import { weekdayNumber } from './lexicon.ts';
import { applyModifiers, applySuffix } from './modifiers.ts';
import { rulesFor, detectLang } from './rules.ts';
import { valueBounds } from './span.ts';
import { tenseAt } from './tense.ts';
import { tenseCjk } from './cjk-common.ts';
import { entryRefs, refAt } from './entries.ts';
import { eventsNear, rememberEvents } from './events.ts';
import type { Direction, Draft, TagOptions, Tense, Timex, Ymd } from './types.ts';
import { fmtDay, fmtWeek, precisionOf } from './value.ts';

/** The publication day from a Date (its UTC day) or an ISO string (its written day). */
export function referenceDay(published: Date | string): Ymd | null {
  if (typeof published === 'string') {
    const m = /^(\d{4})-(\d\d)-(\d\d)/.exec(published.trim());
    if (m) return { y: +m[1]!, m: +m[2]!, d: +m[3]! };
    const parsed = new Date(published);
    if (Number.isNaN(parsed.getTime())) return null;
    published = parsed;
  }
  if (Number.isNaN(published.getTime())) return null;
  return { y: published.getUTCFullYear(), m: published.getUTCMonth() + 1, d: published.getUTCDate() };
}

/** Longest match wins; on equal length the earlier rule in the list. */
function select(cands: Candidate[]): Candidate[] {
  cands.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.order - b.order);
  const chosen: Candidate[] = [];
  for (const c of cands) {
    const last = chosen[chosen.length - 1];
    if (last && c.start < last.end) {
      if (c.end - c.start > last.end - last.start) chosen[chosen.length - 1] = c;
      continue;
    }
    chosen.push(c);
  }
  return chosen;
}

function directionOf(draft: Draft, ref: Ymd): Direction {
  if (draft.direction) return draft.direction;
  if (draft.value === 'PAST_REF') return 'past';
  if (draft.value === 'PRESENT_REF') return 'present';
  if (draft.value === 'FUTURE_REF') return 'future';
  if (draft.type === 'DURATION' || draft.type === 'SET') return 'unknown';
  const b = valueBounds(draft.value);
  if (!b) return 'unknown';
  const r = toEpochDay(ref);
  if (toEpochDay(b[1]) < r) return 'past';
  if (toEpochDay(b[0]) > r) return 'future';
  return 'present';
}

function finish(c: Candidate, draft: Draft, text: string, ref: Ymd): Timex {
  const tx: Timex = {
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    type: draft.type,
    value: draft.value,
    precision: precisionOf(draft.value, draft.type),
    direction: directionOf(draft, ref),
  };
  if (draft.mod) tx.mod = draft.mod;
  if (draft.deadline) tx.deadline = true;
  if (draft.range) tx.range = draft.range;
  return tx;
}

// a day named as its night: "late Tuesday", "Sunday night", "Monday evening"
const NIGHT = /\b(?:night|evening|late)\b|T(?:NI|EV)$/i;
/** How far into the text the story's opening runs, for the day it reports on. */
const LEAD = 600;

const DATELINE_AFTER = /^,?\s*(?:\d{4}\s*)?\((?:AFP|AP|Xinhua|Reuters|UPI|dpa|Kyodo|Yonhap|Bloomberg|CNN|BBC|IANS|PTI|ANI)\)/;
const STAMP_LINE = /(?:^|\n)[ \t]*(?:updated|posted|published|last\s+updated|first\s+published)\b[^\n]*$/i;
const stampDay = (text: string, start: number, end: number): boolean =>
  DATELINE_AFTER.test(text.slice(end, end + 24)) || STAMP_LINE.test(text.slice(Math.max(0, start - 60), start));

/**
 * Keeps the last calendar date of the document for the expressions anchored to it, and the last day named in the week
 * up to publication (the news day, for "the day's"). A date after "since" only opens
 * a stretch that runs up to now, so the story does not move to it: "down since 20 April … by 2.30 pm" is today.
 */
function remember(doc: DocMemory, draft: Draft, text: string, start: number, end: number, since: boolean, ref: Ymd): void {
  if (/^\d{4}-Q[1-4]$/.test(draft.value)) doc.namedQuarter = draft.value;
  // (a quarter, half or season keeps its year: "in the first quarter of 2014 … by the end of that year")
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T|$|-(?:[QH]\d|SP|SU|FA|WI)$)/.exec(draft.value);
  // an event's day is kept even after "since": "since April 20, when the rig exploded"
  if (m?.[3] && !draft.range) rememberEvents((doc.events ??= {}), eventsNear(text, start, end), { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) });
  // (a bare year after "since" is still the year "that year" names: "the most intense since 2005. That year …")
  if ((since && !/^\d{4}$/.test(draft.value)) || draft.aside) return;
  if (!m || (draft.type !== 'DATE' && draft.type !== 'TIME')) return;
  // ("late" is a modifier, outside the match)
  const night = NIGHT.test(`${text.slice(Math.max(0, start - 5), end)} ${draft.value}`);
  doc.last = { y: Number(m[1]), ...(m[2] ? { m: Number(m[2]) } : {}), ...(m[3] ? { d: Number(m[3]) } : {}), end, night };
  const day = m[3] ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
  if (day && inWeekUpTo(ref, day)) doc.newsDay = day;
  // (a photo caption's "June 2:" heads a picture, not the story)
  // (nor a dateline's or a page stamp's day, "BEIJING, May 14, 2014 (AFP) -", "updated 5:18 PM EST, Mon February 3, 2014":
  // the publication day, which says nothing of the day the story tells)
  if (day && start < LEAD && !doc.lead && !/^[ \t]*:/.test(text.slice(end, end + 3))) {
    if (stampDay(text, start, end)) doc.stamped = true;
    else doc.lead = { day, night };
  }
  if (day && !/^(?:today|tonight)$/i.test(text.slice(start, end))) doc.toldDay = day;
}

// "Thu Aug 19, 2010 4:46 pm EDT", a page stamp "Sunday, November 14, 2010; 7:04 PM": a day and the clock time on it
// are one time, also set off by a dash: "Thursday, 28 April 2022 – 3:55pm"; but "June 5 at 3 p.m." is two, as a
// TIMEX3 holds no preposition
const DAY_THEN_CLOCK = /^(?:[,;]|\s[–—-])?\s*$/;
function joinDayAndClock(out: Timex[], text: string): Timex[] {
  const joined: Timex[] = [];
  for (const tx of out) {
    const day = joined[joined.length - 1];
    const sameDay = day && day.type === 'DATE' && !day.range && /^\d{4}-\d\d-\d\d$/.test(day.value) && tx.type === 'TIME' && tx.value.startsWith(`${day.value}T`) && /T\d/.test(tx.value);
    if (sameDay && DAY_THEN_CLOCK.test(text.slice(day.end, tx.start))) {
      joined[joined.length - 1] = { ...tx, start: day.start, text: text.slice(day.start, tx.end) };
      continue;
    }
    joined.push(tx);
  }
  return joined;
}

// "this coming Sunday, March eighth", "next Tuesday, June 5": a day and its date in apposition are one date
function joinSameDay(out: Timex[], text: string): Timex[] {
  const joined: Timex[] = [];
  for (const tx of out) {
    const prev = joined[joined.length - 1];
    const same = prev !== undefined && prev.type === 'DATE' && tx.type === 'DATE' && !prev.range && !tx.range && prev.value === tx.value && /^\d{4}-\d\d-\d\d$/.test(tx.value);
    // (a weekday, then its calendar date: "Oct. 12, the day before the plunge" is two)
    const dayThenDate = same && weekdayNumber(prev.text.split(/\s+/).pop() ?? '') !== undefined && /^(?:\d|[A-Z][a-z]{2})/.test(tx.text);
    if (dayThenDate && /^,\s*$/.test(text.slice(prev.end, tx.start))) {
      joined[joined.length - 1] = { ...prev, end: tx.end, text: text.slice(prev.start, tx.end) };
      continue;
    }
    joined.push(tx);
  }
  return joined;
}

// "the day before last Tuesday's hearing", "the day after Christmas": one date, a day off the one named
const DAY_OFF = /\bthe\s+day\s+(before|after)\s+$/i;
function joinDayOffset(out: Timex[], text: string): Timex[] {
  return out.map((tx) => {
    const m = tx.type === 'DATE' && !tx.range && /^\d{4}-\d\d-\d\d$/.test(tx.value) ? DAY_OFF.exec(text.slice(Math.max(0, tx.start - 20), tx.start)) : null;
    if (!m) return tx;
    const [y, mo, d] = tx.value.split('-').map(Number) as [number, number, number];
    const start = tx.start - m[0].length + m[0].search(/the/i);
    return { ...tx, start, text: text.slice(start, tx.end), value: fmtDay(addDays({ y, m: mo, d }, m[1]!.toLowerCase() === 'before' ? -1 : 1)) };
  });
}

// "the last weekend before Christmas", "the final Saturday before the vote on May 4": one date, the last such day before
// the date named (the "last weekend" inside it is no weekend before publication)
const LAST_BEFORE = /\bthe\s+(?:last|final)\s+(weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+before\s+$/i;
function joinLastBefore(out: Timex[], text: string, ref: Ymd): Timex[] {
  const joined: Timex[] = [];
  for (const tx of out) {
    const m = tx.type === 'DATE' && !tx.range && /^\d{4}-\d\d-\d\d$/.test(tx.value) ? LAST_BEFORE.exec(text.slice(Math.max(0, tx.start - 40), tx.start)) : null;
    if (!m) {
      joined.push(tx);
      continue;
    }
    const start = tx.start - m[0].length + m[0].search(/the/i);
    while (joined.length && joined[joined.length - 1]!.end > start) joined.pop();
    const [y, mo, d] = tx.value.split('-').map(Number) as [number, number, number];
    const wd = m[1]!.toLowerCase() === 'weekend' ? 6 : weekdayNumber(m[1]!)!;
    // the last such day strictly before the date (0 = Sunday … 6 = Saturday)
    const date = { y, m: mo, d };
    const day = addDays(date, -(((weekday(date) - wd + 6) % 7) + 1));
    const value = m[1]!.toLowerCase() === 'weekend' ? `${fmtWeek(day)}-WE` : fmtDay(day);
    joined.push({ ...tx, start, text: text.slice(start, tx.end), value, precision: precisionOf(value, 'DATE'), direction: directionOf({ type: 'DATE', value }, ref) });
  }
  return joined;
}

// "Wednesday next week", "on Friday this week": one date, that weekday of the week named
function joinWeekdayWeek(out: Timex[], text: string, ref: Ymd): Timex[] {
  const joined: Timex[] = [];
  for (const tx of out) {
    const prev = joined[joined.length - 1];
    const week = /^(?:this|next|last)\s+week$/i.test(tx.text) ? /^(\d{4})-W(\d\d)$/.exec(tx.value) : null;
    const wd = week && prev && /^\d{4}-\d\d-\d\d$/.test(prev.value) ? weekdayNumber(prev.text) : undefined;
    if (prev && wd !== undefined && week && /^,?\s+$/.test(text.slice(prev.end, tx.start))) {
      // ISO weeks start on Monday: Sunday is the week's last day
      const day = addDays(isoWeekStart(Number(week[1]), Number(week[2])), (wd + 6) % 7);
      const value = fmtDay(day);
      joined[joined.length - 1] = { ...prev, end: tx.end, text: text.slice(prev.start, tx.end), value, direction: directionOf({ type: 'DATE', value }, ref) };
      continue;
    }
    joined.push(tx);
  }
  return joined;
}

// "one hour and 40 minutes", "a month and a day": a length given in two units is one duration (weeks are not mixed
// with other units), and so is the step of a set: "every five hours and 10 minutes"
const UNIT_ORDER = ['Y', 'M', 'D', 'TH', 'TM', 'TS'];
function durationParts(value: string): [number, string] | null {
  const m = /^P(T?)(\d+)([YMDHS])$/.exec(value);
  return m ? [Number(m[2]), `${m[1]}${m[3]}`] : null;
}
function joinDurations(out: Timex[], text: string): Timex[] {
  const joined: Timex[] = [];
  for (const tx of out) {
    const prev = joined[joined.length - 1];
    const a = (prev?.type === 'DURATION' || (prev?.type === 'SET' && /^(?:every|each)\s/i.test(prev.text))) && !prev.mod ? durationParts(prev.value) : null;
    const b = tx.type === 'DURATION' && !tx.mod ? durationParts(tx.value) : null;
    if (prev && a && b && /^\s+and\s+$/.test(text.slice(prev.end, tx.start)) && UNIT_ORDER.indexOf(b[1]) > UNIT_ORDER.indexOf(a[1])) {
      const date = [a, b].filter(([, u]) => !u.startsWith('T')).map(([n, u]) => `${n}${u}`).join('');
      const time = [a, b].filter(([, u]) => u.startsWith('T')).map(([n, u]) => `${n}${u.slice(1)}`).join('');
      joined[joined.length - 1] = { ...prev, end: tx.end, text: text.slice(prev.start, tx.end), value: `P${date}${time ? `T${time}` : ''}` };
      continue;
    }
    joined.push(tx);
  }
  return joined;
}

// A class, not an object of arrow functions: a closure made per match costs more than the methods' lookups.
class MatchCtx implements Ctx {
  readonly start: number;
  readonly end: number;
  private told: Tense | undefined;
  constructor(
    readonly ref: Ymd,
    readonly text: string,
    private readonly c: Candidate,
    readonly doc: DocMemory,
    private readonly lang: string,
  ) {
    this.start = c.start;
    this.end = c.end;
  }
  groupSpan(name: string): [number, number] | undefined {
    return this.c.match.indices?.groups?.[name];
  }
  /** Several rules ask more than once; the answer depends only on the span. */
  tense(): Tense {
    return (this.told ??= this.lang === 'en' ? tenseAt(this.text, this.start, this.end) : tenseCjk(this.text, this.start, this.end));
  }
}

export function tagDates(text: string, opts: TagOptions): Timex[] {
  const ref = referenceDay(opts.published);
  if (!ref) throw new Error(`tagDates: invalid published date: ${String(opts.published)}`);
  const lang = opts.lang ?? detectLang(text);
  const chosen = select(collect(text, rulesFor(lang)));
  const doc: DocMemory = {};
  const out: Timex[] = [];
  const entries = lang === 'en' ? entryRefs(text, ref) : [];
  for (const c of chosen) {
    const ctx = new MatchCtx(entries.length ? refAt(entries, c.start, ref) : ref, text, c, doc, lang);
    const draft = c.rule.make(groupsOf(c.match), ctx);
    if (!draft) continue;
    remember(doc, draft, text, c.start, c.end, /\bsince\s+$/i.test(text.slice(Math.max(0, c.start - 8), c.start)), ctx.ref);
    if (!draft.split) {
      out.push(finish(c, draft, text, ref));
      continue;
    }
    const { first, second, secondValue } = draft.split;
    const { split: _split, ...plain } = draft;
    out.push(finish({ ...c, start: first[0], end: first[1] }, plain, text, ref));
    out.push(finish({ ...c, start: second[0], end: second[1] }, { ...plain, value: secondValue }, text, ref));
  }
  return joinDurations(joinWeekdayWeek(joinLastBefore(joinDayOffset(joinSameDay(joinDayAndClock(out, text), text), text), text, ref), text, ref), text).map((tx, i, kept) => {
    const floor = i > 0 ? kept[i - 1]!.end : 0;
    const ceiling = i + 1 < kept.length ? kept[i + 1]!.start : text.length;
    return applySuffix(text, applyModifiers(text, tx, floor), ceiling);
  });
}
