// English rules for durations ("two years", "the past three months"), sets ("every week", "daily"),
// references without a calendar anchor ("now", "the past", "the near future") and clock times ("2:30 p.m.").
// "previously" and a bare "recent" are left untagged: TimeBank marks them too unevenly to gain from them.
import { rule, inTitle, isCapitalised, titleCaseBefore, type Ctx, type Groups, type Rule } from './grammar.ts';
import { afterMidnight, anyWeekday, asMany, CONVERTED, COUNT, DAY_NAME, MONTH, liveStamp, NUMBER_WORD, PART_CODE, SEASON, SEASONS, UNIT, WEEKDAY, YOUNG, monthNumber, parseCount, PARTS_PLURAL, unitCode, weekdayNumber } from './lexicon.ts';
import { clockDay } from './anchor.ts';
import { classifyWord } from './verb-cues.ts';
import { anAge } from './ages.ts';
import { addDays } from './calendar.ts';
import type { Draft } from './types.ts';
import { clockDraft, pad } from './value.ts';
import { MOD_WORDS, durationDraft, durationValue, isRate, modBefore } from './en-durations.ts';
import { AT_CLOCK, DAY_TAIL, TIME_DAY, UK_STAMP, ZONE_WORDS, convertedDay, dailyTime, hourNumber, nextClockDay, noonDraft, tailDay } from './en-clock.ts';

// "daily" may name a paper: capitalised before a name ("the Daily Mail"), before "newspaper", or after a kind of
// paper and before its name ("the Communist Party daily Granma", "the business daily Nikkei")
const PAPER_KIND = /\b(?:the|party|business|financial|official|national|state|local|morning|evening|[a-z]+-language)\s+$/i;
function periodical(word: string, before: string, after: string): boolean {
  if (/^\s+(?:newspapers?|papers?|tabloids?|magazines?|broadsheets?)\b/i.test(after)) return true;
  if (inTitle(word, before.length, before + word + after)) return true; // "Woman's Weekly"
  // "editor of a secular Coptic weekly,": the noun
  if (/^\s*[,.;:)]/.test(after) && /\ban?\s+(?:(?:\p{Lu}[\w-]*|secular|independent|influential|popular|leading|local|national|[a-z]+-language)\s+){1,3}$/u.test(before)) return true;

  return /^\s+\p{Lu}/u.test(after) && (isCapitalised(word) || PAPER_KIND.test(before));
}

const SET_ADVERB: Record<string, string> = {
  // "quarterly" and "annually" are left out: in news they mostly qualify reports and dividends, not times
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', 'half-yearly': 'P6M', yearly: 'P1Y', hourly: 'PT1H', nightly: 'XXXX-XX-XXTNI', biweekly: 'P2W',
};

function setDraft(n: string | undefined, what: string): Draft | null {
  const wd = weekdayNumber(what.replace(/s$/i, ''));
  if (wd !== undefined) return { type: 'SET', value: anyWeekday(wd) };
  const mon = monthNumber(what);
  if (mon !== undefined) return { type: 'SET', value: `XXXX-${pad(mon)}` };
  const season = SEASONS[what.toLowerCase()];
  if (season) return { type: 'SET', value: `XXXX-${season}` };
  // "every morning", "every night" and "nightly" are a part of each day (the blind annotators write all seven "every
  // night" and "nightly" of their batches so but one)
  const part = PART_CODE[what.toLowerCase()];
  if (part) return { type: 'SET', value: `XXXX-XX-XXT${part}` };
  const count = n ? (n.toLowerCase() === 'other' ? 2 : parseCount(n)) : 1;
  return { type: 'SET', value: durationValue(count, what) };
}

const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\s*$`, 'i');

// a quarter told as a share: next to another share, a percentage or "to half" (wire text writes "(" as "-LRB-")
const QUARTER_SHARE = /\b(?:an?|one|another)\s+quarter\b[^.;]*\b(?:an?|one|another)\s+quarter\b|\bquarter\s+(?:\(|-LRB-\s)?\s*\d+\s*(?:percent|%)|\bquarter\s+to\s+(?:a\s+)?(?:half|third)\b/i;

// what a run of reporting quarters brings: "quarters of losses", "quarters of falling sales", "quarters of dividends"
const QUARTERS_OF_RESULTS = /^\s+of\s+(?:(?:negative|positive|double-digit|record|rising|falling|declining|slowing|slower|weak|weaker|strong|stronger|flat|lower|higher)\s+[a-z]+|(?:net\s+)?loss(?:es)?|growth|gains|declines|dividends|payouts|contraction|expansion|increases|decreases|deficits|surpluses)\b/i;

// what is counted per hour, minute or second when the rate is a speed or a frequency of the machine, not a time
const SPEED_UNIT = /(?:\b|(?<=\d))(?:miles|mph|kilomet(?:er|re)s|km|metres|meters|feet|knots|words|beats|revolutions|rotations|instructions|frames|cycles|operations|calculations)\s+$/i;
/** Ages ("6-year-old", "52 years old") and fractions ("three-quarters of", "a quarter million") are not times. */
function durationOk(unit: string, m: RegExpExecArray, text: string): boolean {
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 9);
  // "2:12 - 8 hrs ago", "9/11 - 2 hrs ago": the first number ends a clock reading, a decimal or a date, so no range
  // starts there
  if (/(?:\d[:.]|\/)$/.test(text.slice(Math.max(0, m.index - 2), m.index))) return false;
  // "winds of 70km an hour": a speed
  if (/^(?:an?|one)\s+(?:second|minute|hour)$/i.test(m[0]) && SPEED_UNIT.test(text.slice(Math.max(0, m.index - 30), m.index))) return false;
  // "Feb. 7 - 18 hrs ago": nor does one start at the day of a date
  if (/^\d+\s*[-–]/.test(m[0]) && MONTH_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return false;
  if (anAge(m, text)) return false;
  // "before 2001 year", "the 2010 year end": a year's number before a singular "year" names the year
  if (/^(?:1[89]|20)\d\d\s+year$/i.test(m[0])) return false;
  // "sympathy in many quarters", "in some quarters": places, not periods
  if (/^(?:many|some|certain|other|all|most)\s+quarters$/i.test(m[0]) && /\bin\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) return false;
  // "$700-an-hour fees", "a $10-a-day wage": a price per unit, not a range of units
  if (/^[\d.,]+\s*-\s*an?[\s-]/i.test(m[0])) return false;
  // "a once-in-a-century storm" is a rare one, not a length
  if (/\b(?:once|twice)-in-$/i.test(text.slice(Math.max(0, m.index - 9), m.index))) return false;
  // "Wait a minute." and "hang on a second!" stop a thought; they time nothing
  if (/^(?:an?|one)\s+(?:minute|second|moment)$/i.test(m[0]) && /\b(?:wait|hang\s+on|hold\s+on)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))
    && /^\s*(?:[.,!?;:"”'’]|$)/.test(after)) return false;
  // "a day-care centre" is a nursery
  if (/^day$/i.test(unit) && /^-care\b/i.test(after)) return false;
  // "on a day when the market rose": one day among others, not a length
  if (/^an?\s+day$/i.test(m[0]) && /\bon\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) && /^\s+(?:when|that)\b/i.test(after)) return false;
  // "Then one day about four years ago", "One day, he went": a narrative's day, not a length
  if (/^one\s+day$/i.test(m[0]) && /(?:\bthen\s+|^|[.!?]["”’]?\s+)$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) return false;
  // "a night out" is an outing
  if (/^(?:an?|one)\s+night$/i.test(m[0]) && /^\s+out\b/i.test(after)) return false;
  // "zero-hours contracts" name a kind of job
  if (/^(?:zero|0)[\s-]hours?$/i.test(m[0]) && /^\s+contracts?\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return false;
  // "five year seven pupils": a school year, not five years
  if (/^year$/i.test(m[0].split(/\s+/).pop() ?? '') && /^\s+(?:\d|seven|eight|nine|ten|eleven|twelve|thirteen)\b/i.test(after)) return false;
  // but "the six-week-old spill", "an 8-month-old truce" give the age of an event: a duration. Years are ages of people,
  // and so are days, weeks and months before a child or young animal.
  if (/-old$/i.test(m[0])) return /^(?:day|week|month)/i.test(unit) && !YOUNG.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
  // "a quarter million people", "a quarter as many" are fractions too; but "three quarters of dividends", "several
  // quarters of losses" count reporting periods
  if (/^quarter/i.test(unit) && (/-quarters$/i.test(m[0]) || /^(?:\s+(?:of|as|more|less|fewer)\b|-of-|-century|\s+(?:million|billion|trillion)\b)/i.test(after))
    && !(/quarters$/i.test(m[0]) && QUARTERS_OF_RESULTS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)))) return false;
  // "one quarter (25 percent) of the oil", "another quarter evaporated, one quarter ended up dispersed", "a quarter to
  // half of the flow": shares of something, told among other shares
  if (/^quarter$/i.test(unit) && /\b(?:an?|one|another)\s+quarter$/i.test(m[0])
    && QUARTER_SHARE.test(text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60))) return false;
  // "closed a quarter-mile stretch", "wiped about a quarter, or $50 billion, off": one quarter is mostly a share; as a
  // time it comes with a cue ("a quarter earlier", "$1 billion a quarter", "within a quarter")
  if (/^quarter$/i.test(unit) && /^(?:(?:about|almost|nearly|roughly|some|over)\s+)?(?:an?|one)\s+quarter$/i.test(m[0])
    && !/^(?:\s+(?:earlier|later|ago|before|after|from\s+now)\b|['’]s\s)/i.test(after)
    && !/(?:\b(?:in|for|within|during|per|each|every|over|than|to|million|billion)|\d)\s+(?:just\s+)?$/i.test(text.slice(Math.max(0, m.index - 16), m.index))) return false;
  // a capitalised unit inside a sentence is a name: "60 Minutes"; so is one opening a sentence after a count in words
  // ("Twenty Minutes reveals …"), but not after digits, in capitals ("37 Days and counting", "SIX HOURS") or in a
  // headline's title case ("24 Fatal Cases in the Past 24 Hours")
  return !/^\p{Lu}/u.test(unit) || m.index === 0 || /^\P{Ll}+$/u.test(m[0]) || (!m[0].includes('-') && titleCaseBefore(text, m.index)) || /^(?:[Tt]he\s+)?(?:Past|Last|Next|Coming)\s/.test(m[0]) || (/^\d/.test(m[0]) && /(?:^|[.!?\n])\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index)));
}

/**
 * "For the nine months" moves a results report from the quarter to the year so far: a later "a year earlier"
 * then means the year before, not the quarter.
 */
function leaveQuarter(n: string | undefined, unit: string | undefined, c: Ctx): void {
  if (/^months?$/i.test(unit ?? '') && /^(?:six|nine|6|9)$/i.test(n ?? '') && /^the\s/i.test(c.text.slice(c.start, c.end))) c.doc.quarter = undefined;
}

// "weeks ago", "months or years from now": an unspecified count of units before or after publication
const BARE_UNITS = '(?:(?:days|weeks|months|years|decades)\\s+(?:or|to)\\s+)?(?:days|weeks|months|years|decades|centuries)';

const REFS: Array<[string, string, string]> = [
  // "at this time" (not "at this time of year", "at this time last year"), "at this point", "to this day": now; TimeML leaves the
  // preposition out
  ['present', '(?:right\\s+)?now|current(?:ly)?|nowadays|these\\s+days|at\\s+present|the\\s+present(?:\\s+time)?|at\\s+the\\s+moment|(?<=\\bat\\s+)this\\s+time(?!\\s+(?:of|last|next|a\\s+year|tomorrow|yesterday)\\b)|(?<=\\bat\\s+)this\\s+(?:point(?:\\s+in\\s+time)?|moment|juncture)(?![\\w-])|(?<=\\bto\\s+)this\\s+day(?![\\w-])|(?<=\\bfor\\s+)the\\s+moment(?![\\w-])', 'PRESENT_REF'],
  // "the past three summers" counts something else: "past" is an adjective there
  ['past', `then\\s+current|the\\s+past(?!\\s+(?:\\d|two|three|four|five|six|seven|eight|nine|ten|dozen|few|several|couple|many)\\b)|recently|lately|(?:in\\s+)?the\\s+old\\s+days|(?:long|(?:a\\s+)?long\\s+time|some\\s+time|${BARE_UNITS})\\s+ago`, 'PAST_REF'],
  ['past-plural', 'recent\\s+(?:years|times|decades)|past\\s+years', 'PAST_REF'],
  // "the long term health of the companies" is an adjective; British "in future" stands without "the" ("BP in future will
  // be smaller", not "in future quarters"); "faces an uncertain future"; "One of these days you will wake up"
  ['future', `(?<=\\bin\\s+)future(?=\\s*[.,;:!?)]|\\s+(?:[A-Z]|will|would|could|may|might|should|must|can|it|he|she|they|we|you|there|this|that|the|its|their)\\b)|(?<=\\buncertain\\s+)future(?![\\w-])|one\\s+of\\s+these\\s+days|the\\s+(?:near\\s+|foreseeable\\s+|distant\\s+)?future|the\\s+(?:near|short|long|longer|shorter)\\s+term(?!\\s+[a-z]+\\s+of\\b)|a\\s+(?:later|future)\\s+date|${BARE_UNITS}\\s+from\\s+now`, 'FUTURE_REF'],
];

// "as recently as Saturday" points at the date that follows; "the present value" of a sum is money; "a powerful current
// that", "the current could carry the oil", "the prevailing current in the Gulf", "the winds and current" and "an ocean
// current" are water, "current affairs" a kind of news, and a slideshow's "{current} of {total}" a placeholder; "the
// now-sunken rig" is an adjective (blind annotators leave 8 of 12 out)
const REF_NOT_TIME = /^(?:recently\s+as\b|the\s+present\s+(?:value|tense)\b|now\s+and\s+(?:then|again)\b|now-[a-z]|current(?:\s*[.;:}]|\s+(?:-RCB-|--|that|which|of|from|in|and|is|was|could|would|will|may|might|carries|carried|flows|flowed|affairs|account)\b))/i;
// "the Future of Banking Commission", "Driving the Future of Business": a capital F names a body or a title
const NAMED_FUTURE = /^[Tt]he\s+(?:\w+\s+)?Future\b/;
const WATER_BEFORE = /(?:\b(?:ocean|loop|sea|tidal|rip|powerful|strong|prevailing|boundary|electric(?:al)?)\s+|\b(?:winds?|waves|tides?|seas)\s+and\s+(?:the\s+)?|\{\s*|-LCB-\s+)$/i;

// "last" after a modal, "to", a pronoun or an adverb is the verb: "expected to last six weeks", "they generally last a
// few weeks"
const LAST_VERB = /\b(?:to|will|would|could|may|might|should|can|must|'ll|they|which|who|often|\w+ly)\s+$/i;

// a clause with a modal or "going to" and no length verb before a clause-final "one day"
const FUTURE_CLAUSE = /^(?!.*\b(?:takes?|took|taking|lasts?|lasted|needs?|needed|spend|spent|for|in|within|than|only|just)\s*$).*\b(?:will|won't|would|wouldn't|could|might|may|shall|'ll|going\s+to|gonna|bound\s+to|hopes?|hoped|dreams?|dreamed)\b/is;

// "will soon", "any time soon": a time ahead; not "as soon as", "soon after", "too soon" or "how soon" (a link or a
// measure), nor a narrative's "it soon became clear" (blind annotators leave 4 of 6 of those out)
const SOON = "(?<!\\b(?:as|too|how|so|this)\\s+)(?:(?:any\\s*time|very|fairly|pretty|quite)\\s+)?soon(?![\\w-]|\\s+(?:as|after|afterwards?|thereafter|before)\\b)";
const FRONTED = /(?:^|[.!?]['"’”]*\s+|\n\s*)(?:(?:And|But|Then|So)\s+)?$/;
const soonAhead = (text: string, start: number, end: number): boolean => {
  const [next, next2] = text.slice(end, end + 40).trim().split(/[\s,]+/);
  if (next && classifyWord(next, ['soon'], next2) === 'past') return false;
  // "And soon, nearly a mile beneath the surface, oil began spewing": a fronted "soon," whose clause is told in the past
  if (!/^\s?,/.test(text.slice(end, end + 2)) || !FRONTED.test(text.slice(Math.max(0, start - 8), start))) return true;
  const words = (text.slice(end, end + 120).replace(/^\s?,/, '').split(/[.!?;:]\s/)[0] ?? '').trim().split(/[\s,]+/);
  const tense = words.map((w, i) => classifyWord(w, words.slice(0, i), words[i + 1], words[i + 2])).find((t) => t !== 'unknown');
  return tense !== 'past';
};

// "BP, at this point, was up against the clock", "I was unable to function at this point": with "was", "were" or "had"
// in its sentence, the point is the story's, not now
function storyPoint(c: Ctx): boolean {
  if (!/^this\s+(?:point|moment|juncture)/i.test(c.text.slice(c.start, c.end))) return false;
  const left = c.text.slice(Math.max(0, c.start - 60), c.start).split(/[.!?;]\s/).at(-1)!;
  return /\b(?:was|were|had)\b/i.test(left) || /^[^.!?;]{0,50}?\b(?:was|were|had)\b/i.test(c.text.slice(c.end, c.end + 60));
}

export const EN_SPAN_RULES: Rule[] = [
  // "will one day be", "hopes to one day return", "one day or another": some day ahead, not a day's length (before 'duration', which
  // would read "one day" as P1D)
  rule('someday', "some\\s*day(?![\\w-])|(?<=\\b(?:maybe|perhaps)\\s+)one\\s+day(?!\\s+(?:after|before|later|earlier|ago|of)\\b)|(?<=\\b(?:will|would|could|might|may|can|should|must|'ll|to)\\s+)one\\s+day(?!\\s+(?:after|before|later|earlier|ago|of|in|at|on|when|to|or)\\b)|one\\s+day\\s+or\\s+(?:an)?other|(?<end>one\\s+day)(?=\\s*(?:[.,;:!?\"”’)]|$))|(?<=(?:^|[.!?][\"”’]?\\s+))(?<open>One\\s+day)(?=,?\\s+(?:[\\w'’-]+\\s+){1,5}?(?:will|'ll|shall|would|could|might|may)\\s)",
    () => ({ type: 'DATE', value: 'FUTURE_REF' }),
    // "we're going to pay one day." ends a clause that looks ahead; "it took one day." or "then one day," does not;
    // "One day a statue will be erected" opens one
    (g, m, text) => !g.end || FUTURE_CLAUSE.test(text.slice(Math.max(0, m.index - 80), m.index).split(/[.;:!?]/).pop() ?? '')),
  // "five days a week", "24 hours a day", "5 days in a week": how much of each period, a SET over the period
  // (TimeML: P1W, freq 5D); the span takes both halves, so neither stands alone as a length
  rule('set-rate', `(?<n>${COUNT})[\\s-]+(?<u>day|hour|night|week|month|minute)s?\\s+(?:a|an|per|each|in\\s+a)\\s+(?<per>day|night|week|month|year)(?![\\w-]|\\s+(?:of|earlier|later|ago|before|after)\\b)`,
    (g) => setDraft(undefined, g.per ?? 'week'),
    (g) => (unitCode(g.u ?? '') ?? '') !== (unitCode(g.per ?? '') ?? '')),
  // "doubled in the last day", "the past hour", "in the month since the blast": the stretch up to now ("the last day
  // of the trip" is a date)
  rule('past-unit', '(?:(?<=\\b(?:in|over|within|during|for)\\s+)the\\s+last|the\\s+past)\\s+(?<u>day|hour|minute)(?![\\w-]|\\s+(?:of|before|after|when|that)\\b)|(?<=\\b(?:in|over|during)\\s+)the\\s+(?<since>week|month|year)(?=\\s+since\\b)',
    (g) => ({ type: 'DURATION', value: durationValue(1, g.u ?? g.since ?? 'day'), direction: 'past' })),
  rule(
    'duration',
    `(?:(?<mod>${MOD_WORDS})\\s+)?(?:(?:the|each\\s+of\\s+the)\\s+(?![\\w.]+-${UNIT}))?(?:(?<dir>past|last|next|first|coming|previous|following|latest|final|remaining|initial|same|nearly|almost)\\s+)?(?:(?<lo>\\d+|${NUMBER_WORD})\\s*(?:to|or|-)\\s*(?<!(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-))?(?<n>${COUNT}|another(?=\\s+(?:hour|day|night|week|month|year)s?\\b(?!\\s+of\\b)))(?:(?<odd>-odd|\\s+odd)|(?<plus>[\\s-]plus))?[\\s-]+(?:(?:more|additional|straight|consecutive|full|whole|single|long|short|trading|business|working|calendar|school|typical|average|normal)\\s+|(?<!\\b(?:a|an|one)\\s+)(?:agonizing|agonising|anxious|tense|grueling|gruelling|difficult|painful|tough|hard|busy|frantic|turbulent|crucial|critical|contentious|stressful|harrowing|sleepless|hectic|tumultuous|chaotic|[a-z]+-free)\\s+)?(?<u>${UNIT})s?(?<half>\\s+and\\s+a\\s+half)?(?:-long|-old(?=\\s+[a-z]))?`,
    (g, c) => (leaveQuarter(g.n, g.u, c), !g.mod && !g.dir && !g.half && isRate(g.n ?? '', g.u ?? '', { index: c.start } as RegExpExecArray, c.text, c.end)
      ? { type: 'SET', value: durationValue(1, g.u ?? 'year') }
      // a range ("two to three weeks", "four or five years") is read at its lower bound, as TimeML annotates it; "50-plus
      // days" is more than 50
      : durationDraft(g.half ? `${g.n ?? ''} and a half` : g.lo ?? asMany(g.n, c.text, c.start) ?? '', g.u ?? '', g.dir, g.mod ?? (g.odd ? 'about' : g.plus ? 'more than' : modBefore(c)))),
    // TimeML leaves "the" out of an adjective of length ("the 14-day limit"); "a decades-long battle" is no count
    // "expected to last six weeks": "last" is the verb there, not part of the span
    (g, m, text) => durationOk(g.u ?? '', m, text) && !(/^(?:an?|one)$/i.test(g.n ?? '') && /^\S+s(?:-long)?$/i.test(m[0].split(/\s+/).pop() ?? ''))
      && !(/^last$/i.test(g.dir ?? '') && LAST_VERB.test(text.slice(Math.max(0, m.index - 16), m.index))),
  ),
  // "a decades-long battle", "a day-long meeting", "a weeklong break", "the minute-long quake": adjectives of length
  // without a count
  rule('unit-long', '(?:(?<us>minutes|hours|days|weeks|months|years|decades|centuries)-(?:long|old)|(?<u>minute(?=-)|hour|day|week|month|year|decade|century)-?long)', (g) =>
    ({ type: 'DURATION', value: g.us ? durationValue(null, g.us) : durationValue(1, g.u ?? 'day') })),
  // ISO 8601 durations written as such: "P2Y", "PT3H", "P1Y6M"
  rule('iso-duration', 'P(?:\\d+[YMWD])+(?:T(?:\\d+[HMS])+)?|PT(?:\\d+[HMS])+', (g, c) => ({ type: 'DURATION', value: c.text.slice(c.start, c.end) }), undefined, 'g'),
  // "in recent weeks", "over the past weeks", "the coming months", "the weeks ahead": a stretch of unknown length next to
  // now; "the months and years ahead" is one stretch, as long as its longer unit
  rule(
    'vague-units',
    '(?:(?<recent>recent|the\\s+past)|(?:the\\s+)?(?<coming>coming))\\s+(?<u>days|weeks|months|quarters)|the\\s+(?:(?:hours|days|weeks|months)\\s+and\\s+)?(?<u2>days|weeks|months|years)\\s+ahead|(?:the\\s+)?(?:coming|next)\\s+(?<u3>years|decades)|the\\s+next\\s+(?<u5>days|weeks|months)(?![\\w-]|\\s+(?:of|after|before)\\b)'
      // "for millions of years", "Thousands of hours are dedicated"; "Millions of years ago" is the past
      + '|(?:hundreds|thousands|millions|billions|dozens|tens)\\s+of\\s+(?<u4>seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?<ago>\\s+ago)?',
    (g) => (g.ago ? { type: 'DATE', value: 'PAST_REF' } : { type: 'DURATION', value: durationValue(null, g.u ?? g.u2 ?? g.u3 ?? g.u4 ?? g.u5 ?? 'weeks'), direction: g.recent ? 'past' : g.u4 ? 'unknown' : 'future' }),
    (g, m, text) => !g.u4 || !/^[\s-]+old\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6)), // "thousands of years old": an age
  ),
  rule(
    'few-units',
    `(?:the\\s+)?(?<dir>past|last|next|coming|previous|following|first|initial|final)\\s+(?<n>few|several|couple(?:\\s+of)?|many)\\s+(?<u>${UNIT})s`,
    (g) => durationDraft(/^couple/i.test(g.n ?? '') ? 'a couple of' : 'several', g.u ?? '', g.dir, undefined),
    // as above, "expected to last several hours": the verb "last" is no part of the span
    (g, m, text) => !(/^last$/i.test(g.dir ?? '') && LAST_VERB.test(text.slice(Math.max(0, m.index - 16), m.index))),
  ),
  // a capitalised one before another capitalised word is a title: "the Daily Mail", "the Weekly Standard"; a lower-case
  // one before a name or "newspaper" is the noun, a paper: "the Communist Party daily Granma", "the weekly Der Spiegel"
  rule('set-adverb', `(?<w>${Object.keys(SET_ADVERB).join('|')})`, (g) => ({ type: 'SET', value: SET_ADVERB[(g.w ?? '').toLowerCase()] ?? 'P1D' }),
    (g, m, text) => !periodical(g.w ?? '', text.slice(Math.max(0, m.index - 24), m.index), text.slice(m.index + m[0].length, m.index + m[0].length + 12))),
  // "more die everyday from regular flu", "in and out of our harbors everyday": the adverb written as one word (not the
  // adjective of "everyday lives")
  rule('set-everyday', '(?<!\\b(?:such|the|an?|our|their|his|her|its|my|your|these|those)\\s+)everyday(?=\\s*(?:[.,;:!?)"”]|$)|\\s+(?:and|or|but|from|for|in|at|to|with|by|on|since|until|because|when|so|as)\\b)', () => ({ type: 'SET', value: 'P1D' })),
  rule(
    'set-every',
    `(?:every|each)\\s+(?:passing\\s+|single\\s+(?=(?:day|night|week|month|year)\\b)|(?:business|working|trading|school)\\s+(?=day\\b))?(?:(?<n>other|${COUNT})\\s+)?(?<u>${UNIT}|${WEEKDAY}|${MONTH}|${SEASON}|morning|afternoon|evening)s?(?:(?<=${WEEKDAY})\\s+(?<part>morning|afternoon|evening|night)s?)?(?:(?<=${MONTH})\\s+(?<md>[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?![\\d,.]\\d|\\s*(?:percent|%)))?`,
    // "every July 4": that day each year
    // "every Monday morning": that part of each such day
    (g) => (g.md ? { type: 'SET', value: `XXXX-${pad(monthNumber(g.u ?? '') ?? 1)}-${pad(Number(g.md))}` }
      : g.part ? { type: 'SET', value: anyWeekday(weekdayNumber(g.u ?? '') ?? 1, g.part) } : setDraft(g.n, g.u ?? '')),
  ),
  // "most days", "on most mornings": nearly every such day ("the most days without rain" is a count)
  // "kills 250,000 people year after year", "appeared day after day on TV" (not "week after week of cancellations")
  rule('set-repeat', '(?<u>day|night|week|month|year)\\s+after\\s+\\k<u>(?!\\s+of\\b)', (g) => setDraft(undefined, g.u ?? '')),
  rule('set-most', '(?<!\\bthe\\s+)most\\s+(?<u>day|night|morning|afternoon|evening)s(?![\\w-])', (g) => setDraft(undefined, g.u ?? '')),
  // "(in) March of every year": that month each year
  rule('set-month-every', `(?<u>${MONTH})\\s+(?:of\\s+)?(?:every|each)\\s+year`, (g) => setDraft(undefined, g.u ?? '')),
  rule('set-times', `(?:once|twice|three\\s+times|\\d+\\s+times)\\s+(?:a|an|per|each)\\s+(?<u>${UNIT})`, (g) => setDraft(undefined, g.u ?? '')),
  // "60,000 barrels per day", "200 gallons per minute": a rate like "a day" ("per annum" is a year); "miles per hour"
  // and "instructions per second" are units of speed
  rule('set-per', 'per\\s+(?<u>second|minute|hour|day|night|week|month|quarter|year|decade|century|annum)(?![\\w-])',
    (g) => setDraft(undefined, /annum/i.test(g.u ?? '') ? 'year' : g.u ?? ''),
    (g, m, text) => !/^(?:second|minute|hour)$/i.test(g.u ?? '') || !SPEED_UNIT.test(text.slice(Math.max(0, m.index - 30), m.index))),
  // "every weekend", "on weekends", "on the weekends": every weekend
  rule('set-weekends', '(?:every|each)\\s+weekend|(?<=\\b(?:on|at|over|during)\\s+(?:the\\s+)?)weekends', () => ({ type: 'SET', value: 'XXXX-WXX-WE' })),
  // "on Tuesdays", "Tuesday nights": every such weekday; "Monday and Tuesday nights" makes the first one plural too
  rule(
    'set-weekdays',
    `(?<u>${DAY_NAME})(?:s(?:\\s+(?<p1>${PARTS_PLURAL}))?|\\s+(?<p2>${PARTS_PLURAL})|(?=\\s+(?:and|or)\\s+${DAY_NAME}(?:s(?:\\s+(?<p3>${PARTS_PLURAL}))?|\\s+(?<p4>${PARTS_PLURAL}))))`,
    (g) => {
      const wd = weekdayNumber(g.u ?? '');
      return wd === undefined ? null : { type: 'SET', value: anyWeekday(wd, g.p1 ?? g.p2 ?? g.p3 ?? g.p4) };
    },
  ),
  rule(
    'clock',
    `(?:(?:around|approximately)\\s+)?(?<h>[01]?\\d|2[0-4])(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?|am|pm)(?:\\s+(?<tz>${ZONE_WORDS}|[ECMP]T\\b))?${DAY_TAIL}`,
    // "10:35 a.m. (0735 GMT) Friday": the day after a parenthesis still belongs to the time; after a clock "ET" is the
    // US Eastern zone
    (g, c) => clockDraft(Number(g.h), Number(g.mi ?? 0), g.ap, dailyTime(g, c) ? null : tailDay(nextClockDay(g, c), c)),
  ),
  // a schedule's "4.00-5.00 pm", "10-11.30 am": the first time shares the second's half of the day, unless it runs past
  // noon ("11.00-1.00 pm" starts in the morning); TimeML tags the two times apart
  rule('clock-range', String.raw`(?<h>[01]?\d)(?:[:.](?<mi>[0-5]\d))?(?=\s*(?:-|–|to)\s*(?<h2>[01]?\d)(?:[:.][0-5]\d)?\s*(?<ap>[ap]\.?m\b))`, (g, c) => {
    const h = Number(g.h), h2 = Number(g.h2) % 12;
    const ap = /^p/i.test(g.ap ?? '') && h % 12 > h2 ? 'am' : g.ap;
    return clockDraft(h, Number(g.mi ?? 0), ap, dailyTime(g, c) ? null : clockDay(c, undefined));
  }),
  // "4 in the morning", "9 o'clock at night", "at 6.30 tonight" (not "Game 2 tonight": a bare hour needs "at" or the like)
  rule(
    'clock-part',
    `(?<h>[01]?\\d|${NUMBER_WORD})(?:[:.](?<mi>[0-5]\\d))?(?:\\s+o['’]clock)?\\s+(?:(?:in\\s+the|at|(?<last>last)|this)\\s+(?<p>morning|afternoon|evening|night)|(?<p2>tonight))`,
    (g, c) => clockDraft(hourNumber(g.h ?? ''), Number(g.mi ?? 0), /morning/i.test(g.p ?? '') || (/night/i.test(g.p ?? '') && hourNumber(g.h ?? '') < 5) ? 'am' : 'pm', g.last ? addDays(c.ref, -1) : clockDay(c, undefined)),
    (g, m, text) => !g.p2 || /\b(?:at|by|from|until|till|around|about|before|after)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)),
  ),
  // "four o'clock", "10 o'clock Friday": the hour as written, since the text gives no half of the day
  rule(
    'oclock',
    `(?<h>[01]?\\d|2[0-4]|${NUMBER_WORD})\\s+o['’]clock${DAY_TAIL}`,
    // "nine o'clock tonight" is in the evening
    (g, c) => clockDraft(hourNumber(g.h ?? ''), 0, eveningHour(g, c) ? 'pm' : undefined, tailDay(g, c)),
    // "the Ten o'clock news" is a programme
    (_g, m, text) => !/^\s+(?:news|bulletins?|shows?|programmes?|programs?)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)),
  ),
  // "14:30 GMT"; "1653 local time" written without a colon needs the zone, or the conversion in brackets after it
  // (BBC style: "struck at 1653 (2153 GMT) on Tuesday"), or to head a live page's entry ("0946: …"), to tell it from a
  // year; the conversion is a time of its own
  rule(
    'clock-24',
    `(?:(?:around|approximately)\\s+)?(?:(?<h>[01]?\\d|2[0-3])[:.](?<mi>[0-5]\\d)|(?<hh>[01]\\d|2[0-3])(?<mm>[0-5]\\d))(?:\\s*(?<tz>${ZONE_WORDS}|hours\\b|hrs\\b)|${CONVERTED}|${AT_CLOCK}|${UK_STAMP}|(?<live>(?=:\\s+[A-Z])|(?<=\\d{4})(?=[ \\t]+["“]?[A-Z])))${DAY_TAIL}`,
    // a live page's entries are of the day it is published, whatever day an entry talks about
    (g, c) => {
      const h = Number(g.h ?? g.hh);
      if (g.live === undefined && dailyTime(g, c)) return clockDraft(h, Number(g.mi ?? g.mm), undefined, null);
      const live = g.hh !== undefined && afterMidnight(c.text, c.start) ? addDays(c.ref, 1) : c.ref;
      return clockDraft(h, Number(g.mi ?? g.mm), undefined, g.live === undefined ? convertedDay(c, h, g) : live);
    },
    (g, m, text) => (g.live === undefined || liveStamp(text, m.index, m.index + m[0].length))
      && (g.uk === undefined || !/^\s+[a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))),
  ),
  // a comment's stamp "8th November 2011 - 17:42": a clock right after a dated year is a time on that day
  rule('stamp-clock', '(?<=\\b(?:19|20)\\d\\d(?:,|\\s[–—-])\\s*)(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)(?!\\s*[ap]\\.?m\\b|:\\d)',
    (g, c) => c.doc.last?.d ? clockDraft(Number(g.h), Number(g.mi), undefined, { y: c.doc.last.y, m: c.doc.last.m ?? 1, d: c.doc.last.d }) : null),
  rule(
    'noon',
    `(?:(?<pre>${TIME_DAY})\\s+)?(?<w>noon|midnight|midday)(?:\\s+${ZONE_WORDS})?${DAY_TAIL}`,
    noonDraft,
    (_g, m, text) => !/\bhigh\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index)) && !inTitle(m[0], m.index, text), // "After Midnight" show
  ),
  // "the journal Current Biology" and "the Hope for Haiti Now telethon" are names
  rule('soon', SOON, () => ({ type: 'DATE', value: 'FUTURE_REF' }), (_g, m, text) => soonAhead(text, m.index, m.index + m[0].length)),
  ...REFS.map(([name, pattern, value]) => rule(`ref-${name}`, pattern, (_g, c) => (storyPoint(c) ? null : { type: 'DATE', value }), (_g, m, text) =>
    (!/^(?:Current|Now)\b/.test(m[0]) || !inTitle(m[0], m.index, text)) && !NAMED_FUTURE.test(m[0]) && !REF_NOT_TIME.test(`${m[0]}${text.slice(m.index + m[0].length, m.index + m[0].length + 10)}`)
    && !(/^current$/i.test(m[0]) && WATER_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))))),
];

/** "10 o'clock tonight", or "10 o'clock" just after "Friday night" was named: an hour of the evening. */
function eveningHour(g: Groups, c: Ctx): boolean {
  const h = hourNumber(g.h ?? '');
  if (/^tonight$/i.test(g.day ?? '')) return h >= 5;
  const last = c.doc.last;
  return !g.day && !!last?.night && c.start - last.end < 200 && h >= 6 && h <= 11;
}
