// Reads one word as a cue to the tense of its clause: a future word, a plan before "to", a past form.
import { SAME_PLAIN, modalBe } from './modals.ts';
import type { Tense } from './types.ts';

// words that point ahead by themselves
// ("we expect 90,000 people on Tuesday": expecting in the present looks ahead, with or without "to")
const FUTURE_WORDS = new Set(['will', "'ll", 'shall', "won't", 'gonna', 'upcoming', 'scheduled', 'slated', 'next', 'tomorrow', 'forthcoming', 'deadline', 'looming', 'impending', 'expect', 'expects']);
// verbs of intention point ahead only when followed by "to": "plans to meet"
const FUTURE_BEFORE_TO = new Set(['expected', 'supposed', 'expects', 'expect', 'plans', 'plan', 'planned', 'planning', 'intends', 'intend', 'aims', 'aim', 'hopes', 'hope', 'set', 'due', 'required', 'going', 'likely', 'wants', 'want', 'seeks', 'agreed', 'decided', 'vowed', 'promised', 'pledged',
  'hoping', 'aiming', 'intending', 'preparing', 'prepares', 'prepare', 'poised', 'ready', 'forecast', 'predicted', 'projected', 'certain', 'bound', 'unlikely', 'yet']);
// their past forms, which on the right of a date say when the plan was made
export const PLAN_PAST = /^(?:expected|required|planned|agreed|decided|vowed|promised|pledged|intended|aimed|hoped|wanted|sought|prepared)$/;
// an adverb may sit between the intention and "to": "hopes partly to close", "were still aiming to finish"
const TO_ADVERB = new Set(['still', 'also', 'now', 'then', 'first', 'later', 'soon', 'eventually', 'initially', 'partly', 'partially', 'again', 'finally']);

export const PAST_WORDS = new Set([
  'was', 'were', 'had', 'did', 'said', 'made', 'took', 'came', 'went', 'met', 'began', 'told', 'held', 'left',
  'gave', 'got', 'found', 'saw', 'ran', 'won', 'lost', 'fell', 'rose', 'sold', 'bought', 'paid', 'sent', 'spent',
  'kept', 'led', 'became', 'struck', 'wrote', 'spoke', 'ago', 'last', 'earlier', 'since', 'yesterday', 'hit',
  'broke', 'chose', 'drew', 'flew', 'grew', 'knew', 'threw', 'shot', 'fought', 'brought', 'thought', 'caught',
  'taught', 'sought', 'stood', 'understood', 'won', 'overtook', 'withdrew', 'signed', 'agreed', 'set',
  // too short for the "-ed" test, or irregular
  'died', 'fled', 'sank', 'blew', 'drove', 'rode', 'woke', 'wore', 'tore', 'stole', 'froze', 'felt', 'laid', 'hung',
  'sat', 'shook', 'swore', 'forgot', 'arose', 'dug', 'upheld', 'withheld', 'dealt', 'burnt', 'spilt', 'learnt', 'leapt', 'knelt', 'dreamt',
  'ate', 'drank', 'slept', 'swam', 'sang', 'rang', 'shrank', 'spun', 'slid', 'hid', 'meant', 'lent', 'wept', 'crept', 'bled',
]);

// participles that are neither "-ed" nor past-tense forms: after "to be" or "will be" they look ahead ("an interview
// to be broadcast on Sunday", "will be shown Friday"); alone they may be present verbs ("they broadcast daily")
export const PARTICIPLES = new Set(['broadcast', 'shown', 'given', 'taken', 'seen', 'done', 'begun', 'written', 'chosen', 'drawn', 'driven', 'spoken',
  'shut', 'cut', 'put', 'read', 'run', 'built', 'sent', 'spent', 'thrown', 'beaten', 'forecast', 'let', 'heard', 'sworn']);

const AFTER_MODAL = /^(?:will|would|shall|should|can|could|may|might|must|to|'ll)$/;

const NOT_PAST = new Set(['need', 'speed', 'feed', 'indeed', 'seed', 'bleed', 'breed', 'proceed', 'exceed', 'succeed', 'red', 'bed', 'shed', 'led', 'wed', 'embed', 'hundred', 'unprecedented', 'expected', 'planned', 'scheduled']);

export const PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you']);

// "to" opens an infinitive only before a verb: "agreed to the deal in March" names what was agreed, in the past
export const NOT_VERB_AFTER_TO = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|all|no|any|each|every|it|him|them|us|me)$/;

// Most words are no cue: the tests below tell something only of these words and of "-ing", "-ed" and "'ll" forms,
// so the others are answered before the words around them are lower-cased.
const CUE_WORDS = new Set([...FUTURE_WORDS, ...FUTURE_BEFORE_TO, ...TO_ADVERB, ...PAST_WORDS, ...PARTICIPLES, 'likely', 'earlier', 'to', 'forecast', 'set']);

/** What one word says of its clause's tense, read with the five words before it and the two after. */
export function classifyWord(raw: string, rawBefore: string[], rawNext: string | undefined, rawNext2?: string): Tense {
  const word = raw.toLowerCase();
  if (!CUE_WORDS.has(word) && !word.endsWith('ing') && !word.endsWith('ed') && !word.endsWith("'ll")) return 'unknown';
  const before = rawBefore.map((w) => w.toLowerCase());
  const next = rawNext?.toLowerCase();
  // "retired, as scheduled, on June 30": what went to plan says nothing of the date's side
  if (before.at(-1) === 'as' && /^(?:scheduled|planned|expected|promised|agreed|forecast|predicted|intended)$/.test(word)) return 'unknown';
  // "next to the embassy" is a place; "learned the next afternoon" follows the story's day, not publication
  // ("didn't expect him to come home on Thursday" looks back)
  if (FUTURE_WORDS.has(word)) return (word === 'next' && (next === 'to' || before.at(-1) === 'the')) || (word.startsWith('expect') && /^(?:did|didn't|not|never|had)$/.test(before.at(-1) ?? '')) ? 'unknown' : 'future';
  // "a storm is likely before the end of the season in November" is a forecast ("the likely cause" describes)
  // ("a deal was unlikely before November" too)
  if ((word === 'likely' || word === 'unlikely') && !DETERMINERS.has(before.at(-1) ?? '') && before.at(-1) !== 'most') return 'future';
  // "protesters planned a rally on Saturday": the date is the planned event's (not "a service planned for Saturday
  // was cancelled", nor "went ahead as planned")
  if (word === 'planned' && /^(?:a|an|another|their|its|his|her|two|three|several|more|new)$/.test(next ?? '')) return 'future';
  // "the expected start of the rainy season in May", "the proposed vote on Tuesday": an event still ahead
  if (/^(?:expected|planned|proposed|anticipated)$/.test(word) && /^(?:the|a|an|its|their|his|her)$/.test(before[before.length - 1] ?? '')) return 'future';
  // (no word after "to": the date itself follows, so "to" is a preposition, "thin due to the weekend")
  if (next === 'to' && FUTURE_BEFORE_TO.has(word) && rawNext2 !== undefined && !NOT_VERB_AFTER_TO.test(rawNext2.toLowerCase())) {
    // "Obama planned to visit the region in March, but had to cancel": a plan made in the past, as "was expected to",
    // may name a day on either side of publication ("has agreed to" still looks ahead, and a bare "expected to" is
    // mostly the passive, "with the season expected to start in June", unless a pronoun says who expected)
    const pastPlan = PLAN_PAST.test(word) && (word !== 'expected' || PRONOUNS.has(before.at(-1) ?? '')) && !/^(?:is|are|am|be|been|being|has|have|'s)$/.test(before.at(-1) ?? '');
    return pastPlan ? 'near' : 'future';
  }
  if (TO_ADVERB.has(word) && next === 'to' && FUTURE_BEFORE_TO.has(before[before.length - 1] ?? '')) return 'future';
  // "he'll need", "they'll vote": the contraction is one token
  if (word.endsWith("'ll")) return 'future';
  // "earlier than expected" compares; it does not place anything in the past
  if (word === 'earlier' && next === 'than') return 'unknown';
  // ("canceled a vote set for Thursday": a plan a past act undid lies either side of publication)
  if (next === 'for' && /^(?:set|scheduled|slated|planned|predicted|forecast|expected)$/.test(word)) return before.slice(-3).some((w) => /^[a-z]{3,}ed$/.test(w) && !NOT_PAST.has(w)) ? 'near' : 'future';
  // "is to resume", "are to meet"; "was to meet" is the future seen from a past report
  if (word === 'to' && /^(?:is|are|was|were)$/.test(before[before.length - 1] ?? '') && /^[a-z]+$/.test(rawNext ?? '') && !NOT_VERB_AFTER_TO.test(next ?? '')) return 'future';
  if ((word.endsWith('ing') || PARTICIPLES.has(word)) && modalBe(before, word)) return 'future';
  const edWord = word.length > 4 && word.endsWith('ed') && !word.includes('-');
  // "the wells now being drilled": a participle after "being" is the passive progressive, not a past verb
  const past = (PAST_WORDS.has(word) || (edWord && !NOT_PAST.has(word) && raw === word)) && !(edWord && (adjectival(word, before) || before[before.length - 1] === 'being'));
  if (!past) return 'unknown';
  // "would likely hit", "is forecast to hit": a verb spelt like its plain form is no past after a modal or "to"
  const lead = /ly$/.test(before.at(-1) ?? '') ? before.at(-2) : before.at(-1);
  if (SAME_PLAIN.has(word) && AFTER_MODAL.test(lead ?? '')) return lead === 'to' ? 'unknown' : 'future';
  // a present passive is no past: "the trip over Labor Day is badly timed", "are now estimated", "is not stopped"
  const aux = /ly$|^(?:now|not|never)$/.test(before.at(-1) ?? '') ? before.at(-2) : before.at(-1);
  if ((edWord || PAST_WORDS.has(word)) && /^(?:is|are|am)$/.test(aux ?? '')) return 'unknown';
  // the present perfect, active or passive ("has confirmed", "has been confirmed to take part"), is a present
  if (/^(?:has|have)$/.test(aux ?? '') || (aux === 'been' && /^(?:has|have)$/.test(before.at(-2) ?? ''))) return 'unknown';
  // a participle after a modal and "be"; the future perfect: "will have spilled by August 15"
  if (modalBe(before, word)) return 'future';
  if (before[before.length - 1] === 'have' && /^(?:will|shall|'ll)$/.test(before[before.length - 2] ?? '')) return 'future';
  return 'past';
}

// "a still unspecified date", "the planned merger", "an undisclosed sum": an -ed word after a determiner, or an
// "un-" one, describes a noun; it is not the clause's verb
export const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'still', 'newly']);
// but "under-" verbs ("undermined") and the un- verbs that undo something ("unveiled", "unleashed") are verbs
const UN_VERB = /^(?:under|unveil|unleash|uncover|unearth|unfold|unlock|unravel|unseal|unload|unplug|unmask|unfurl|unpack|unwrap|unroll|untie|unfreez|unblock)/;
// a verb never follows a preposition straight away, so an "-ed" word there describes the noun after it: "barrels of
// escaped oil", "with added pressure"
const PREPOSITIONS = new Set(['of', 'with', 'for', 'from', 'into', 'about', 'at', 'by', 'in', 'on', 'among', 'against', 'without']);
// nor after a present verb that links to a state: "remains closed", "faces crowded streets" (a headline's "Obama faces
// crowded calendar before January")
// or after a quantifier: "a sweep of every damaged building by Wednesday"
const QUANTIFIERS = new Set(['every', 'each', 'all', 'some', 'many', 'most', 'no', 'any', 'several', 'other']);
const LINKING = /^(?:faces?|remains?|stays?|seems?|looks?|appears?|becomes?|gets?|feels?|sounds?)$/;
function adjectival(word: string, before: string[]): boolean {
  const prev = before[before.length - 1] ?? '';
  // "so-called relief wells" reaches here as "so", "called"
  return (/^un.{4,}ed$/.test(word) && !UN_VERB.test(word)) || DETERMINERS.has(prev) || PREPOSITIONS.has(prev) || LINKING.test(prev) || QUANTIFIERS.has(prev) || (prev === 'so' && word === 'called');
}
