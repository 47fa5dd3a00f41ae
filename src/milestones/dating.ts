// Which date expressions of a sentence can date an event, and whether each is past or planned. Pure.
import { calendarSpan, tagDates, type Lang, type Timex } from '../temporal/index.ts';
import { nearestCue, type Features } from './features.ts';
import { INTENT } from './lexicon.ts';

export type Span = NonNullable<ReturnType<typeof calendarSpan>>;

export interface DatedMention {
  timex: Timex;
  span: Span;
  planned: boolean;
}

/** The calendar dates of a sentence, resolved against publication (or the entry's own date). */
export function datedMentions(text: string, f: Features, published: Date, lang: Lang): DatedMention[] {
  const publishedDay = published.toISOString().slice(0, 10);
  const timexes = anchoredTimexes(text, published, lang);
  const out: DatedMention[] = [];
  for (const [i, tagged] of timexes.entries()) {
    if (tagged.type !== 'DATE' || isSpanEnd(tagged, text)) continue;
    if (i > 0 && isAlternate(timexes[i - 1]!, tagged, text)) continue;
    const timex = pastInClause(tagged, text, f, published, lang);
    const span = calendarSpan(timex);
    if (span) out.push({ timex, span, planned: isPlanned(timex, span, publishedDay, f, text) });
  }
  return out;
}

/**
 * A sentence that opens with a full past date ("June 3, 2023: ministers agree to run it within the year")
 * is a dated entry: its relative expressions count from that date, not from publication.
 */
function anchoredTimexes(text: string, published: Date, lang: Lang): Timex[] {
  const timexes = tagDates(text, { published, lang });
  const first = timexes[0];
  if (!first || first.start > 2 || !/^\d{4}-\d\d-\d\d$/.test(first.value) || !/\d{4}|\d{4}年|\d{4}년/.test(first.text)) return timexes;
  const anchor = new Date(`${first.value}T12:00:00Z`);
  if (anchor >= published) return timexes;
  return [first, ...tagDates(text, { published: anchor, lang }).filter((t) => t.start >= first.end)];
}

/**
 * "When they sat down on Friday, they agreed to set up…": a later infinitive can make the whole sentence read
 * as future. When a past event word is nearer the date than any plan word, the date's own clause decides.
 */
function pastInClause(timex: Timex, text: string, f: Features, published: Date, lang: Lang): Timex {
  if (timex.direction !== 'future') return timex;
  const done = nearestCue(f.happened, timex, text);
  const plan = nearestCue(f.planned, timex, text);
  if (!done || (plan && plan.distance <= done.distance)) return timex;
  const from = Math.max(0, ...[',', ';', '、', '，'].map((p) => text.lastIndexOf(p, timex.start) + 1));
  const ends = [',', ';', '、', '，'].map((p) => text.indexOf(p, timex.end)).filter((i) => i >= 0);
  const clause = text.slice(from, ends.length ? Math.min(...ends) : text.length);
  const again = tagDates(clause, { published, lang }).find((t) => t.start + from === timex.start);
  return again && again.direction !== 'future' ? { ...again, start: timex.start, end: timex.end } : timex;
}

/**
 * A date is a plan when it is a deadline, lies ahead of publication, or is the current period ("this year")
 * attached to an intention rather than to a past-tense event ("decided to begin operating … this year").
 */
function isPlanned(timex: Timex, span: Span, publishedDay: string, f: Features, text: string): boolean {
  if (timex.deadline === true) return true;
  if (span.end < publishedDay) return false; // wholly before publication, whatever the verb's tense
  if (timex.direction === 'future' || span.start > publishedDay) return true;
  if (span.precision === 'day' || !INTENT.test(text)) return false;
  const plan = nearestCue(f.planned, timex, text);
  const done = nearestCue(f.happened, timex, text);
  if (plan === null) return false;
  if (done === null || plan.distance < done.distance) return true;
  // "agreed to create at Camp David, is expected to be held in the first half of the year"
  const between = done.end <= timex.start ? text.slice(done.end, timex.start) : text.slice(timex.end, done.start);
  return FUTURE_MARKER.test(between);
}

const FUTURE_MARKER = /\b(will|would|(is|are) (expected|scheduled|set|due) to|to be held|plans? to)\b/i;

// "18日（日本時間19日）", "Dec. 28 (Dec. 29 in Seoul)": the bracketed date restates the one before in another zone.
const isAlternate = (prev: Timex, t: Timex, text: string) => /^\s*[（(][^)）]*$/.test(text.slice(prev.end, t.start));

// "will run through Saturday": the end of something under way, not a date of its own.
const SPAN_END_BEFORE = /\b(through|until|till|thru)\s*$/i;
const SPAN_END_AFTER = /^\s*(까지|まで)/;
const isSpanEnd = (t: Timex, text: string) =>
  SPAN_END_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)) || SPAN_END_AFTER.test(text.slice(t.end, t.end + 4));
