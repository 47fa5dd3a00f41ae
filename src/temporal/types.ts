// Public shapes of the temporal tagger. Values follow TIMEX3 (TimeML) conventions.
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type Lang = 'en' | 'ko' | 'ja';
// points in time take BEFORE … END; lengths take LESS_THAN … EQUAL_OR_MORE (TIMEX3)
export type TimexMod =
  | 'BEFORE' | 'AFTER' | 'ON_OR_BEFORE' | 'ON_OR_AFTER' | 'START' | 'MID' | 'END' | 'APPROX'
  | 'LESS_THAN' | 'MORE_THAN' | 'EQUAL_OR_LESS' | 'EQUAL_OR_MORE';
export type Precision =
  | 'day' | 'week' | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'decade' | 'century'
  | 'time' | 'duration' | 'ref' | 'unknown';
export type Direction = 'past' | 'present' | 'future' | 'unknown';

export interface Timex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
  mod?: TimexMod;
  precision: Precision;
  direction: Direction;
  deadline?: boolean;
  range?: { start: string; end: string };
}

export interface TagOptions {
  published: Date | string;
  lang?: Lang;
}

/** What a rule knows about a match before offsets and direction are attached. */
export interface Draft {
  type: TimexType;
  value: string;
  mod?: TimexMod;
  deadline?: boolean;
  range?: { start: string; end: string };
  direction?: Direction;
  /** A range written as two dates ("between 1985 and 1987") is returned as two timexes, as TimeML marks them. */
  split?: { first: [number, number]; second: [number, number]; secondValue: string };
  /** A day said in passing ("overnight"), not the one the story goes on to talk about: later clock times ignore it. */
  aside?: boolean;
}

/**
 * 'near': the clause leaves the direction open both ways ("was expected to arrive Sunday"), so the nearer one.
 * 'reported': the future told in a report of a day or so ago ("said the ferry would resume on Thursday"): a weekday is
 * yesterday's, else the next one.
 */
export type Tense = 'past' | 'future' | 'near' | 'reported' | 'unknown';

/** A calendar day; month 1-12. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}
