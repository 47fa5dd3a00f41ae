// Events a story dates once and then names again by what happened: "Jackson died on 25 June 2009 … on the day of
// his death", "the rig exploded on April 20 … the day after the explosion". Each kind of event is known by its verbs
// and nouns; the day a story gives one is kept, and "the day of/after/before <event>" or "the day <someone> <verb>"
// is read against it.
import type { Ymd } from './types.ts';

const KINDS: Record<string, RegExp> = {
  death: /^(?:die[ds]?|dying|death|killed|killing|slain|murder(?:ed)?|shot|shooting)$/i,
  explosion: /^(?:explo(?:ded|sion)|blast|blew|blowout)$/i,
  quake: /^(?:(?:earth)?quake|tremor)$/i,
  attack: /^(?:attack(?:ed|s)?|bomb(?:ed|ing|ings)?)$/i,
  crash: /^crash(?:ed)?$/i,
  election: /^(?:elect(?:ed|ion)|vote)$/i,
  verdict: /^verdict$/i,
};
// nouns that name whichever event the story is about: "the day after the disaster"
const GENERIC = /^(?:disaster|tragedy|accident|catastrophe|incident)$/i;

/** The kind of event a word names, if any; a generic noun gives '*'. */
export function eventKind(word: string): string | undefined {
  if (GENERIC.test(word)) return '*';
  return Object.keys(KINDS).find((k) => KINDS[k]!.test(word));
}

// any word of any kind, even inside a longer word: a cheap test that skips the word-by-word reading around most dates
const ANY_EVENT = new RegExp(Object.values(KINDS).map((r) => r.source.replace(/^\^|\$$/g, '')).join('|'), 'i');

/** Whether one of the first `n` lower-case words of `s` names a kind of event (a generic noun does not count). */
export function namesEvent(s: string, n: number): boolean {
  return (s.match(/\p{Ll}+/gu) ?? []).slice(0, n).some((w) => { const k = eventKind(w); return k !== undefined && k !== '*'; });
}

/** Kinds of event named in the same sentence close to a date at text[start, end). */
export function eventsNear(text: string, start: number, end: number): string[] {
  if (!ANY_EVENT.test(text.slice(Math.max(0, start - 70), end + 50))) return [];
  // the date's own clause: "The Man Who Killed Michael Jackson, which aired on Thursday" dates the airing
  const left = text.slice(Math.max(0, start - 70), start).split(/[.!?;]\s|,\s+(?:which|who|where)\s/).pop() ?? '';
  const right = (text.slice(end, end + 50).split(/[.!?;]\s/)[0] ?? '').split(/\s+/).slice(0, 6).join(' ');
  // a capitalised word belongs to a name or title
  const words = `${left} ${right}`.match(/\p{Ll}+/gu) ?? [];
  return [...new Set(words.map(eventKind).filter((k): k is string => k !== undefined && k !== '*'))];
}

/** Remembers the day of each event kind named next to it; the first day a story gives an event is its day. */
export function rememberEvents(events: Record<string, Ymd>, kinds: string[], day: Ymd): void {
  for (const k of kinds) events[k] ??= day;
  if (kinds.length) events['*'] ??= day;
}

const PAST_VERB = /(?:ed|^shot|^blew|^struck)$/i;

/**
 * The day "the day of his death", "the day after the quake", "the day the rig exploded" names, if the story gave it:
 * `after` is the text following "the day".
 */
export function eventDay(events: Record<string, Ymd> | undefined, after: string): { day: Ymd; shift: number } | null {
  if (!events) return null;
  const words = (after.split(/[,.;:!?()"“”]/)[0] ?? '').match(/[\p{L}'’-]+/gu) ?? [];
  const rel = /^(?:of|after|before)$/i.test(words[0] ?? '') ? words[0]!.toLowerCase() : undefined;
  // "of/after/before the explosion", "of the singer's death": a noun within a few words; "he died", "the rig
  // exploded": a past verb
  const kind = words.slice(rel ? 1 : 0, 6).map((w) => (rel || PAST_VERB.test(w) ? eventKind(w) : undefined)).find((k) => k);
  const day = kind ? events[kind] : undefined;
  if (!day) return null;
  return { day, shift: rel === 'after' ? 1 : rel === 'before' ? -1 : 0 };
}
