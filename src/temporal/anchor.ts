// The date a story is talking about at a point: the day, month or year last mentioned. Clock times, "that same
// day", 同日 and 같은 날 are read against it.
import { addDays, compareYmd, weekday } from './calendar.ts';
import { WEEKDAY, weekdayNumber } from './lexicon.ts';
import { resolveWeekday } from './resolve.ts';
import { eventKind, eventsNear, namesEvent } from './events.ts';
import type { Ctx } from './grammar.ts';
import type { Draft, Ymd } from './types.ts';
import { HOUR, clockDraft, fmtDay, fmtMonth, fmtYear, hour24 } from './value.ts';

/** How close (in characters) the last mentioned day must be for a bare clock time to belong to it. */
const SAME_DAY_REACH = 300;

/** The day last mentioned, if the last date mentioned was a day. */
export function lastDay(c: Ctx): Ymd | null {
  const last = c.doc.last;
  return last?.d && last.m ? { y: last.y, m: last.m, d: last.d } : null;
}

/** The day last mentioned, when it is close enough before the current match to still be the subject. */
export function recentDay(c: Ctx): Ymd | null {
  const last = c.doc.last;
  return last && c.start - last.end < SAME_DAY_REACH ? lastDay(c) : null;
}

/** "the same day/month/year": the one last mentioned, else the publication's. */
export function sameAs(unit: 'day' | 'month' | 'year', c: Ctx): Draft {
  const last = c.doc.last;
  if (unit === 'year') return { type: 'DATE', value: fmtYear(last?.y ?? c.ref.y) };
  if (unit === 'month') return { type: 'DATE', value: last?.m ? fmtMonth(last.y, last.m) : fmtMonth(c.ref.y, c.ref.m) };
  return { type: 'DATE', value: fmtDay(lastDay(c) ?? c.ref) };
}

/** Whether a day still ahead is named by a sentence told in the past after it ("will be paid on 21 June. Shares fell at
 * 1400 BST", "perhaps on Tuesday. The delay was announced on the same day"): then it is not the day that sentence means. */
export function aheadOfPast(c: Ctx, day: Ymd): boolean {
  const last = c.doc.last;
  return compareYmd(day, c.ref) > 0 && !!last && /[.!?]\s+[A-Z]/.test(c.text.slice(last.end, c.start)) && c.tense() === 'past';
}

/** The day a story is telling ("later in the day"): the day last mentioned nearby if it is in the week up to publication. */
export function storyDay(c: Ctx): Ymd {
  const day = recentDay(c);
  return day && inWeekUpTo(c.ref, day) ? day : c.ref;
}

/** Whether a day lies in the seven days before publication, or on it. */
export function inWeekUpTo(ref: Ymd, day: Ymd): boolean {
  const back = compareYmd(ref, day);
  return back >= 0 && back <= 7;
}

/** The day the news is about ("the day's hearing"): the last day named in the week up to publication, else publication day. */
export function newsDay(c: Ctx): Ymd {
  return c.doc.newsDay ?? c.ref;
}

/**
 * "Tuesday's earthquake", "last Tuesday's quake" after the story dated the quake "Tuesday, 12 January": the event's
 * own day, when it fell on that weekday in the three weeks up to publication (a plain weekday would be the latest one).
 */
export function eventWeekday(c: Ctx, wd: number, shift: string | undefined): Ymd | null {
  if (shift && !/^last$/i.test(shift)) return null;
  const after = /^['’]s\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u.exec(c.text.slice(c.end, c.end + 50));
  const kind = after?.[1]!.split(/\s+/).map(eventKind).find((k) => k);
  const day = kind ? c.doc.events?.[kind] : undefined;
  if (!day || weekday(day) !== wd) return null;
  const back = compareYmd(c.ref, day);
  return back > 0 && back <= 21 ? day : null;
}

// "by Monday or Tuesday", "from Thursday to Saturday": a weekday joined to one named just before it
const JOINED_DAY = new RegExp(String.raw`\b${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?,?\s*(?:or|and|to|through|until|till|-|–)\s*(?:early\s+|late\s+)?$`, 'i');

/** A weekday joined to the weekday just named is the first such day after it ("by Monday or Tuesday" said on a
 * Tuesday is next week's Tuesday), unless that would put a day told in the past after publication. */
export function joinedWeekday(c: Ctx, wd: number): Ymd | null {
  const first = lastDay(c);
  const last = c.doc.last;
  if (!first || !last || c.start - last.end > 30 || !JOINED_DAY.test(c.text.slice(Math.max(0, last.end - 12), c.start))) return null;
  const ahead = (wd - weekday(first) + 7) % 7;
  const day = addDays(first, ahead);
  return ahead === 0 || (compareYmd(day, c.ref) > 0 && c.tense() === 'past') ? null : day;
}

/** The day a clock time or part of day belongs to: a named day, else the day just talked about, else publication. */
export function clockDay(c: Ctx, day: string | undefined): Ymd {
  const { ref } = c;
  // "12.20 pm: The senators are …" heading an entry of a live page is the page's time, whatever the entry before said
  if (!day && /(?:^|\n)[ \t]*$/.test(c.text.slice(Math.max(0, c.start - 40), c.start)) && /^\s*[:–—-]\s/.test(c.text.slice(c.end, c.end + 4))) return ref;
  if (!day) {
    // a day still ahead is not the day of a time the clause tells in the past ("Shares fell at 1400 BST")
    const recent = recentDay(c);
    // after "late Tuesday" or "Sunday night", the small hours are the next day's
    if (recent && !aheadOfPast(c, recent) && !backgroundDay(c)) return c.doc.last?.night && smallHours(c) ? addDays(recent, 1) : recent;
    // (a clause with no tense, "Standing on the steps shortly after 4 p.m., he …", may still be the opening's day)
    const tense = c.tense();
    return tense === 'past' ? (storyEventDay(c) ?? eveDay(c) ?? ref) : tense === 'unknown' || tense === 'near' ? (eveDay(c) ?? ref) : ref;
  }
  const w = day.toLowerCase();
  if (w === 'yesterday' || /^last\s/.test(w)) return addDays(ref, -1);
  if (w === 'tomorrow') return addDays(ref, 1);
  const wd = weekdayNumber(w);
  return wd === undefined ? ref : resolveWeekday(ref, wd, c.tense(), null);
}

/**
 * "The April 20 rig explosion killed 11 workers. … As the cap was removed at 4:25 p.m.": a day that only names an
 * event in an earlier sentence is background, not the day the story is telling (unless the clock time's clause names
 * an event too: "at 1.30 am on the morning of his death").
 */
function backgroundDay(c: Ctx): boolean {
  const last = c.doc.last;
  if (!last || !/[.!?]\s/.test(c.text.slice(last.end, c.start))) return false;
  return namesEvent(c.text.slice(last.end, last.end + 40), 3) && !namesEvent(c.text.slice(c.end, c.end + 50).split(/[.!?;]\s/)[0] ?? '', 6);
}

/** "Slepian was shot to death at 10 p.m.": the day the story gave the event the clause tells, if it lies before publication. */
function storyEventDay(c: Ctx): Ymd | null {
  const events = c.doc.events;
  if (!events) return null;
  const day = eventsNear(c.text, c.start, c.end).map((k) => events[k]).find((d) => d);
  return day && compareYmd(c.ref, day) > 0 ? day : null;
}

// "BP shares rose 3% in morning trading", "traded down at 0753 GMT": a market's moves are the writing day's
const MARKET = /\b(?:shares?|stocks?|trading|traded|index|futures|pence|cents)\b/i;

/**
 * "The Supreme Court on Thursday upheld the law. … The decision, announced shortly after 10 a.m., …" in Friday's paper:
 * a clock time told in the past or with no tense, and no day near it, is on the day before publication when that is
 * the first day the story's opening names (not a market's move, which is the writing day's).
 */
function eveDay(c: Ctx): Ymd | null {
  const lead = c.doc.lead;
  if (!lead || compareYmd(c.ref, lead.day) !== 1) return null;
  if (lead.night && smallHours(c)) return null;
  const from = Math.max(c.text.lastIndexOf('. ', c.start), c.text.lastIndexOf('\n', c.start), 0);
  const to = c.text.indexOf('. ', c.end);
  // (a closing price "in New York Stock Exchange composite trading" is the day before's, as the story is)
  const sentence = c.text.slice(from, to < 0 ? c.end + 100 : to);
  return MARKET.test(sentence) && !/\bcomposite\s+trading\b/i.test(sentence) ? null : lead.day;
}

/** Whether the clock time of the match is between midnight and 6 a.m., written so ("1 a.m.", "0349 GMT", "03:00"; not
 * "midnight", nor "2.15" with no a.m., which may open "2.15-10.30 pm"). */
function smallHours(c: Ctx): boolean {
  const hour = HOUR.exec(c.text.slice(c.start, c.end));
  return !!hour && (hour[2]?.toLowerCase() === 'a' || (!hour[2] && hour[1]!.startsWith('0'))) && hour24(Number(hour[1]), hour[2]) < 6;
}

const MIDNIGHT_START = /\b(?:after|from|since|past)\s+(?:around\s+|about\s+)?$/;

/**
 * Midnight ends the day it belongs to ("the 24 hours to midnight"), but a midnight something starts from on a named
 * day opens that day: "shortly after midnight on March 24" is the 24th's first minute. With no day named, "after
 * midnight" stays the end of the day told (the blind annotators write it both ways).
 */
export function midnightDraft(c: Ctx, day: Ymd, named: boolean): Draft | null {
  const opens = named && MIDNIGHT_START.test(c.text.slice(Math.max(0, c.start - 30), c.start));
  return clockDraft(opens ? 0 : 24, 0, undefined, day);
}

/**
 * "Tonight Dalmora chose hope," in Monday's paper on a Sunday-night result: "today", "tonight", "tomorrow" said in a
 * quotation count from the day the story's opening reports when that is the day before publication, the day the
 * words were said.
 */
export function spokenDay(c: Ctx): Ymd {
  const lead = c.doc.lead;
  // (not under a dateline or stamp of publication day: "BEIJING, May 14 (AFP) - … "Not today, not tomorrow," he said.")
  return lead && !c.doc.stamped && compareYmd(c.ref, lead.day) === 1 && quoted(c.text, c.start) ? lead.day : c.ref;
}

/** Whether a position lies inside a quotation: the nearest quote mark before it in its paragraph opens one. */
function quoted(text: string, at: number): boolean {
  const from = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 400);
  for (let i = at - 1; i >= from; i--) {
    const ch = text[i]!;
    if (ch === '“' || (ch === '`' && text[i - 1] === '`')) return true;
    if (ch === '”' || (ch === "'" && text[i - 1] === "'")) return false;
    // a straight quote opens after a space or the line's start and before a letter
    if (ch === '"') return (i === 0 || /[\s(—-]/.test(text[i - 1]!)) && !/\s/.test(text[i + 1] ?? ' ');
  }
  return false;
}
