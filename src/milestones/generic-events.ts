// Event words of any topic in one sentence, with their form and whether a plan marker goes with them. Pure.
import { EVENT_WORDS, NEGATED, PLAN_AFTER, PLAN_BEFORE, RISK_AFTER, RISK_BEFORE } from './generic-lexicon.ts';
import type { Kind } from './lexicon.ts';

export type Form = 'past' | 'base' | 'noun' | 'cjk';

export interface EventHit {
  kind: Kind;
  lemma: string;
  form: Form;
  start: number;
  end: number;
  /** A modal before it or a plan ending after it: the event lies ahead. */
  planned: boolean;
}

interface Pattern {
  kind: Kind;
  lemma: string;
  form: Form;
  re: RegExp;
}

const PATTERNS: Pattern[] = EVENT_WORDS.flatMap((w) =>
  (['past', 'base', 'noun', 'cjk'] as const)
    .filter((form) => w[form])
    .map((form) => ({
      kind: w.kind,
      lemma: w.lemma,
      form,
      re: form === 'cjk' ? new RegExp(w[form]!, 'g') : new RegExp(`\\b(?:${w[form]!})\\b`, 'gi'),
    })),
);

/** Overlapping hits keep the longest ("launched an investigation" over "launched"). */
function longestFirst(hits: EventHit[]): EventHit[] {
  const kept: EventHit[] = [];
  for (const h of [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function findEvents(text: string): EventHit[] {
  const hits: EventHit[] = [];
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = text.slice(Math.max(0, start - 40), start);
      if (p.form !== 'cjk' && NEGATED.test(before)) continue;
      if ((p.form === 'noun' || p.form === 'cjk') && (RISK_AFTER.test(text.slice(end, end + 8)) || RISK_BEFORE.test(before))) continue;
      const planned = p.form === 'cjk' ? PLAN_AFTER.test(text.slice(end, end + 12)) : PLAN_BEFORE.test(before);
      hits.push({ kind: p.kind, lemma: p.lemma, form: p.form, start, end, planned });
    }
  }
  return longestFirst(hits);
}

/**
 * Whether a hit can carry a date of the given status. A past form states a finished event and a planned
 * one an event ahead; nouns and CJK stems take their tense from the date. A bare base form is too often a
 * noun or an adjective ("the ban", "remains open"): it counts with a modal before it, or in the third person
 * ("opens on Saturday", or a headline's "signs" with a past date).
 */
export function fitsStatus(h: EventHit, planned: boolean, text: string): boolean {
  if (h.form === 'base' && !h.planned && !/s$/i.test(text.slice(h.start, h.end))) return false;
  if (planned) return h.planned || h.form !== 'past';
  return !h.planned;
}
