// Temporal tagging and normalisation: finds dated expressions in news text and resolves them to TIMEX3
// values against the article's publication date. Pure: no I/O, no clock.
export type { Timex, TimexType, TimexMod, Lang, TagOptions } from './types.ts';
export { tagDates } from './tagger.ts';
export { calendarSpan, type CalendarSpan } from './span.ts';
