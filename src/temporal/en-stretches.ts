// English rules for stretches of unknown length named by a bare unit: "for years", "within weeks", "the first hours
// of the war", "in the days after the quake".
import { rule, type Rule } from './grammar.ts';
import { NUMBER_WORD, YOUNG } from './lexicon.ts';
import { durationDraft, durationValue } from './en-durations.ts';

// two bare units offered as alternatives: each is a length of its own ("weeks or months" stays one span, as TimeBank
// has it, unless the second is stressed: "or even years")
const BARE_UNITS = '(?:hours|days|weeks|months|years|decades|centuries)';
const BARE_PAIR_BEFORE = new RegExp(`\\b${BARE_UNITS},?\\s+(?:(?:or|and)\\s+)?(?:even|possibly|probably|perhaps|maybe)\\s+$`, 'i');
const BARE_PAIR_AFTER = new RegExp(`^,?\\s+(?:or|if\\s+not)\\s+(?:even\\s+)?${BARE_UNITS}\\b`, 'i');
// a word before "years of" that makes them particular years or a count ("the latter years of", "14 years of age"),
// or other units ("the wee hours of", "terawatt hours of")
const BARE_OF_NOT_AFTER = new RegExp(`(?:\\b(?:the|these|those|this|that|its|their|his|her|our|my|your|latter|early|earlier|later|final|last|first|past|next|few|many|several|some|and|or|wee|man|[a-z]*watt|${NUMBER_WORD})|\\d)\\s+$|-$`, 'i');

// a capitalised unit mid-sentence is part of a title ("Book of Hours", "28 Days Later"); at a sentence's start it is not
const lowerOrFirst = (unit: string, before: string): boolean => /^[a-z]/.test(unit) || /(?:^|[.!?:"”\n])\s*$/.test(before);

// "in the days after the quake", "over the months since", "in the years that followed", "the days and hours leading up
// to the disaster", "in the hours before the explosion": a stretch of unknown length beside an event (not "the weeks
// before", which TimeBank dates; hours before an event are too short to date)
const THE_BEFORE = new RegExp(`(?:\\b(?:in|during|over|throughout|for|of|from)\\s+the|\\bthe\\s+${BARE_UNITS}\\s+and)\\s+$`, 'i');
const BESIDE_EVENT = new RegExp(`^(?:\\s+and\\s+${BARE_UNITS})?\\s+(?:after|since|following|(?:that|which)\\s+followed|leading\\s+up\\s+to|immediately\\s+(?:after|following))\\b`, 'i');
const HOURS_BEFORE_EVENT = /^\s+(?:(?:just|immediately|shortly)\s+)?(?:before|prior\s+to)\b/i;
// "in the coming days and weeks", "over the coming months and years": the second unit is a length ahead of its own
const COMING_PAIR = new RegExp(`\\bcoming\\s+(?:${BARE_UNITS}(?:,\\s+|\\s+(?:and|or)\\s+))+$`, 'i');

export const EN_STRETCH_RULES: Rule[] = [
  // "his final days", "the first hours of the war", "the early years": the first or last stretch of something, of
  // unknown length ("the early hours of Thursday" is a part of the day, left alone)
  rule('edge-units', '(?:the|its|his|her|their)\\s+(?:first|final|last|early|opening|closing|dying)\\s+(?<u>years|months|weeks|days|hours)(?![\\w-])',
    (g) => ({ type: 'DURATION', value: durationValue(null, g.u ?? 'years') }),
    (g, m) => !(/^hours$/i.test(g.u ?? '') && /\bearly\s/i.test(m[0]))),
  // "for years", "within weeks", "for some years", "could take months", "weeks if not months": an unknown count of units;
  // also "after days of alarm", "follows months of investigation": a stretch that came before
  rule('bare-units', '(?:some\\s+|(?<matter>a\\s+matter\\s+of\\s+))?(?<u>years|months|weeks|decades|centuries|millennia|days|hours|minutes|seconds)(?!\\s+off\\b)', (g) => ({ type: 'DURATION', value: durationValue(null, g.u ?? 'years') }),
    (g, m, text) => {
      // "in a matter of weeks": a short stretch of unknown count
      if (g.matter) return true;
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      // "could take months", "may last decades", "has spent years studying", "waited hours", "the worst in decades",
      // "tripled in just days" ("the last years" is no verb)
      const verbBefore = /\b(?:for|within|over\s+the|in\s+the\s+coming|in(?:\s+(?:just|only|mere))?|take[ns]?|took|taking|if\s+not|(?:to|will|would|could|may|might|can|should|must|'ll)\s+last|lasts|lasted|lasting|spen[dt]s?|spending|wait(?:s|ed|ing)?)\s+$/i.test(before);
      // "within minutes of the quake", "within seconds", but not "the minutes of the meeting" or "went back for seconds"
      // (a second helping): minutes and seconds only after such a verb
      // "in some months fully 30% of the news" picks months out; "Weeks Bay" is a name
      if (/^some\s/i.test(m[0]) && /\bin\s+$/i.test(before)) return false;
      if (!lowerOrFirst(g.u ?? '', before)) return false;
      if (/^(?:minutes|seconds)$/i.test(g.u ?? '')) return verbBefore && !/\b(?:back|ask(?:s|ed|ing)?)\s+for\s+$/i.test(before);
      return verbBefore
        || (/\b(?:after|following|follows|followed|amid|ends?|ended|ending)\s+$/i.test(before) && /^\s+of\s/.test(after))
        // "years of research", "Days of mask-wearing": a stretch of unknown count heading a noun phrase (not "the
        // latter years of his life", "six years of age", the title "Book of Hours of King Francois")
        || (/^\s+of\s+(?!age\b)[a-z]/i.test(after) && !BARE_OF_NOT_AFTER.test(before))
        // "a leak weeks before the blast", "Months later": the gap to another event, of unknown length (not "the weeks
        // before", which TimeBank dates, nor the film "28 Days Later")
        || (/^\s+(?:before|after|later|earlier)\b/i.test(after) && !/(?:\b(?:the|these|those|of|its|their|his|her)|\d)\s+$/i.test(before))
        // "in months to come", "for years to come", "weeks away from bankruptcy": a stretch ahead
        || /^\s+(?:to\s+come|away)\b/i.test(after)
        // "restoring the habitats will be years.", "is weeks from completion", "a failure that was years in the making"
        || (/\b(?:be|is|was|are|were)\s+$/i.test(before) && /^(?:\s*[.;!?"”]|\s+(?:from|in\s+the\s+making)\b)/i.test(after))
        // "in days or weeks", "years, possibly decades", "for months and even years": either of two units
        || BARE_PAIR_BEFORE.test(before) || BARE_PAIR_AFTER.test(after) || COMING_PAIR.test(text.slice(Math.max(0, m.index - 40), m.index))
        || (THE_BEFORE.test(before) && (BESIDE_EVENT.test(after) || (/^hours$/i.test(g.u ?? '') && HOURS_BEFORE_EVENT.test(after))));
    }),
  // "the catastrophic month-old spill", "a week-old truce": the age of an event with no count is one unit (not "a
  // month-old baby", an age of a person)
  rule('unit-old', '(?<![\\w-])(?<u>day|week|month)-old(?=\\s+[a-z])', (g) => ({ type: 'DURATION', value: durationValue(1, g.u ?? 'month') }),
    (_g, m, text) => !YOUNG.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))),
  // "all these years", "all those months": a stretch up to the time told, of unknown length
  // "over the last year and a half", "the next month and a half": a length of one unit and a half
  rule('unit-and-half', '(?:the\\s+)?(?<dir>past|last|next|coming|first|previous|following)\\s+(?<u>year|month|week|day|hour|minute)\\s+and\\s+a\\s+half(?![\\w-])',
    (g) => durationDraft('a and a half', g.u ?? 'year', g.dir, undefined)),
  rule('all-these', 'all\\s+(?:these|those)\\s+(?<u>days|weeks|months|years|decades)(?![\\w-]|\\s+ago\\b)', (g) => ({ type: 'DURATION', value: durationValue(null, g.u ?? 'years') })),
];
