// Modal verbs around a date: "will be held" and "can join in April" look ahead, "may be helping" is a guess about now,
// "wouldn't budge Friday" is a refusal then; and other verb forms that tell a date's side by themselves ("expect Alex
// to make landfall", "an image taken Wednesday", "come Monday"); and adverbs of habit, which make a date any year's.
import type { Ctx } from './grammar.ts';

// "will be held", "to be signed", "would be traveling", "might not be stopped before August"; not "could be located",
// which reports a past attempt
const MODALS = new Set(['will', "'ll", 'to', 'would', 'shall', 'should', 'must', 'may', 'might', 'can', "won't", "wouldn't", "can't", 'cannot', "shouldn't"]);
// an adverb may sit between the modal and "be": "would still be held", "will not be signed"
export const MODAL_ADVERBS = new Set(['still', 'also', 'not', 'then', 'now', 'probably', 'likely', 'soon', 'only', 'again', 'finally']);

// "was found to be infected", "appeared to be easing": after a verb of report or seeming, "to be" states what is
// (or was) so; it plans nothing
const REPORT_TO = /^(?:found|believed|thought|said|reported|known|alleged|understood|shown|feared|presumed|assumed|seemed|appeared)$/;

// "caused cleanup efforts to be suspended": a past cause with its object; the infinitive happened then
const CAUSED = /^(?:caused|forced|allowed|prompted|led|ordered|asked|told|required|enabled|persuaded|got)$/;

// "be" or, after a modal, a verb that links like it: "schools will stay closed on Wednesday", "would remain shut until
// Monday" (not after "to": "an order for businesses to remain closed through Wednesday" may end today)
const BE_LIKE = /^(?:be|stay|remain|become)$/;
/** "would be" or "would still be" right before the word. */
export function modalBe(before: string[], word?: string): boolean {
  // an adverb before the participle: "to be completely sealed", "will be formally signed"
  const n = /^[a-z]{3,}ly$/.test(before[before.length - 1] ?? '') && BE_LIKE.test(before[before.length - 2] ?? '') ? before.length - 1 : before.length;
  if (!BE_LIKE.test(before[n - 1] ?? '') || (before[n - 1] !== 'be' && before[n - 2] === 'to')) return false;
  if (before[n - 2] === 'to' && (REPORT_TO.test(before[n - 3] ?? '') || CAUSED.test(before[n - 4] ?? '') || CAUSED.test(before[n - 5] ?? ''))) return false;
  // "could be administered in the autumn" looks ahead; "could be seen", "could not be located" report the past
  // ("could be helping" is a guess about now)
  if (before[n - 2] === 'could') return !/^(?:seen|heard|felt|found|located|reached|spotted|identified|confirmed|contacted|\w+ing)$/.test(word ?? '');
  const modal = MODALS.has(before[n - 2] ?? '') ? before[n - 2] : MODAL_ADVERBS.has(before[n - 2] ?? '') ? before[n - 3] : undefined;
  // "may be helping" is a guess about now, as with "could"
  if (/^(?:may|might|can)$/.test(modal ?? '') && /ing$/.test(word ?? '')) return false;
  return MODALS.has(modal ?? '');
}

// A modal with a plain verb looks ahead: "can join in April", "may vote Tuesday", and "would" as the future seen from
// a past report ("said BP would test the well on Tuesday"); "may have", "would have" look back. Again not for a
// nominal date: "would look for ways around Wednesday's ruling".
const AHEAD_MODALS = new Set(['can', 'may', 'might', 'must', 'should', 'would', "wouldn't", 'could']);
// what follows "have" the verb (not a participle): "should have the vaccine ready", "may have to wait"
const HAVE_OBJECT = /^(?:the|a|an|its|their|his|her|our|your|my|this|these|those|some|no|enough|more|to|it|them|him|us|\d.*)$/i;
export function modalVerb(ws: string[], i: number): boolean {
  const w = ws[i] ?? '';
  // (the set holds lower-case words, so a capitalised "May" is no modal)
  if (!AHEAD_MODALS.has(w)) return false;
  const next = (ws[i + 1] ?? '').toLowerCase();
  // "may be helping", "could be hiding": a guess about now, not a plan
  const guessNow = /^(?:may|might|could)$/.test(w) && next === 'be' && /ing$/.test(ws[i + 2] ?? '');
  // "should have finished" looks back; "should have the vaccine ready", "may have to wait" are "have" the verb
  const perfect = (next === 'have' || next === "'ve") && !HAVE_OBJECT.test(ws[i + 2] ?? '');
  return next !== '' && !perfect && !guessNow
    && !(w === 'could' && /^(?:not|n't|never|only|barely|hardly|be|find|see|hear|feel|smell|taste|sense|tell|say|confirm|remember|recall)$/.test(next));
}

// "wouldn't budge Friday", "would not comment on Tuesday": a refusal told in the past, not a plan
const REFUSED = /^(?:say|comment|budge|discuss|elaborate|disclose|confirm|speculate|reveal|specify|identify|name|answer|respond)$/;
export function refusal(ws: string[], i: number): boolean {
  const w = (ws[i] ?? '').toLowerCase();
  if (w === "wouldn't") return REFUSED.test(ws[i + 1] ?? '');
  return w === 'would' && ws[i + 1] === 'not' && REFUSED.test(ws[i + 2] ?? '');
}

const PARTICIPLE = /^[a-z]+(?:ed|en|wn)$/;

/**
 * "would be deployed by tomorrow and hooked up over the weekend": a participle after "and" shares an earlier modal
 * passive (not an infinitive's: "the first birds to be cleaned and released in early May was" tells the past).
 */
export function joinedModalBe(ws: string[], i: number): boolean {
  if (ws[i - 1]?.toLowerCase() !== 'and' || !PARTICIPLE.test(ws[i] ?? '')) return false;
  for (let j = i - 2; j >= Math.max(1, i - 10); j--) {
    const before = ws.slice(Math.max(0, j - 5), j).map((x) => x.toLowerCase());
    if (PARTICIPLE.test(ws[j] ?? '') && modalBe(before, ws[j]) && before.some((w) => w !== 'to' && MODALS.has(w))) return true;
  }
  return false;
}

// past forms spelt like the plain verb, and "last", a verb after a modal: "the clean-up could last into the autumn"
export const SAME_PLAIN = new Set(['hit', 'set', 'cut', 'put', 'shut', 'let', 'read', 'cost', 'hurt', 'spread', 'beat', 'burst', 'cast', 'quit', 'split', 'bid', 'shed', 'upset', 'last']);

/** "a storm that could develop into a depression and hit the coast on Thursday": such a verb after "and" shares an
 * earlier modal, unless a verb in the past or present comes between. */
export function joinedModalPlain(ws: string[], i: number): boolean {
  if (!SAME_PLAIN.has((ws[i] ?? '').toLowerCase()) || !/^(?:and|or)$/i.test(ws[i - 1] ?? '')) return false;
  for (let j = i - 2; j >= Math.max(0, i - 10); j--) {
    const w = (ws[j] ?? '').toLowerCase();
    if (/^(?:will|shall)$/.test(w) || w.endsWith("'ll") || modalVerb(ws, j)) return true;
    if (/^(?:was|were|had|did|is|are|has|have)$/.test(w) || (w.length > 4 && w.endsWith('ed'))) return false;
  }
  return false;
}

// "the cap was expected to start Sunday", "the tests were due on Monday": a plan told in the past, before the date in
// its clause or right after it ("the action on Thursday was set to move")
const PLANNED = String.raw`(?:was|were)\s+(?:(?:not|originally|initially|first|also|then)\s+)?(?:due|expected|scheduled|set(?=\s+(?:to|for)\b)|slated|supposed)\b`;
const PLAN_BEFORE = new RegExp(String.raw`\b${PLANNED}[^.;]*$`, 'i');
const PLAN_AFTER = new RegExp(String.raw`^,?\s+${PLANNED}`, 'i');
export const pastPlan = (left: string, text: string, end: number): boolean => PLAN_BEFORE.test(left.slice(-70)) || PLAN_AFTER.test(text.slice(end, end + 60));

// a third-person present verb after its subject: "if it comes back", "unless the virus spreads"
export const PRESENT_S = /^(?:comes|goes|returns|happens|arrives|wins|loses|gets|takes|makes|starts|begins|ends|rises|falls|spreads|passes|fails|stays|hits)$/i;

// "an image taken Wednesday night", "the speech given Monday": a bare past participle right before the date, after a
// noun, is a reduced relative clause told in the past ("to be shown Friday", "will be given Monday" look ahead)
const EN_PARTICIPLE = /^(?:taken|shown|given|seen|done|begun|written|chosen|drawn|driven|spoken|thrown|beaten|sworn)$/;
const NOT_NOUN = /^(?:be|been|being|is|are|am|was|were|has|have|had|to|will|would|could|can|may|might|should|must|not|never|yet|already)$/;
const reducedRelative = (ws: string[], i: number): boolean =>
  EN_PARTICIPLE.test(ws[i] ?? '') && /^[a-z]+$/.test(ws[i - 1] ?? '') && !NOT_NOUN.test(ws[i - 1] ?? '');

// "forecasters expect Alex to make landfall on Thursday": an expectation now, of what its object will do ("I didn't
// expect him to come" was one then)
export const EXPECT_OBJ_TO = /(?<!\b(?:didn['’]t|not|never|had)\s+)\b(?:expects?|expecting|predicts?|forecasts?)\s+(?!to\b)(?:[\w'’-]+\s+){1,3}to\s+[a-z]+\b[^.;]*$/i;

// "come Monday the talks resume", "an estimate come Thursday": "come" right before the day, not as a verb after a
// modal, "to", "did" or a perfect ("would come Friday", "has come"), means when that day arrives
const comeDay = (ws: string[], i: number): boolean => /^come$/i.test(ws[i] ?? '') && !NOT_NOUN.test((ws[i - 1] ?? '').toLowerCase()) && !/^(?:did|didn['’]t|shall)$/i.test(ws[i - 1] ?? '');

/** The side of the date a word right before it tells by itself ("an image taken Wednesday", "come Monday"), if any. */
export function wordBeforeDay(ws: string[]): 'past' | 'future' | undefined {
  const i = ws.length - 1;
  return reducedRelative(ws, i) ? 'past' : comeDay(ws, i) ? 'future' : undefined;
}

// "a season that normally ends in February", "typically the peak between June and August": any year's month
const HABITUAL = /\b(?:typically|normally|usually|generally|traditionally|customarily|often|commonly|tends?\s+to)\b/i;
// the adverb must be in the date's own clause: not "well into June, although flu usually dies down by April", nor
// "usually peaks in winter, but this year it ran into June"
// ("since April, when its flagship drew generally lukewarm reviews": a "when" clause after the date is its own)
const CONTRAST = /,\s+(?:although|though|while|whereas|but|when)\s/i;
export function habitual(c: Ctx): boolean {
  // (a sentence may end inside a quotation: 'call "sell the news." Suppliers have been … since July')
  const before = c.text.slice(Math.max(0, c.start - 100), c.start).split(/[.!?]['"”’)]*\s+/).at(-1)!.split(CONTRAST).at(-1)!;
  const after = c.text.slice(c.end, c.end + 60).split(/[.!?](?:\s|$)/)[0]!.split(CONTRAST)[0]!;
  return HABITUAL.test(before) || HABITUAL.test(after);
}
