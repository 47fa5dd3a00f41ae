// A short plain title and the named actors of a sentence, for events of any topic. Pure and simple on
// purpose: the subject words right before the event word and the words right after it, dates left out.
import type { Lang } from '../temporal/index.ts';

const MAX_TITLE = 90;
const DATE_MARK = '\u0001';

// Words that end the verb phrase: the rest is circumstance, attribution or a new clause.
const STOP_AFTER = new Set([
  'on', 'in', 'at', 'after', 'before', 'since', 'during', 'amid', 'when', 'while', 'as', 'officials', 'said', 'says',
  'according', 'which', 'who', 'but', 'and', 'following', 'earlier', 'later', 'last', 'this', 'next', 'ago', 'by',
  'within', 'until', 'from', 'over', 'amid', 'despite', 'because',
]);
const LEAD = new Set([
  'on', 'in', 'at', 'by', 'last', 'earlier', 'then', 'and', 'but', 'so', 'also', 'finally', 'later', 'since', 'after',
  'before', 'nearly', 'about', 'following', 'until',
]);
const TRAIL = new Set([
  'the', 'a', 'an', 'of', 'to', 'and', 'for', 'with', 'its', 'their', 'his', 'her', 'was', 'were', 'is', 'has', 'had',
  'been', 'on', 'in', 'at',
]);
// After an event noun, a place phrase still names the event ("explosion on the rig"); only a date ends it.
const STOP_AFTER_NOUN = new Set(['officials', 'said', 'says', 'according', 'which', 'who', 'but', 'and', 'when', 'while']);

/** The sentence with every date expression replaced by one mark, so titles can stop at dates. */
export function maskDates(text: string, spans: { start: number; end: number }[]): string {
  let out = text;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + DATE_MARK.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function trimTitle(s: string): string {
  if (s.length <= MAX_TITLE) return s;
  const cut = s.slice(0, MAX_TITLE);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : MAX_TITLE)}…`;
}

const BREAKS = [',', ';', ':', '—', DATE_MARK, ' that ', '"', '“'];
const lastBreak = (s: string) => Math.max(...BREAKS.map((p) => (s.includes(p) ? s.lastIndexOf(p) + p.length : 0)));

// A list of names split by commas ("South Korea, the United States and Japan signed") is one subject.
const LIST_HEAD = /(?:^|[,;:]\s*)((?:[A-Z][\w.-]*\s?){1,3}),\s*$/;

/** The last words before the event word in its clause; an appositive subject ("Piet Oller, died") when none. */
function subjectBefore(masked: string, start: number): string[] {
  let before = masked.slice(0, start);
  let ws: string[] = [];
  for (let tries = 0; tries < 2 && ws.length === 0; tries++) {
    const from = lastBreak(before);
    ws = words(before.slice(from));
    while (ws.length && LEAD.has(ws[0]!.toLowerCase())) ws.shift();
    if (ws.includes('and')) {
      const head = LIST_HEAD.exec(before.slice(0, from))?.[1];
      if (head) ws = [...words(head.replace(/,$/, '')).map((w, i, all) => (i === all.length - 1 ? `${w},` : w)), ...ws];
    }
    before = before.slice(0, Math.max(0, from - 1));
  }
  return ws.slice(-9);
}

// A date right after a lone verb is skipped, not an end: "decided on Thursday to end the pact".
const DATE_AFTER_VERB = new RegExp(`^(\\S+)\\s+(?:(?:on|in|at)\\s+)?${DATE_MARK}+(?=\\s+(?:to|that)\\s)`);

/** The event word whole ("sworn in", "shut down"), then the words after it up to a date or a new clause. */
function phraseAfter(masked: string, at: { start: number; end: number }, noun: boolean): string[] {
  const out = words(masked.slice(at.start, at.end));
  const stops = noun ? STOP_AFTER_NOUN : STOP_AFTER;
  const rest = `${out[out.length - 1] ?? ''}${masked.slice(at.end)}`.replace(DATE_AFTER_VERB, '$1');
  for (const raw of words(rest).slice(1)) {
    const w = raw.replace(/[,;:.!?"”)]+$/, '');
    if (raw.includes(DATE_MARK) || (out.length > 0 && stops.has(w.toLowerCase()))) break;
    out.push(w);
    if (w !== raw || out.length >= 9) break;
  }
  const own = words(masked.slice(at.start, at.end)).length;
  while (out.length > own && TRAIL.has(out[out.length - 1]!.toLowerCase())) out.pop();
  return out;
}

/** What an announcement says will be done, without its date: "announced on Monday that it would" → "announced it would". */
function announced(masked: string, from: number, to: number): string[] {
  const middle = masked.slice(from, to).replace(new RegExp(`\\b(on|in|at)?\\s*${DATE_MARK}+`, 'g'), ' ');
  return words(middle.replace(/\bthat\b/g, ' ').replace(/[,;]/g, ' '));
}

/**
 * "Crews opened the Harbour Link bridge" from "On May 3, crews opened the Harbour Link bridge to traffic, …".
 * `at` is the event word; `from`, when the event is what an announcement says, the announcing word.
 */
export function titleFrom(
  text: string, hit: { start: number; end: number }, dates: { start: number; end: number }[], lang: Lang,
  opts: { from?: number; noun?: boolean } = {},
): string {
  const at = hit.start;
  const from = opts.from ?? at;
  const masked = maskDates(text, dates);
  if (lang !== 'en') {
    const plain = masked.replaceAll(DATE_MARK, '').replace(/^[\s,、，]+/, '').replace(/\s+/g, ' ').trim();
    return trimTitle(plain.length > 60 ? `${plain.slice(0, 60)}…` : plain);
  }
  const middle = from < at ? announced(masked, from, at) : [];
  const title = [...subjectBefore(masked, from), ...middle, ...phraseAfter(masked, hit, opts.noun === true)].join(' ').replace(/\s+/g, ' ').trim();
  return trimTitle(cap(title));
}

const NOT_NAMES = new Set([
  'The', 'A', 'An', 'On', 'In', 'At', 'After', 'Before', 'Last', 'This', 'It', 'They', 'He', 'She', 'We', 'Officials',
  'But', 'And', 'Its', 'Their', 'When', 'While', 'Since', 'Under', 'Earlier', 'Later', 'By', 'Then', 'Monday', 'Tuesday',
  'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep',
  'Oct', 'Nov', 'Dec',
]);

/** Capitalised names in a title (EN only): the parties the subject and verb phrase name, at most three. */
export function namesIn(title: string, lang: Lang): string[] {
  if (lang !== 'en') return [];
  const found: string[] = [];
  for (const m of title.matchAll(/\b[A-Z][\w&'-]*(?:\s+(?:of\s+)?[A-Z][\w&'-]*)*/g)) {
    const name = m[0].split(/\s+/).filter((w, i) => i > 0 || !NOT_NAMES.has(w)).join(' ');
    // a single capitalised word opening the title is most often a common noun ("Construction began…")
    if (!name || NOT_NAMES.has(name) || name.length < 3 || (m.index === 0 && !name.includes(' '))) continue;
    if (!found.includes(name)) found.push(name);
  }
  return found.slice(0, 3);
}
