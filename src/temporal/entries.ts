// A page of dated entries (a blog, a column of updates) stamps each one at the head of its line: "May 24, 2010 21:58
// UTC The message from the White House podium today …". What an entry says ("today", "Monday", "this week") is told
// from its own stamp, not from the day the page was published or fetched.
import { isValidDay, toEpochDay, weekday } from './calendar.ts';
import { COMMENT_STAMP, MONTH, ZONE, monthNumber, weekdayNumber } from './lexicon.ts';
import type { Ymd } from './types.ts';

// "May 24, 2010 21:58 UTC", or a diary's "19 JANUARY, 2200 GMT, PORT-AU-PRINCE" (its year the latest not after publication)
const STAMP = new RegExp(String.raw`(?:^|\n)[ \t]*(?:(?<mon>${MONTH})\s+(?<d>\d{1,2})\s*,\s*(?<y>\d{4})\s+(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?|(?<d2>\d{1,2})\s+(?<mon2>${MONTH}),?\s+(?:[01]\d|2[0-3])[:.]?[0-5]\d)\s*${ZONE}`, 'yi');

// a press release's dateline opening a line, "CAMBRIDGE, Mass. - July 8, 2002 - DataPower … today announced", "MILPITAS,
// Calif., September 9, 2002-": a release quoted in a later story tells "today" from its own day (a line that opens with
// the date alone is more often a chronology's entry: "April 20, 2010 - The rig explodes")
const DATELINE = /(?:^|\n)[A-Z][A-Z.' ]{1,30},\s*(?:[A-Z][a-z]{1,8}\.?\s*[,–—-]\s*)?(?<mon>[A-Z][a-z]{2,8}\.?)\s+(?<d>\d{1,2}),\s*(?<y>\d{4})\s*[–—-](?!\d)/y;

// a reader comment's stamp "At 08:26 am on 17 Jun 2009, lincoln wrote:", "At 18:40 23rd Mar 2010, jenny wrote:": comments
// come after the post, so these may follow publication (by up to a year: a blog's thread stays open for months)
const COMMENT = new RegExp(String.raw`At\s${COMMENT_STAMP}\s?,[^\n:]{1,60}:`, 'y');

// a Washington Post comment ends with its stamp, "… Posted by: yellojkt | November 17, 2010 9:23 PM | Report abuse": the
// text from one such stamp to the next is told from the later one
const POSTED = new RegExp(String.raw`Posted\s+by:[^|\n]{1,60}\|\s*(?<mon>${MONTH})\s+(?<d>\d{1,2}),\s*(?<y>\d{4})\s+\d{1,2}:\d\d\s*[AP]M\s*\|\s*Report\s+abuse`, 'gi');

// a diary page's section heading in capitals, "WEDNESDAY, 29 APRIL, MEXICO AND USA": its weekday must fit the day
const HEADING = /\b(?<wd>MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY),\s+(?<d>\d{1,2})\s+(?<mon>JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b/g;

// a broadcast transcript's header "This is a rush transcript from "Hannity," June 16, 2010": what is said on air is told
// from the day it aired, which may be days before the page was published
const TRANSCRIPT = new RegExp(String.raw`\btranscript\s+(?:from|of)\b[^\n.]{0,80}?\b(?<mon>${MONTH})\s+(?<d>\d{1,2}),\s*(?<y>\d{4})`, 'i');

export interface EntryRef {
  at: number;
  ref: Ymd;
}

/**
 * The entry stamps of a page with two or more of them, each within a year before publication (comments a little after);
 * else a transcript's air day.
 */
export function entryRefs(text: string, published: Ymd): EntryRef[] {
  const pub = toEpochDay(published);
  const out: EntryRef[] = [];
  const lines: EntryRef[] = [];
  for (const [hit, dateline] of lineMatches(text)) {
    const g = hit.groups!;
    if (dateline) {
      const [ref, day] = stampDay(g);
      if (day <= pub && day >= pub - 366) lines.push({ at: hit.index + hit[0].length, ref });
      continue;
    }
    const m = monthNumber((g.mon ?? g.mon2)!) ?? 0;
    const d = Number(g.d ?? g.d2);
    const y = g.y ? Number(g.y) : published.y - (m * 100 + d > published.m * 100 + published.d ? 1 : 0);
    const ref = { y, m, d };
    if (!isValidDay(ref.y, ref.m, ref.d)) continue;
    const day = toEpochDay(ref);
    if (day > pub || day < pub - 366) continue;
    out.push({ at: hit.index! + hit[0].length, ref });
  }
  for (const hit of text.matchAll(HEADING)) {
    const g = hit.groups!;
    const m = monthNumber(g.mon!) ?? 0;
    const d = Number(g.d);
    const ref = { y: published.y - (m * 100 + d > published.m * 100 + published.d ? 1 : 0), m, d };
    if (isValidDay(ref.y, ref.m, ref.d) && weekday(ref) === weekdayNumber(g.wd!) && toEpochDay(ref) >= pub - 366) out.push({ at: hit.index + hit[0].length, ref });
  }
  for (const hit of matchesAt(text, 'At', COMMENT)) {
    // (the word boundary is checked here: a leading \b would keep the regex from scanning for "At" quickly)
    if (/\w/.test(text[hit.index - 1] ?? '')) continue;
    const [ref, day] = stampDay(hit.groups!);
    if (day >= pub - 366 && day <= pub + 366) out.push({ at: hit.index + hit[0].length, ref });
  }
  let from = -1;
  for (const hit of text.includes('osted') || text.includes('OSTED') ? text.matchAll(POSTED) : []) {
    const [ref, day] = stampDay(hit.groups!);
    if (from >= 0 && day >= pub - 366 && day <= pub + 366) out.push({ at: from, ref });
    from = hit.index + hit[0].length;
  }
  if (out.length < 2) out.length = 0;
  out.push(...lines);
  out.sort((a, b) => a.at - b.at);
  return out.length ? out : aired(text, pub);
}

/**
 * The matches of a sticky regex where `literal` occurs, as a global scan would find them:
 * most pages have none of these stamps, and finding the literal is much quicker than scanning with the regex.
 */
function* matchesAt(text: string, literal: string, re: RegExp): Generator<RegExpExecArray> {
  let from = 0;
  for (let i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, Math.max(i + 1, from))) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (m) {
      from = m.index + m[0].length;
      yield m;
    }
  }
}

const upper = (c: number): boolean => c >= 65 && c <= 90;

/**
 * At each line start, an entry stamp, or else a release dateline (tried only where the line opens with two capitals,
 * which most lines do not); true marks a dateline. One pass over the lines serves both.
 */
function* lineMatches(text: string): Generator<[RegExpExecArray, boolean]> {
  for (let i = -1; ; ) {
    const at = Math.max(0, i);
    STAMP.lastIndex = at;
    const m = STAMP.exec(text);
    if (m) yield [m, false];
    else if (upper(text.charCodeAt(i + 1)) && upper(text.charCodeAt(i + 2))) {
      DATELINE.lastIndex = at;
      const d = DATELINE.exec(text);
      if (d) yield [d, true];
    }
    i = text.indexOf('\n', Math.max(i + 1, 1));
    if (i < 0) return;
  }
}

/** The air day of a transcript, in the two weeks up to publication. */
function aired(text: string, pub: number): EntryRef[] {
  const hit = TRANSCRIPT.exec(text.slice(0, 400));
  if (!hit) return [];
  const [ref, day] = stampDay(hit.groups!);
  return day >= pub - 14 && day <= pub ? [{ at: hit.index + hit[0].length, ref }] : [];
}

/** The day a stamp's `y`, `mon` and `d` groups name, and its epoch day (NaN for no such day). */
function stampDay(g: Record<string, string | undefined>): [Ymd, number] {
  const ref = { y: Number(g.y), m: monthNumber(g.mon ?? '') ?? 0, d: Number(g.d) };
  return [ref, isValidDay(ref.y, ref.m, ref.d) ? toEpochDay(ref) : Number.NaN];
}

/** The reference day at a position: the last entry stamp before it, else publication. */
export function refAt(entries: EntryRef[], at: number, published: Ymd): Ymd {
  let ref = published;
  for (const e of entries) if (e.at <= at) ref = e.ref;
  return ref;
}
