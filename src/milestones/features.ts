// What a sentence says, in language-independent terms: event cues with positions, actors, objects, place.
import type { Timex } from '../temporal/index.ts';
import {
  ACTORS, HAPPENED_CUES, hasAgreementNoun, NORTH_KOREA, OBJECTS, PLACES, PLANNED_CUES, ROLES, TRILATERAL,
  PRESENT_CUES, type Cue,
} from './lexicon.ts';
import type { Kind } from './types.ts';

export interface CueHit {
  kind: Kind;
  start: number;
  end: number;
}

export interface Features {
  happened: CueHit[];
  planned: CueHit[];
  /** Present-tense event words ("sign", "agree", "meet"), for dated lists and headlines. */
  present: CueHit[];
  /** A modal or future marker anywhere in the sentence. */
  modal: boolean;
  actors: string[];
  objects: string[];
  place: string | null;
  role: string | null;
  trilateral: boolean;
}

function hits(text: string, cues: Cue[]): CueHit[] {
  const out: CueHit[] = [];
  for (const cue of cues) {
    for (const m of text.matchAll(cue.re)) out.push({ kind: cue.kind, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const MODAL = /\b(will|would|shall|plans? to|aims? to|expected to|set to|scheduled to|due to)\b|예정|계획|방침|予定|方針|見通し/i;

// A modal or infinitive right before an event word makes it a plan or a wish, not a past event
// ("will be fully operational", "expected to sign"); Korean and Japanese mark this after the verb instead.
const IRREALIS = /\b(will|would|shall|could|may|might|to|expected to|set to|plans? to|aims? to)\s+(be\s+)?(\w+\s+)?$/i;

export function detectFeatures(text: string): Features {
  const trilateral = TRILATERAL.test(text);
  const named = ACTORS.filter((a) => a.re.test(text)).map((a) => a.label);
  const actors = trilateral ? ACTORS.map((a) => a.label) : named;
  let happened = hits(text, HAPPENED_CUES).filter((h) => !IRREALIS.test(text.slice(Math.max(0, h.start - 30), h.start)));
  if (!hasAgreementNoun(text)) happened = happened.filter((h) => h.kind !== 'agreement');
  const planned = hits(text, PLANNED_CUES);
  return {
    happened,
    planned,
    present: [...planned, ...hits(text, PRESENT_CUES)].filter((h) => h.kind !== 'agreement' || hasAgreementNoun(text)),
    modal: MODAL.test(text),
    actors,
    objects: OBJECTS.filter((o) => o.re.test(text)).map((o) => o.id),
    place: PLACES.find((p) => p.re.test(text))?.label ?? null,
    role: ROLES.find((r) => r.re.test(text))?.label ?? null,
    trilateral,
  };
}

// The allies as a group, named without naming them ("the three", "they", "the ministers").
const GROUP = /\b(they|the (two|three) (leaders|ministers|countries|nations|sides|allies)|the (allies|ministers|leaders|defen[cs]e chiefs|partners)|(his|their) (counterparts|allies))\b/i;

/**
 * A sentence belongs to the topic when it names a topic term or object, or all three allies acting together.
 * Inside an article about the topic, the allies named as a group or a known venue also do ("they agreed at
 * Camp David in August"). Two countries alone, or North Korea alone ("last year the regime fired…"), do not.
 */
export function isRelevant(text: string, f: Features, terms: string[], topicalArticle: boolean): boolean {
  const lower = text.toLowerCase();
  const topical = terms.some((t) => t && lower.includes(t)) || f.objects.length > 0;
  if (topical || f.trilateral || f.actors.length >= 3) return true;
  if (!topicalArticle || f.actors.length === 2) return false;
  if (NORTH_KOREA.test(text.replace(/against (North Korea|Pyongyang)|North Korea's (missile|nuclear)/gi, ''))) return false;
  // …and so does the system itself going live: in such an article there is one system
  return GROUP.test(text) || f.place !== null || f.happened.some((h) => h.kind === 'operational');
}

/** An article is about the topic when its terms or objects come up at least twice. */
export function isTopicalArticle(text: string, terms: string[]): boolean {
  const lower = text.toLowerCase();
  let hits = 0;
  for (const t of terms) if (t) hits += lower.split(t).length - 1;
  for (const re of [...OBJECTS.map((o) => o.re), TRILATERAL]) hits += (text.match(new RegExp(re.source, 'gi')) ?? []).length;
  return hits >= 2;
}

// Beyond this many characters a date rarely belongs to the event word.
const MAX_DISTANCE = 140;
// Words of someone else's event, which take a nearby date ("met… amid the North's launch earlier this week").
const OTHER_EVENT_ALL = /\b(launch(ed|es|ing)?|fir(ed|es|ing)|test-fir\w*|(nuclear|missile|weapons?) tests?|provocations?|tensions?|threats?)\b|발사|도발|発射|挑発/gi;

/** Distance from the date expression to the nearest word of someone else's event, or Infinity. */
function otherEventDistance(timex: Pick<Timex, 'start' | 'end'>, text: string, cue: CueHit): number {
  let best = Infinity;
  for (const m of text.matchAll(OTHER_EVENT_ALL)) {
    const end = m.index + m[0].length;
    if (m.index < cue.end && end > cue.start) continue; // part of the event word itself ("launched the system")
    const d = end <= timex.start ? timex.start - end : m.index >= timex.end ? m.index - timex.end : 0;
    best = Math.min(best, d);
  }
  return best;
}

/** The cue closest to the date expression: the event that date belongs to. */
export function nearestCue(
  cues: CueHit[],
  timex: Pick<Timex, 'start' | 'end'>,
  text: string,
): (CueHit & { distance: number }) | null {
  let best: (CueHit & { distance: number }) | null = null;
  for (const c of cues) {
    const before = c.end <= timex.start;
    const distance = before ? timex.start - c.end : c.start >= timex.end ? c.start - timex.end : 0;
    // an event of someone else nearer the date than the event word takes the date
    if (distance > MAX_DISTANCE || otherEventDistance(timex, text, c) < distance) continue;
    if (!best || distance < best.distance) best = { ...c, distance };
  }
  return best;
}
