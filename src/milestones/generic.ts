// The generic layer: dated events of any topic, from its terms and general event words. Pure.
// A sentence counts when it mentions the topic, states an event with a general event word and has a date the
// tagger resolves; the key is the kind family, the event's lemma and its period, so reports meet across outlets.
import type { Lang } from '../temporal/index.ts';
import { datedMentions, type DatedMention } from './dating.ts';
import type { Features } from './features.ts';
import { findEvents, fitsStatus, type EventHit } from './generic-events.ts';
import { BACKGROUND, BACKGROUND_YEARS, BYLINE, CONDITIONAL, HEDGE } from './generic-lexicon.ts';
import { namesIn, titleFrom } from './generic-title.ts';
import { eventKey, FAMILY } from './keys.ts';
import { CAPTION } from './lexicon.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import type { Candidate, Status } from './types.ts';

// Beyond this many characters a date rarely belongs to the event word; an event noun takes only a date
// right by it, in its own clause ("the April 20 explosion", "the verdict in January").
const MAX_DISTANCE = 120;
const MAX_NOUN_DISTANCE = 30;
const CJK = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]/;
// Kinds an announcement stands for when it says what will be done ("announced it would recall…").
const ANNOUNCED_ACTS = new Set(['action', 'decision', 'personnel']);

function features(hits: EventHit[], text: string): Features {
  return {
    happened: hits.filter((h) => fitsStatus(h, false, text)),
    planned: hits.filter((h) => fitsStatus(h, true, text)),
    present: [],
    modal: hits.some((h) => h.planned),
    actors: [],
    objects: [],
    place: null,
    role: null,
    trilateral: false,
  };
}

// Between a date and an event word, a clause break or a word of sequence ("on Monday, weeks after regulators
// opened…") says the date belongs to another event: such pairs count as farther apart.
const CLAUSE_BREAK = /[,;:—]|、|，/;
const SEQUENCE = /\b(after|before|since|following|ahead of|until|when|while)\b/i;

function distance(h: EventHit, m: DatedMention, text: string): number {
  const [from, to] = h.end <= m.timex.start ? [h.end, m.timex.start] : h.start >= m.timex.end ? [m.timex.end, h.start] : [0, 0];
  const between = text.slice(from, to);
  return to - from + (CLAUSE_BREAK.test(between) ? 40 : 0) + (SEQUENCE.test(between) ? 60 : 0);
}

/** Pairs dates with event words, closest pairs first, each used once ("after the April 20 explosion, … reopened on May 3"). */
function pairs(hits: EventHit[], mentions: DatedMention[], text: string): [DatedMention, EventHit][] {
  const all = mentions.flatMap((m) =>
    hits
      .map((h) => ({ m, h, d: distance(h, m, text) }))
      .filter((p) => fitsStatus(p.h, m.planned, text) && p.d <= (p.h.form === 'noun' ? MAX_NOUN_DISTANCE : MAX_DISTANCE)),
  );
  const out: [DatedMention, EventHit][] = [];
  for (const p of all.sort((a, b) => a.d - b.d)) {
    if (out.some(([m, h]) => m === p.m || h === p.h)) continue;
    out.push([p.m, p.h]);
  }
  return out;
}

/**
 * "The trial opened on Oct. 2", "talks began Monday": a start verb whose subject is another event's noun
 * starts that event, so it is keyed as that event (a trial, talks), not as a launch.
 */
function startedEvent(h: EventHit, hits: EventHit[], text: string): EventHit {
  if (h.kind !== 'launch' || h.form === 'noun') return h;
  const subject = hits.find((x) => x.form === 'noun' && x.kind !== 'launch' && x.end <= h.start && !/[,;]/.test(text.slice(x.end, h.start)) && h.start - x.end <= 30);
  return subject ? { ...subject, form: h.form, planned: h.planned, start: h.start, end: h.end } : h;
}

/** "Announced on Monday it would recall the heaters": the announced act, done on that day. */
function announcedAct(h: EventHit, hits: EventHit[]): EventHit {
  if (h.kind !== 'statement') return h;
  const act = hits.find((x) => x.start > h.end && x.start - h.end < 80 && ANNOUNCED_ACTS.has(x.kind) && (x.planned || x.form === 'base'));
  return act ? { ...act, planned: false } : h;
}

// An event told in a relative or participial clause ("The plant, opened in 1978, employs…") is recalled as background.
const ASIDE = /(,|\bwhich|\bthat|\bwho)\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?$/i;

/** An old event recalled as background, not as news: left out. A recent recall stays, as evidence. */
function isBackground(m: DatedMention, hit: EventHit, text: string, published: Date): boolean {
  const limit = `${published.getUTCFullYear() - BACKGROUND_YEARS}${published.toISOString().slice(4, 10)}`;
  return m.span.end < limit && (BACKGROUND.test(text) || ASIDE.test(text.slice(Math.max(0, hit.start - 20), hit.start)));
}

export function genericCandidates(text: string, published: Date, lang: Lang, mentionsTopic: (s: string) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of splitSentences(text)) {
    const s = sentence.text;
    if (s.length < (CJK.test(s) ? 8 : 20) || s.length > 700 || CAPTION.test(s) || BYLINE.test(s) || /[?？]\s*["”’]?$/.test(s) || CONDITIONAL.test(s)) continue;
    if (!mentionsTopic(s)) continue;
    const hits = findEvents(s);
    if (hits.length === 0) continue;
    const mentions = datedMentions(s, features(hits, s), published, lang);
    const keys = new Set<string>();
    for (const [m, hit] of pairs(hits, mentions, s)) {
      if (isBackground(m, hit, s, published)) continue;
      const c = candidateOf(sentence, m, hit, announcedAct(startedEvent(hit, hits, s), hits), lang, mentions);
      if (!keys.has(c.key)) out.push(c);
      keys.add(c.key);
    }
  }
  return out;
}

function candidateOf(sentence: Sentence, m: DatedMention, said: EventHit, hit: EventHit, lang: Lang, all: DatedMention[]): Candidate {
  const { timex, span } = m;
  const status: Status = m.planned ? 'planned' : 'happened';
  const family = FAMILY[hit.kind];
  // a pledge is named by its due period ('2025' for "by the end of the year"), not a narrowed part of it
  const date = status === 'planned' && timex.mod ? timex.value.slice(0, span.date.length) : span.date;
  const title = titleFrom(sentence.text, hit, all.map((x) => x.timex), lang, { from: Math.min(said.start, hit.start), noun: hit.form === 'noun' });
  const actors = namesIn(title, lang);
  return {
    key: eventKey(`${family}/${hit.lemma}`, status, date, span.precision),
    family,
    kind: hit.kind,
    title,
    actors,
    objects: [hit.lemma],
    place: null,
    role: null,
    status,
    confidence: confidenceOf(sentence.text, hit, span.precision, actors.length),
    date,
    precision: span.precision,
    endDate: timex.range ? span.end : null,
    deadline: status === 'planned' ? span.end : null,
    quote: sentence.text,
    dateText: timex.text,
    sentenceIndex: sentence.index,
  };
}

function confidenceOf(text: string, hit: EventHit, precision: string, actors: number): number {
  let c = 0.5;
  if (hit.form === 'past' || hit.form === 'cjk') c += 0.1;
  if (precision === 'day') c += 0.1;
  if (actors > 0) c += 0.05;
  if (HEDGE.test(text)) c -= 0.25;
  return Math.round(Math.min(0.9, Math.max(0.1, c)) * 100) / 100;
}
