// The shape of a rule: one compiled regex plus a function from its match to a TIMEX3 draft.
import type { Draft, Tense, Ymd } from './types.ts';

/** What a rule sees besides its match: the reference day, the clause tense and the document's memory. */
export interface Ctx {
  ref: Ymd;
  text: string;
  /** Offsets of the match in `text`. */
  start: number;
  end: number;
  /** Offsets of a named group (rules compiled with the 'd' flag). */
  groupSpan: (name: string) => [number, number] | undefined;
  tense: () => Tense;
  doc: DocMemory;
}

/**
 * Discourse memory across one document: the last completed quarter talked about anchors "a year ago"; the last
 * calendar date anchors "the following year", "that month" and a clock time given without a day.
 */
export interface DocMemory {
  quarter?: { y: number; q: number };
  /** The quarter last named, whichever: "that quarter" points back to it. */
  namedQuarter?: string;
  /** The date last named, and whether as a night ("late Tuesday", "Sunday night"). */
  last?: { y: number; m?: number; d?: number; end: number; night?: boolean };
  /** The day the story gave each kind of event ("died on 25 June 2009"): "the day of his death" is read against it. */
  events?: Record<string, Ymd>;
  /** The last day named that lies in the week up to publication: the day the news is about. */
  newsDay?: Ymd;
  /** The last day named by a date rather than by "today" or "tonight": "that night" after "today" means it. */
  toldDay?: Ymd;
  /** The first day the story's opening names, and whether as a night ("late Tuesday", "Sunday night"). */
  lead?: { day: Ymd; night: boolean };
  /** Whether the opening carries a dateline's or page stamp's day: a wire dated so gathers its quotes that day. */
  stamped?: boolean;
}

export type Groups = Record<string, string | undefined>;

export interface Rule {
  name: string;
  re: RegExp;
  /** Sticky copy of `re`, tried only at word starts shortly before a gate hit. */
  sticky: RegExp;
  /**
   * Lower-case words (or the classes '#d': a token starting with a digit, '#d4': four digits, '#p': an ISO
   * duration such as "p2y") of which every match contains one; the rule is then tried only at word starts shortly before them.
   */
  triggers?: string[];
  /** How far before a trigger word a match may start. */
  back: number;
  /** Sticky check at a trigger token: the rule is tried only where the token stands as a match needs it. */
  gate?: RegExp;
  /** Cheap check at match time (e.g. capitalisation); a refused match lets shorter rules win. */
  accept?: (g: Groups, m: RegExpExecArray, text: string) => boolean;
  make: (g: Groups, ctx: Ctx) => Draft | null;
}

/** Compiles a rule: case-insensitive, global, and never starting or ending inside a word. */
export function rule(
  name: string,
  pattern: string,
  make: Rule['make'],
  accept?: Rule['accept'],
  flags = 'gi',
): Rule {
  const source = `(?<![\\p{L}\\p{N}_])(?:${pattern})(?![\\p{L}\\p{N}_])`;
  const re = new RegExp(source, `${flags}u`);
  const sticky = new RegExp(source, `${flags.replace('g', '')}yu`);
  return { name, re, sticky, make, accept, back: 0 };
}

/** Restricts a rule to the neighbourhood of its trigger words: one tokenising pass instead of a scan per rule. */
export function triggered(r: Rule, triggers: string[], back: number, gate?: RegExp): Rule {
  return { ...r, triggers, back, gate };
}

// the small words a headline in title case leaves in lower case
const TITLE_SMALL = /^(?:a|an|the|and|or|but|nor|for|of|to|in|on|at|by|with|from|as|vs|via|into|over|after|before)$/;

/**
 * Whether the words before `index` on its line are a headline in title case: "President Acts To Halt Port Lockout for
 * 80 Days" (three or more words, every one but the small ones capitalised).
 */
export function titleCaseBefore(text: string, index: number): boolean {
  const line = text.slice(Math.max(0, index - 80), index).split(/\n|[.!?:]\s/).pop() ?? '';
  const ws = (line.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).filter((w) => !TITLE_SMALL.test(w));
  return ws.length >= 3 && ws.every((w) => /^\p{Lu}/u.test(w));
}

/** Groups of a match with undefined for missing ones. */
export function groupsOf(m: RegExpExecArray): Groups {
  return (m.groups ?? {}) as Groups;
}

export function isCapitalised(word: string | undefined): boolean {
  return word !== undefined && /^\p{Lu}/u.test(word);
}

/**
 * A word normally written in lower case, capitalised inside a sentence next to another capitalised word, belongs to a
 * name or title: "Miami Today", "Woman's Weekly", "the journal Current Biology". Next to lower-case words it more
 * likely opens a sentence whose full stop is missing ("... as possible Right now the situation ...").
 */
export function inTitle(word: string, index: number, text: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  const before = /(\S+)[ \t]+$/u.exec(text.slice(Math.max(0, index - 30), index))?.[1] ?? '';
  if (!/[\p{L}\p{N}'’]$/u.test(before)) return false;
  const after = /^[ \t]+(\S+)/u.exec(text.slice(index + word.length, index + word.length + 30))?.[1] ?? '';
  // (a quote or bracket may open the name: the "Drill Now" crowd; but "What Now?" asks)
  if (/^["“‘'(]*(?:What|Why|How|Where|When|Who)$/.test(before)) return false;
  return /^["“‘'(]*\p{Lu}/u.test(before) || /^\p{Lu}/u.test(after);
}
