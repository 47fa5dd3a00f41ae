// Sentences that state dated events of a topic → milestone candidates. Pure: text and dates in, data out.
// Two layers: the lexicon written for the first topic (lexicon.ts, below) serves topics that share its terms;
// every other topic gets the generic layer (generic.ts). They do not stack, so neither changes the other's output.
import type { Lang, Timex } from '../temporal/index.ts';
import { datedMentions, type Span } from './dating.ts';
import { detectFeatures, isRelevant, isTopicalArticle, nearestCue, type Features } from './features.ts';
import { eventKey, FAMILY } from './keys.ts';
import { genericCandidates } from './generic.ts';
import { CAPTION, HEDGE, INTENT, LEXICON_TOPIC } from './lexicon.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { makeTitle } from './title.ts';
import { termMatcher } from './topic-terms.ts';
import type { Candidate, Kind, Status } from './types.ts';

export interface ArticleInput {
  text: string;
  title?: string | null;
  publishedAt: Date;
  language?: string | null;
}

export interface TopicInput {
  terms: string[];
}

export function detectLanguage(text: string, declared?: string | null): Lang {
  const lang = declared?.slice(0, 2).toLowerCase();
  if (lang === 'ko' || lang === 'ja' || lang === 'en') return lang;
  const hangul = (text.match(/[\uac00-\ud7a3]/g) ?? []).length;
  const kana = (text.match(/[\u3040-\u30ff]/g) ?? []).length;
  if (hangul > 20 && hangul > kana) return 'ko';
  if (kana > 20) return 'ja';
  return 'en';
}

/** Whether a topic is the one the cue lexicon was written for: one of its terms is that topic's own. */
export const usesLexicon = (topic: TopicInput) => topic.terms.some((t) => LEXICON_TOPIC.test(t));

export function extractCandidates(article: ArticleInput, topic: TopicInput): Candidate[] {
  const lang = detectLanguage(article.text, article.language);
  if (!usesLexicon(topic)) return genericCandidates(article.text, article.publishedAt, lang, termMatcher(topic.terms));
  const terms = topic.terms.map((t) => t.toLowerCase());
  const topicalArticle = isTopicalArticle(article.text, terms);
  const out: Candidate[] = [];
  for (const sentence of splitSentences(article.text)) {
    if (sentence.text.length < 20 || sentence.text.length > 700 || CAPTION.test(sentence.text)) continue;
    const features = detectFeatures(sentence.text);
    if (!isRelevant(sentence.text, features, terms, topicalArticle)) continue;
    if (features.happened.length + features.planned.length + features.present.length === 0) continue;
    out.push(...candidatesOf(sentence, features, article.publishedAt, lang));
  }
  return out;
}

function candidatesOf(sentence: Sentence, f: Features, published: Date, lang: Lang): Candidate[] {
  const byKey = new Map<string, { c: Candidate; distance: number }>();
  const publishedDay = published.toISOString().slice(0, 10);
  for (const { timex, span, planned } of datedMentions(sentence.text, f, published, lang)) {
    const status: Status = planned ? 'planned' : 'happened';
    // A date well before publication with a present-tense verb is a dated list entry or a headline
    // ("Dec. 29, 2014: the allies sign the arrangement"): its plan-like words then state what happened.
    const cue =
      nearestCue(planned ? f.planned : f.happened, timex, sentence.text) ??
      (!planned && span.end < publishedDay && !f.modal ? nearestCue(f.present, timex, sentence.text) : null);
    let kind: Kind | null = cue?.kind ?? null;
    if (planned && !kind && INTENT.test(sentence.text)) kind = 'pledge';
    if (!kind) continue;
    const c = buildCandidate(sentence, f, timex, span, kind, status);
    const distance = cue ? cue.distance : 1000;
    const prev = byKey.get(c.key);
    if (!prev || distance < prev.distance) byKey.set(c.key, { c, distance });
  }
  return [...byKey.values()].map((v) => v.c);
}

function buildCandidate(
  sentence: Sentence,
  f: Features,
  timex: Timex,
  span: Span,
  kind: Kind,
  status: Status,
): Candidate {
  const family = FAMILY[kind];
  // A planned event is named by its due period ('2023' for "within this year"), not a narrowed part of it.
  const date = status === 'planned' && timex.mod ? timex.value.slice(0, span.date.length) : span.date;
  const deadline = status === 'planned' ? span.end : null;
  return {
    key: eventKey(family, status, date, span.precision),
    family,
    kind,
    title: makeTitle({ kind, status, actors: f.actors, role: f.role, objects: f.objects, place: f.place }),
    actors: f.actors,
    objects: f.objects,
    place: f.place,
    role: f.role,
    status,
    confidence: confidenceOf(sentence.text, f, span.precision, kind),
    date,
    precision: span.precision,
    endDate: timex.range ? span.end : null,
    deadline,
    quote: sentence.text,
    dateText: timex.text,
    sentenceIndex: sentence.index,
  };
}

function confidenceOf(text: string, f: Features, precision: string, kind: Kind): number {
  let c = 0.5;
  if (kind !== 'pledge' && kind !== 'meeting') c += 0.15;
  if (precision === 'day') c += 0.1;
  if (f.actors.length >= 2) c += 0.1;
  if (f.objects.length > 0) c += 0.05;
  if (HEDGE.test(text)) c -= 0.25;
  return Math.round(Math.min(0.95, Math.max(0.1, c)) * 100) / 100;
}
