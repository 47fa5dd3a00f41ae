// Guesses the tense around an expression from nearby verb cues, to choose which way a relative date points.
import { MONTH, WEEKDAY } from './lexicon.ts';
import { EXPECT_OBJ_TO, MODAL_ADVERBS, PRESENT_S, joinedModalBe, joinedModalPlain, modalVerb, pastPlan, refusal, wordBeforeDay } from './modals.ts';
import { DETERMINERS, NOT_VERB_AFTER_TO, PARTICIPLES, PAST_WORDS, PLAN_PAST, PRONOUNS, classifyWord } from './verb-cues.ts';
import type { Tense } from './types.ts';


// A present-tense verb before the date, active or passive ("is opened", "are held"), is the clause's own: a past
// cue further left belongs to another clause, so only a future one ("the deadline is", "is expected to") still counts.
const PRESENT_BE = new Set(['is', 'are', 'am', "we're", "they're", "you're", "i'm"]);
// a present verb of saying opens what is said: "critics say Obama's trip over Memorial Day weekend is …"
const PRESENT_SAY = new Set(['say', 'says', 'argue', 'argues', 'believe', 'believes', 'think', 'thinks', 'insist', 'insists']);
const DEGREE = /^(?:more|less|most|very|so|too|quite|rather|much|even|still|already|also|now|all|[a-z]{3,}ly)$/;
function present(ws: string[], i: number): boolean {
  const w = ws[i] ?? '';
  if (PRESENT_BE.has(w) || PRESENT_SAY.has(w)) return true;
  const ed = w.length > 4 && w.endsWith('ed');
  if (!ed && !PAST_WORDS.has(w.toLowerCase())) return false;
  // a present perfect ("has announced") is a present too: it is the clause's verb, so older past verbs are not its;
  // an adverb may stand between ("has also announced", "retailers are more worried about Christmas")
  const k = DEGREE.test(ws[i - 1] ?? '') ? i - 1 : i;
  const aux = /^been$/i.test(ws[k - 1] ?? '') ? ws[k - 2] : ws[k - 1];
  return /^(?:has|have)$/i.test(aux ?? '') || (ed && PRESENT_BE.has(ws[k - 1] ?? ''));
}

// a full stop after an initial, a title or "p.m." does not end the sentence: "Daniel P. Davison", "Sen. Smith", "Aug. 9"
const ABBREV = String.raw`(?<!\b(?:[A-Z]|[ap]\.m|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|No|vs))`;
// a closing quote may sit between the stop and the space ("…any other government.'' On Sunday"; wires write `` '')
const BOUNDARY = new RegExp(String.raw`${ABBREV}\.(?:''|['’"”)])*\s|[!?](?:''|['’"”)])*\s|[;\n]\s|["“”]|''|\x60\x60`);
// looking back, ", but" also opens a clause of its own: "it may be back, but at 3:25 p.m. Thursday it stopped"
// and a colon before a capital opens a sentence: "is working smoothly: In late May, two of them set out" (looking
// ahead it does not: "Wednesday: BP's chairman met Obama"); so does a capitalised preposition after a word, where a
// caption runs into the next sentence: "the doors of the White House On Friday, Obama suggested"; and ", and on" right
// before the date: "plans to visit on Friday, and on Wednesday, the White House called" takes the verb after it; and
// "though" opens a clause of its own (clauseLeft): "will remain closed for days and though Sunday services are going ahead"
const BOUNDARY_ALL = new RegExp(String.raw`${BOUNDARY.source}|,\s+(?:but\s|and\s+(?=on\s$))|:\s+(?=[A-Z])`, 'g');
// (the caption case is tested at the end alone: as an alternative above it was tried after every letter)
const CAPTION_RUN_ON = /[a-z]\s+(?=(?:On|In|At|By|Since|Until|From)\s$)/;

// "had been scheduled to", "had planned to": a plan that was, so the date is past
function classify(raw: string, rawBefore: string[], rawNext: string | undefined, rawNext2?: string): Tense {
  const t = classifyWord(raw, rawBefore, rawNext, rawNext2);
  return t === 'future' && rawBefore.slice(-3).some((w) => w.toLowerCase() === 'had') ? 'past' : t;
}


// the five words before a cue: enough for "caused cleanup efforts to be suspended"
const wordsBefore = (ws: string[], i: number): string[] => ws.slice(Math.max(0, i - 5), i);

/** Words with their case: a capitalised "-ed" word is a name ("United"), not a past verb. */
function words(raw: string): string[] {
  // a typographic apostrophe is an apostrophe: "won’t", "they’ll"
  const s = raw.replace(/’/g, "'");
  // a compound ending in "-ed" is an adjective ("remote-controlled submarines", "oil-soaked birds") and stays one
  // word, which no cue matches; "re-elected", "co-founded" are verbs and split as other compounds do
  if (!/-[a-z']*ed\b/.test(s)) return s.match(/[A-Za-z']+/g) ?? [];
  return (s.match(/[A-Za-z']+(?:-[A-Za-z']+)*/g) ?? []).flatMap((w) => (!w.includes('-') ? [w] : /-[a-z']*ed$/.test(w) && !/^(?:re|co|pre|de|un|mis|over|out|under)-/i.test(w) ? [w] : w.split('-')));
}

// A deadline or schedule word right before a date points ahead whatever the verb: "payable Dec. 1", "by Jan. 14",
// unless the clause is in the past perfect or says it happened: "had been due to expire Friday", "took effect Aug. 9".
// "begin"/"start" in the plain or present form schedule ("an operation to begin late Tuesday", "the trial starts
// Monday", "the season starts in May"), and so does a present "runs out", "runs through" ("the contract runs through
// Dec. 31"); a second date joined by "or"/"and" shares the cue ("by late August or early
// September"), and "ahead of" may govern a noun phrase first ("ahead of their hearing with the chief executive on
// Thursday"), though "ahead of schedule" is no plan.
const DATE_WORD = `(?:${WEEKDAY}|${MONTH})`;
const DAY_NAME = new RegExp(`\\b${WEEKDAY}\\b`, 'i');
const CALENDAR_NAME = new RegExp(`\\b${DATE_WORD}\\b`, 'i');
const DATE_OR = String.raw`(?:early\s+|late\s+|mid-?\s*)?(?:${DATE_WORD}\.?(?:\s+\d{1,2})?,?\s+(?:or|and)\s+(?:early\s+|late\s+|mid-?\s*)?)?$`;
// a clock time may come first, set off from the day: "expires at 5 p.m. on Dec. 31", "until midnight EST Tuesday"
const CLOCK_FIRST = String.raw`(?:(?:at\s+)?(?:midnight|noon|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|\d{1,2}[:.]\d\d)(?:\s+(?:e[sd]t|[cmp][sd]t|gmt|utc|bst|cet|local\s+time))?,?\s+)?`;
// the clock itself lies ahead after an expiry: "the offer expires at 5 p.m." (not after "starting at", which a past
// report may hold: "demanding that Iraq withdraw within a week, starting at noon Saturday")
const DECLARED = /\b(?:declared|proclaimed|designated|named)\s+$/i;
const DAY_SET_ASIDE = /^\s+(?:as\s+)?an?\s+(?:[\w-]+\s+){0,2}(?:day|holiday)\b/i;
const SET_FOR = /\b(?:set|scheduled|called|fixed|planned|slated)\s+(?:an?|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}for\s+(?:early\s+|late\s+|mid-?\s*)?$/i;
const EXPIRES_AT = /\b(?:expires?|expiring|due|ends|closes|runs\s+out)\s+at\s+$/i;
const AHEAD_BEFORE = new RegExp(String.raw`\b(?:(?:until|till)(?:\s+after)?|(?<=['’])til|by|payable|effective|effect|expires?|expiring|due|starting|beginning|begins?|starts?|resumes?|(?:begins?|starts?|resumes?|due|payable|expires?)\s+in|as\s+(?:soon|early)\s+as|deadline\s+of|runs?\s+out|(?:runs|lasts|continues|extends)\s+(?:through|thru|to|into))\s+(?:at\s+least\s+)?${CLOCK_FIRST}(?:on\s+|the\s+)?${DATE_OR}`, 'i');
// "Until Thursday, the school was shut", "for 87 days, from April 20, …, until Thursday afternoon, the well defied all
// plans", "But until June 4, they hadn't analyzed": an "until" opening the sentence leaves the side to the clause it
// leads into
const FRONTED_UNTIL = /^\s*(?:(?:but|and|yet|so)\s+)?(?:for\s+[^,]*,\s*)?(?:from\s+.*,\s+)?(?:until|till)\s+(?:on\s+|the\s+)?$/is;
const AHEAD_OF = new RegExp(String.raw`\b(?:ahead\s+of|head(?:s|ing)?\s+(?:into|towards?)|on\s+(?:the|their|its|his|her|our)\s+way\s+to)\s+(?!(?:schedule|time|expectations|forecasts?|estimates|target)\b)(?:(?:the|their|its|his|her|a|an)\s+)?(?:[a-z'’-]+\s+){0,8}(?:on\s+)?${DATE_OR}`, 'i');

// "postponed the shows to July 31", "adjourned until Monday": a date something was moved to lies ahead
const MOVED_TO = /\b(?:postponed?|postpones|delay(?:ed|s)?|deferred|rescheduled|adjourned|pushed\s+back|put\s+off|moved)\b(?:,?\s+[\w'’-]+){0,6}?\s+(?:to|until|till)\s+(?:on\s+|the\s+)?(?:early\s+|late\s+|mid-?\s*)?$/i;

// "did not arrive until Monday", "the body was not found until Tuesday": a past event that came only then; but "was not
// to open until 1993" and "was not likely to come until Tuesday" are plans
const NOT_UNTIL = /\b(?:did|was|were|had)(?:n['’]t|\s+not)\s+(?!to\b|(?:un)?likely\s+to\b|(?:expected|due|going|set|scheduled|slated|supposed)\s+to\b)(?:[\w'’-]+\s+){0,6}?(?:until|till)\s+(?:after\s+)?(?:on\s+|the\s+)?(?:early\s+|late\s+|mid-?\s*)?$/i;

// "the spill ran until July 15": a past state that lasted up to the date, so the date is past too; unlike
// "extended its deadline until Tuesday", which moves an end ahead
const LASTED_UNTIL = /\b(?:ran|lasted|continued|remained|stayed|waited|lived|worked|served|persisted|flowed|raged|survived)\s+(?:on\s+|(?:[a-z-]+\s+){1,3})?(?:until|till)\s+(?:after\s+)?(?:on\s+|the\s+)?(?:early\s+|late\s+|mid-?\s*)?$/i;

// The present progressive with a day names an arrangement: "we're meeting on Saturday", "it is preparing its next
// attempt on Sunday"; likewise "supplies are expected on Saturday". Not for a nominal or attributive date ("are
// investigating Tuesday's blast", "is trying to sell itself under a June agreement"), which names an event of its own.
const NOT_PROGRESSIVE = new Set(['being', 'during', 'including', 'according', 'following', 'morning', 'evening', 'nothing', 'something', 'anything', 'thing']);
const afterPronoun = (ws: string[], i: number): boolean =>
  (ws[i - 1] ?? '').includes("'") || PRONOUNS.has((ws[i - 2] ?? '').toLowerCase());
function arrangement(ws: string[], i: number): boolean {
  const prev = (ws[i - 1] ?? '').toLowerCase();
  if (prev !== 'being' && !PRESENT_BE.has(prev) && !MODAL_ADVERBS.has(prev)) return false;
  const w = (ws[i] ?? '').toLowerCase();
  const prev2 = (ws[i - 2] ?? '').toLowerCase();
  const be = PRESENT_BE.has(prev) || (MODAL_ADVERBS.has(prev) && PRESENT_BE.has(prev2));
  // the passive too: "belongings which are being sold in December"
  if (prev === 'being' && PRESENT_BE.has(prev2)) return (w.length > 4 && w.endsWith('ed')) || PARTICIPLES.has(w) || PAST_WORDS.has(w);
  if (!be) return false;
  return w === 'expected' || (w.length > 4 && w.endsWith('ing') && !NOT_PROGRESSIVE.has(w));
}

// A present-tense verb of a fixed programme further back schedules the day too: "He meets at the White House with BP
// executives, including the chairman, on Wednesday" (not after a determiner: "the visits")
const PROGRAMME = /^(?:meets|visits|travels|heads|hosts|testifies|convenes|arrives|returns|gathers)$/;
const programme = (ws: string[], i: number): boolean => PROGRAMME.test(ws[i] ?? '') && !DETERMINERS.has((ws[i - 1] ?? '').toLowerCase());

// A present-tense verb of a fixed programme right before the date schedules it: "the ministers meet Monday", "the
// court rules on Tuesday", "Buffett plays Sunday", also past a name or a place: "Obama meets Svanberg on Wednesday",
// "the talks take place in the White House on Wednesday", "the festival takes place over the weekend", "the committee
// meets at 10 a.m. on Monday". Not after "to", "did", "would" (the modal decides), a determiner
// ("after the vote Monday") or a preposition ("put the numbers in play Thursday"), where the word is a noun.
const SCHEDULED = /(?<!\b(?:to|did|didn't|does|do|had|would|the|a|an|his|her|its|their|this|that|in|into|of|at|for|from|with|by|during|after|amid|since|following)\s+)\b(?:meets?|votes?|opens?|visits?|travels?|heads?|(?:go(?:es)?|heads?)\s+to\s+the\s+polls|hosts?|faces?|testif(?:y|ies)|convenes?|arrives?|leaves?|plays?|returns?|goes|go(?:es)?\s+(?:out|ahead|on\s+sale|on\s+trial|into\s+effect)|closes?|ends?|rules?|decides?|gathers?|debates?|hears?|takes?\s+place|(?:continues?|resumes?)(?:\s+[a-z]+ing)?)\s+(?:[a-z]+ly\s+)?(?:(?:in\s+|at\s+)?(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3})?(?:at\s+(?:midnight|noon|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?)(?:\s+(?:[ECMP][SD]T|GMT|UTC|BST|CET))?,?\s+)?(?:on\s+|in\s+|over\s+|during\s+)?(?:early\s+|late\s+)?$/;
// but a plain form after a determiner and a modifier is a noun: "a final rule on Thursday", "the Senate vote Tuesday";
// a plural in between is the subject: "the ministers meet Monday", "the two leaders meet Monday"
const SCHEDULED_NOUN = /\b(?:a|an|the|this|that|its|their|his|her|our)\s+(?:(?![\w-]*[^su\s]s\s)[\w-]+\s+){1,2}(?:meet|vote|open|visit|travel|head|host|face|testify|convene|leave|play|return|close|end|rule|decide|gather|debate)\s+(?:[a-z]+ly\s+)?(?:on\s+)?(?:early\s+|late\s+)?$/i;

// the second of two joined dates takes the first one's cue: "from Thursday to Saturday", "late Tuesday or early Wednesday"
const JOINED = new RegExp(String.raw`\b${DATE_WORD}\.?(?:\s+\d{1,2})?(?:\s+(?:morning|afternoon|evening|night))?,?\s*(?:or|and|to|through|until|till|-)\s+(?:early\s+|late\s+|mid-?\s*)?$`, 'i');

const PROMISED = /^(?:pledged|promised|vowed|guaranteed)$/i;
const DASH_ASIDE = /\s--?\s[^-]{1,60}?\s--?\s/g;
// "by" gives the time up to which something held, in the past as well: "had spent $1 billion by August" (a past
// perfect anywhere before, with no future word after it), "By mid-September, the picture had shifted" (the clause the
// date opens is past); so does an "as early as" opening a past clause: "As early as February, Halliburton was getting"
// (a clock may come first: "By 1 a.m., on April 20, the cement job was completed")
const BY_DATE = new RegExp(String.raw`\b(?:by|as\s+(?:early|soon)\s+as)\s+${CLOCK_FIRST}(?:on\s+)?(?:the\s+)?(?:early\s+|late\s+|mid-?\s*)?$`, 'i');
function pastBy(text: string, left: string, end: number): boolean {
  const by = BY_DATE.exec(left);
  if (!by) return false;
  // "only after the search ended, possibly by the weekend": a guess at when looks ahead
  if (/\b(?:possibly|probably|perhaps|maybe|likely|hopefully)\s*$/i.test(left.slice(0, by.index))) return false;
  const opens = (/^as/i.test(by[0]) ? /^\s*$/ : /(?:^|,)\s*(?:(?:and|but|yet|so)\s+)?$/i).test(left.slice(0, by.index));
  // "…, Allen said, and by Friday crews plan to start": a "by" after ", and" opens a clause of its own, so the verbs
  // before it are another clause's
  const joined = /,\s*(?:and|but|yet|so)\s+$/i.test(left.slice(0, by.index));
  if (!joined && /\bhad\b(?![^]*\b(?:will|would|to|shall|can|may|must|should)\b)/i.test(left.slice(0, by.index))) return true;
  // "cases soared to 498 by the weekend": a past verb of the same clause, with no plan or modal after it ("could be
  // contained -- but not plugged -- by Sunday": an aside between dashes is skipped)
  const leftWords = joined || /^as/i.test(by[0]) ? [] : words(left.slice(0, by.index).replace(DASH_ASIDE, ' '));
  for (let i = leftWords.length - 1; i >= Math.max(0, leftWords.length - 6); i--) {
    // "wells intended to plug the leak by August": the date is the plan's target, not a state reached then
    // and "pledged legislation by August": a promise's deadline lies ahead of the promise
    // ("said could be running by the fall": a modal's guess, even of something going on, is reached by then)
    if (modalVerb(leftWords, i) || /^(?:will|would|could|may|might|should|must)$/.test(leftWords[i] ?? '') || (PLAN_PAST.test(leftWords[i] ?? '') && leftWords[i + 1] === 'to') || PROMISED.test(leftWords[i] ?? '')) return false;
    const t = classify(leftWords[i] ?? '', wordsBefore(leftWords, i), leftWords[i + 1], leftWords[i + 2]);
    if (t !== 'unknown') return t === 'past';
  }
  // "…, and by Friday engineers were waiting": a "by" that opens its clause takes the verb after it
  if (!opens || !/^,?\s/.test(text.slice(end, end + 2))) return false;
  const rightWords = words(clauseRight(text, end).replace(BRACKETED, ' '));
  for (let i = 0; i < Math.min(rightWords.length, 10); i++) {
    if (modalVerb(rightWords, i)) return false;
    // "By Wednesday, he said they should have a machine on the beach": what was said is still ahead
    if (/^(?:said|says|told)$/i.test(rightWords[i] ?? '')) continue;
    const t = classify(rightWords[i] ?? '', wordsBefore(rightWords, i), rightWords[i + 1], rightWords[i + 2]);
    if (t !== 'unknown') return t === 'past';
  }
  return false;
}

// "to host a conference", "to meet on": an infinitive whose event the date may name. Not "to" before a place or a
// common noun ("returned to work"), nor an adjective ("power to vast areas"), which a noun follows; and not after a
// verb that says the act was done then ("managed to pull", "was forced to close", "used to publish")
const NOUN_AFTER_TO = /^(?:work|school|court|power|office|trial|date|market|bed|jail|prison|church|town|sea|shore|land|light|life|death|hospital|war|rest|pieces|safety|order|normal|zero|record|levels?|home|shelters?)$/;
const VERB_THEN = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|some|all|any|more|new|up|out|down|off|on|in|into|to|with|for|back|over|at|from|by|it|them|him|us|[a-z]+ly|[a-z]{3,}ing)$|^[A-Z]/;
const DONE_BEFORE_TO = /^(?:managed|forced|able|used|had|needed|began|started|continued|helped|chose|failed|refused|declined|tried|sought|went|moved|rushed|happened|ceased)$/;
// plain verbs that end as a participle or a plural would: "to bring", "to discuss", "to focus", "to proceed"
const PLAIN_ENDING = /^(?:bring|sing|ring|swing|sting|spring|cling|fling|wring|string)$|(?:ss|us|eed)$/;
function toVerb(ws: string[], i: number): boolean {
  const next = ws[i + 1] ?? '';
  if (ws[i] !== 'to' || !/^[a-z]{2,}$/.test(next) || (/(?:ed|ing|s)$/.test(next) && !PLAIN_ENDING.test(next)) || NOT_VERB_AFTER_TO.test(next) || NOUN_AFTER_TO.test(next)) return false;
  const then = ws[i + 2];
  return (then === undefined || VERB_THEN.test(then)) && !DONE_BEFORE_TO.test((ws[i - 1] ?? '').toLowerCase());
}

const SUBJECT_DATE = /\b(?:after|before|when|while|because|since|until|once|though|although|who|which|that)\s+(?:[\w'’-]+\s+){1,3}(?:on|in)\s+$/i;

const ASIDE = /,\s+(?:who|which|whose)\b[^,;]*,/gi;
const CAPTION_BEFORE = /(?:^|\n)[ \t]*$/;
// "between 89m gallons (337m litres) and 176m gallons had leaked": a conversion in brackets is no part of the clause
const BRACKETED = /\([^()]{0,40}\)/g;
const FORECAST_WINDOW = /\b(?:predicted|forecast(?:ed)?|projected)\s+(?:through|until|till|into)\s+$/i;

const EVENT_AFTER = /\b(?:of|since|after|from|following)\s+the\s+$/i;

// "Vidrine, on the rig at the time of its explosion, on 20 April, will not testify": a date naming an event that has
// happened is past, whatever the clause goes on to say (not an election, a verdict or a spill still going on)
const PAST_EVENTS = '(?:explosion|blast|blowout|(?:earth)?quake|death|murder|killing|shooting|bombing|attack|crash|disaster|tragedy|accident|sinking)s?';
const PAST_EVENT_BEFORE = new RegExp(String.raw`\b${PAST_EVENTS},?\s+(?:on|of|in)\s+(?:early\s+|late\s+|mid-?\s*)?$`, 'i');
// "until April's BP accident", "after Tuesday's 7.0-magnitude quake": the possessor of such an event too, though not of
// one still ahead ("Friday's planned attack"); and a date set before the event's noun: "its April 20 oil well blowout"
const NOT_YET = '(?:planned|expected|scheduled|proposed|threatened|possible|potential|feared|anticipated|next)';
const PAST_EVENT_AFTER = new RegExp(String.raw`^(?:['’]s\s+(?:(?!${NOT_YET}\b)[\w.-]+\s+){0,3}?|\s+(?:(?!(?:${NOT_YET}|the|a|an|this|that|his|her|its|their|another|any)\b)[a-z0-9][\w-]*\s+){0,3}?)${PAST_EVENTS}\b`);

/** Tense of the clause around text[start, end): the nearest cue on the left wins, then on the right. */
const REPORTING = /^(?:said|told|warned|cautioned|added|predicted|suggested|feared|believed|thought|estimated|forecast)$/i;
// "voicing hope that Wednesday's procedure would succeed": what is hoped for or expected now lies ahead
// ("expect" is a future word of its own in verb-cues)
const SEE_DOING = /^(?:see|sees|forecast|forecasts|predict|predicts)$/i;
const HOPE_THAT = /^(?:hope|hopes|hoping|expect|expects|expecting|confident|optimistic)$/i;
const MODAL_NEXT = /^\s+(?:[a-z]+ly\s+)?(?:could|would|will|may|might|should|can)\s+(?:not\s+)?[a-z]/;
const modalNext = (text: string, end: number): boolean => MODAL_NEXT.test(text.slice(end, end + 30));
// "he said that on Saturday two teams of about 50 people would be sent": after "that", the clause's own verb may come
// a few words on
const MODAL_LATER = /^[^,.;:!?"“”]{0,50}?\s(?:could|would|will|may|might|should|can)\s+(?:not\s+)?[a-z]/;

// "since 2009 on Friday", "since March 2011 on Friday": the "since" has its own object before the date's preposition
const SINCE_OWN = /\bsince\s+(?:[A-Z][a-z]+\.?\s+)?(?:1[89]|20)\d\d\s+(?:on|in|at)\s+$/;
const VERB_NEXT = /^\s+(?:[a-z]+ly\s+)?([a-z]+)\b/;
const pastVerbNext = (text: string, end: number): boolean => {
  const verb = VERB_NEXT.exec(text.slice(end, end + 30));
  return !!verb && classify(verb[1]!, [], undefined) === 'past';
};
const FRONTED = /^\s*(?:although|though|even\s+though|while|whereas|when|after|before|because|since|if|unless|once)\b[^]*,\s*$/i;
const SUBJECT_VERB = /^\s+(?:is|are|was|were|will|would|could|should|may|might|has|had|have)\b/i;

export function tenseAt(text: string, start: number, end: number): Tense {
  if (/\b(?:pre|post)-$/i.test(text.slice(Math.max(0, start - 5), start))) return 'unknown'; // "its pre-April 20 state": a boundary
  // "Wednesday: BP's chairman leaves the White House": a photo caption's day, opening a line, is when it was taken
  if (CAPTION_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && /^[ \t]*:[ \t]/.test(text.slice(end, end + 3)) && DAY_NAME.test(text.slice(start, end))) return 'past';
  const left = clauseLeft(text, start);
  // (the tests anchored at the end read only the last words: a regex ending in $ is tried from every position)
  const tail = left.slice(-40);
  const joined = JOINED.exec(tail);
  if (joined) {
    const first = tenseAt(text, start - (tail.length - joined.index), start);
    // the end of a range open both ways comes after its start: "would hold rallies from Thursday to Saturday"
    return (first === 'near' || first === 'reported') && /(?:to|through|until|till|-)\s+(?:early\s+|late\s+|mid-?\s*)?$/i.test(joined[0]) ? 'future' : first;
  }
  // a plan told in the past ("the cap was expected to start Sunday") may lie either side of publication
  if (pastPlan(left, text, end)) return 'near';
  if (EXPECT_OBJ_TO.test(left.slice(-90))) return 'future';
  if (CALENDAR_NAME.test(text.slice(start, end)) && (PAST_EVENT_BEFORE.test(left.slice(-40)) || PAST_EVENT_AFTER.test(text.slice(end, end + 40)))) return 'past';
  // "until July 15, when engineers sealed it": a "when" clause right after the date tells its side
  const when = /^,?\s+when\s/i.test(text.slice(end, end + 8)) ? /^,?\s+when\s+([^,.;:!?]*)/i.exec(text.slice(end, end + 80)) : null;
  if (when) {
    const ws = words(when[1]!);
    for (let i = 0; i < Math.min(ws.length, 6); i++) {
      // "until August, when the relief wells are expected to be finished"
      if (modalVerb(ws, i) || arrangement(ws, i)) return 'future';
      // "in August, when BP agreed to give": the agreeing was then
      if (PLAN_PAST.test(ws[i] ?? '') && ws[i + 1] === 'to') return 'past';
      // "will deliver his address Saturday, when aides said he would lay out his plans": what they said is ahead
      // (not after "since", which only looks back: "nothing has changed since Saturday, when he said oil would …")
      // ("There were moments on Friday when I thought we would not get a text": a thought told in the past leaves the
      // date to its own clause)
      if (REPORTING.test(ws[i] ?? '') && !/\bsince\s+$/i.test(tail)) {
        if (/^(?:thought|believed|feared)$/i.test(ws[i] ?? '')) break;
        continue;
      }
      const t = classify(ws[i] ?? '', wordsBefore(ws, i), ws[i + 1], ws[i + 2]);
      if (t !== 'unknown') return t;
    }
  }
  // "hit by Tuesday's earthquake": "by" before a nominal day names who did it, not a deadline
  const agent = /\bby\s+$/i.test(tail) && /^['’]s\b/.test(text.slice(end, end + 3));
  // ("secured 303 electoral votes in Tuesday's election": a day that names an event is no programme's)
  const possessive = /^['’]s\b/.test(text.slice(end, end + 3));
  // ("Store visits on Friday fell": a past verb right after the date makes the "visits" before it a noun)
  if (!agent && (MOVED_TO.test(left.slice(-80)) || (!possessive && SCHEDULED.test(left.slice(-64)) && !SCHEDULED_NOUN.test(left.slice(-60)) && !pastVerbNext(text, end)))) return 'future';
  // "set an early presidential election for May 25", "called a nationwide strike for Friday": the day a plan was set
  // for, on either side of publication
  if (left.endsWith('for ') && SET_FOR.test(left.slice(-70))) return 'near';
  // "declared Thursday a day of mourning": a day set aside for something, on either side of publication
  if (DECLARED.test(tail) && DAY_SET_ASIDE.test(text.slice(end, end + 40))) return 'near';
  // "get them out, starting in November" (June), "agreed to pay $850,000 a month starting in mid-June" (November): the
  // start of a plan, told either side of it, is the nearer such month
  if (/\b(?:starting|beginning)\s+in\s+(?:early\s+|late\s+|mid-?\s*)?$/i.test(tail)) return 'near';
  // "declared three days of mourning starting on Sunday": a stretch a past act set running starts either side of it
  if (/\b(?:starting|beginning)\s+(?:on\s+|from\s+)?$/i.test(tail) && !/\b(?:will|would|'ll|shall|to)\b/i.test(left) && /\b[a-z]{3,}ed\b/.test(left)) return 'near';
  if (!agent && !FRONTED_UNTIL.test(left) && (AHEAD_BEFORE.test(left.slice(-48)) || (left.endsWith('at ') && EXPIRES_AT.test(left.slice(-24))) || AHEAD_OF.test(left.slice(-100)))) {
    const past = /\b(?:had|took)\b(?!\s+(?:until|till|by|to)\b)/i.test(`${left.slice(-45)} ${clauseRight(text, end).slice(0, 40)}`) || LASTED_UNTIL.test(left.slice(-40)) || NOT_UNTIL.test(left.slice(-70));
    return past || pastBy(text, left, end) ? 'past' : 'future';
  }
  // a date naming a plan ("would meet its August timetable", "could mean a Christmas timeframe") still takes the modal
  const plan = /^\s+(?:time-?table|time-?frame|target|goal|deadline|schedule|date)s?\b/i.test(text.slice(end, end + 16));
  const nominal = !plan && (/^['’]s\b/.test(text.slice(end, end + 3)) || /\b(?:a|an|the|its|their|his|her|our)\s+$/i.test(tail));
  // "could ban BP after lawmakers in July voted": a date between the subject of a subordinate clause and its verb
  // takes that verb, whatever the main clause says
  if (/\s(?:on|in)\s+$/.test(tail) && SUBJECT_DATE.test(left.slice(-60))) {
    const verb = /^\s+(?:[a-z]+ly\s+)?([a-z]+)\b/.exec(text.slice(end, end + 40));
    if (verb && classify(verb[1]!, [], undefined) === 'past') return 'past';
  }
  // "Although alerts were issued on Tuesday, Wednesday is forecast to be colder": a date opening the main clause after
  // a fronted subordinate one is its subject, so the verb after it, not the clause before, tells its side
  const leftWords = FRONTED.test(left) && SUBJECT_VERB.test(text.slice(end, end + 12)) ? [] : words(left);
  // "high seas were forecast through Sunday": the window forecast lies near publication, whenever it was forecast
  if (FORECAST_WINDOW.test(left.slice(-40))) return 'near';
  const adjacent = wordBeforeDay(leftWords);
  if (adjacent) return adjacent;
  const day = DAY_NAME.test(text.slice(start, end));
  let presentSeen = false;
  let infinitive = false;
  // names ("former presidents Bill Clinton and George W Bush") carry no tense: they do not use up the twelve words searched
  for (let i = leftWords.length - 1, seen = 0; i >= Math.max(0, leftWords.length - 18) && seen < 12; i--) {
    if (!/^[A-Z]/.test(leftWords[i] ?? '')) seen++;
    if (!nominal && i >= leftWords.length - 5 && refusal(leftWords, i)) return 'past';
    if (HOPE_THAT.test(leftWords[i] ?? '') && /^that$/i.test(leftWords[i + 1] ?? '')) return 'future';
    // "most now see the bank standing pat through the first quarter": a forecast of something going on looks ahead
    if (SEE_DOING.test(leftWords[i] ?? '') && leftWords.slice(i + 2, i + 6).some((w) => /^[a-z]+ing$/.test(w))) return 'future';
    // "said he would take part in a meeting on Tuesday": the future seen from a report a day old may be yesterday (a
    // month still looks ahead: "would visit in March")
    if (!nominal && day && /^would$/i.test(leftWords[i] ?? '') && modalVerb(leftWords, i)) return 'reported';
    // "said he would attend Tuesday's memorial": a day's event as the object of a modal's verb is ahead too
    if (nominal && day && i === leftWords.length - 2 && modalVerb(leftWords, i)) return /^would$/i.test(leftWords[i] ?? '') ? 'reported' : 'future';
    if (!nominal && (arrangement(leftWords, i) || modalVerb(leftWords, i) || (programme(leftWords, i) && !pastVerbNext(text, end)))) return 'future';
    infinitive ||= !nominal && toVerb(leftWords, i);
    // "its first playoff series since 2009 on Friday": a "since" with its own year dates that phrase, not the day after it
    if (i >= leftWords.length - 3 && /^since$/i.test(leftWords[i] ?? '') && SINCE_OWN.test(tail)) continue;
    const cue = classify(leftWords[i] ?? '', wordsBefore(leftWords, i), leftWords[i + 1], leftWords[i + 2]);
    const t = cue === 'past' && (joinedModalBe(leftWords, i) || joinedModalPlain(leftWords, i)) ? 'future' : cue;
    if (t === 'future') return nominal && i < leftWords.length - 3 ? 'unknown' : t;
    presentSeen ||= present(leftWords, i);
    // "if it comes back in September": a condition in the present is still to be met
    if (!nominal && /^(?:if|unless)$/i.test(leftWords[i] ?? '') && (presentSeen || leftWords.slice(i + 1).some((w) => PRESENT_S.test(w)))) return 'future';
    // "welcomed the offer to host a conference in March", "stuck to its August target": what the infinitive or the
    // plan names comes after the past act, on either side of publication
    if (t !== 'unknown' && !presentSeen) {
      // "said a second wave in the autumn could be worse": a date inside a reported clause whose own verb is a
      // modal lies on either side of the report
      // ("said the fourth quarter would be solid": a date after an article is the reported clause's subject)
      // ("cautioned that the second half could be harder" too)
      const subject = (i === leftWords.length - 2 && /^(?:the|a|an|this|its|their)$/i.test(leftWords[i + 1] ?? ''))
        || (i === leftWords.length - 3 && /^that$/i.test(leftWords[i + 1] ?? '') && /^(?:the|a|an|this|its|their)$/i.test(leftWords[i + 2] ?? ''))
        || (i === leftWords.length - 2 && /^that$/i.test(leftWords[i + 1] ?? '') && /^(?:the|this|its|their)\s/i.test(text.slice(start, end)))
        || (i === leftWords.length - 1 && /^(?:the|this|its|their)\s/i.test(text.slice(start, end)));
      if (t === 'past' && ((i < leftWords.length - 2 && !nominal) || subject) && REPORTING.test(leftWords[i] ?? '')
        && (modalNext(text, end) || (/^that$/i.test(leftWords[i + 1] ?? '') && MODAL_LATER.test(text.slice(end, end + 60))))) return 'near';
      // "predicted winds and high tides through Sunday": what a forecast names comes after it, near publication
      if (t === 'past' && i < leftWords.length - 2 && !nominal && /^(?:predicted|forecasted|projected)$/i.test(leftWords[i] ?? '')) return 'near';
      return t === 'past' && (infinitive || plan) ? 'near' : t;
    }
  }
  // "On Tuesday his brothers, who will be taking part, defended …": an aside between commas has its own tense
  const rightWords = words(clauseRight(text, end).replace(ASIDE, ' ').replace(BRACKETED, ' '));
  // "cut the pipes on Monday to prepare to place a cap": an infinitive of purpose after the date looks ahead from the
  // act, so it says nothing of the date's side
  if (/^to$/i.test(rightWords[0] ?? '') && /^[a-z]+$/.test(rightWords[1] ?? '') && !NOT_VERB_AFTER_TO.test(rightWords[1] ?? '')) return 'unknown';
  for (let i = 0; i < Math.min(rightWords.length, 10); i++) {
    // on the right only after a pronoun ("on Sunday it is preparing"); after a noun the date may belong to the subject
    if (!nominal && arrangement(rightWords, i) && afterPronoun(rightWords, i)) return 'future';
    if (!nominal && i < 5 && refusal(rightWords, i)) return 'past';
    if (!nominal && modalVerb(rightWords, i)) return 'future';
    // "On Friday, the government agreed to send troops": the date is when it agreed, so the plan verb is past here
    // (not the passive "is expected to")
    if (PLAN_PAST.test(rightWords[i] ?? '') && rightWords[i + 1] === 'to' && !/^(?:is|are|am|be|been|being|was|were)$/i.test(rightWords[i - 1] ?? '')) return 'past';
    // "the ceremony … on his second vacation since the spill began": a later "since" dates its own clause
    if (i > 0 && /^since$/i.test(rightWords[i] ?? '')) break;
    // "has been pencilled in for March, officials said": an attribution does not date a clause in the present
    if (presentSeen && REPORTING.test(rightWords[i] ?? '')) break;
    const t = classify(rightWords[i] ?? '', wordsBefore(rightWords, i), rightWords[i + 1], rightWords[i + 2]);
    // "within 150 days of the April 20 spill, BP will have stopped": a later plan does not move the event a date names
    // after "of/since/after the" ("Saturday's concert will raise" keeps its future)
    if (t !== 'unknown') return t === 'future' && EVENT_AFTER.test(tail) ? 'unknown' : t;
  }
  // "to stretch the Feb. 7 date", "the March 1 deadline": with no verb to tell, a date a plan names lies ahead
  return plan ? 'future' : 'unknown';
}

// a short quoted name ("a \"Clean It Up\" rally") is part of the clause, not the end of a quotation
const SHORT_QUOTE = /(["“]|``)([^"“”.,;!?\n]{1,30}?)(["”]|'')/g;
const QUOTE_CHAR = /["“`]/;
const unquote = (s: string): string => !QUOTE_CHAR.test(s) ? s : s.replace(SHORT_QUOTE, (_m, a: string, b: string, c: string) => b.trim().split(/\s+/).length <= 4 ? `${' '.repeat(a.length)}${b}${' '.repeat(c.length)}` : _m);

function clauseLeft(text: string, start: number): string {
  const from = Math.max(0, start - 160);
  const chunk = unquote(text.slice(from, start));
  let cut = -1;
  BOUNDARY_ALL.lastIndex = 0;
  for (let m = BOUNDARY_ALL.exec(chunk); m; m = BOUNDARY_ALL.exec(chunk)) cut = m.index + m[0].length;
  const tail = Math.max(0, chunk.length - 20);
  const run = CAPTION_RUN_ON.exec(chunk.slice(tail));
  if (run) cut = tail + run.index + run[0].length;
  const left = cut >= 0 ? chunk.slice(cut) : chunk;
  // (a string search, not another alternative in the boundary regex: this runs for every date)
  const k = left.lastIndexOf('though ');
  return k >= 0 && (k === 0 || !/[a-z]/i.test(left[k - 1]!) || left.slice(k - 2, k) === 'al') ? left.slice(k + 7) : left;
}

// looking ahead, ", and" or ", but" opens the next clause: "until the wells reach it in August, and continued to struggle"
const BOUNDARY_RIGHT = new RegExp(String.raw`${BOUNDARY.source}|,\s+(?:and|but)\s`);

function clauseRight(text: string, end: number): string {
  const chunk = unquote(text.slice(end, end + 160));
  const m = BOUNDARY_RIGHT.exec(chunk);
  return m ? chunk.slice(0, m.index) : chunk;
}
