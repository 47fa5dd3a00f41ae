// Words just before a date that narrow or bound it: "early next year" (START), "mid-1996" (MID),
// "the end of 2023" (END), "by the end of the month" / "within this year" (a deadline).
import { PART_CODE } from './lexicon.ts';
import type { Timex, TimexMod } from './types.ts';

interface Prefix {
  re: RegExp;
  mod: TimexMod;
  deadline?: boolean;
  /** "earlier Friday", "later today" narrow a day to part of it: TimeML leaves the word out of the span. */
  notDay?: boolean;
}

// Each pattern is anchored at the end of the text before the date; group 1 is what joins the span.
const PREFIXES: Prefix[] = [
  { re: /\b(?:by|before|until|till|no later than)\s+((?:the\s+)?(?:very\s+)?(?:end|close)\s+of\s+(?:the\s+)?)$/i, mod: 'END', deadline: true },
  { re: /\b((?:the\s+)?(?:very\s+)?(?:end|close|turn)\s+of\s+(?:the\s+)?)$/i, mod: 'END' },
  { re: /\b((?:the\s+)?(?:beginning|start|outset)\s+of\s+(?:the\s+)?)$/i, mod: 'START' },
  { re: /\b((?:the\s+)?middle\s+of\s+(?:the\s+)?)$/i, mod: 'MID' },
  { re: /\b((?:the\s+)?(?:early|earlier(?:\s+in)?)[\s-]+)$/i, mod: 'START', notDay: true },
  { re: /\b((?:the\s+)?(?:late|later(?:\s+in)?)[\s-]+)$/i, mod: 'END', notDay: true },
  { re: /\b((?:the\s+)?mid[\s-]*)$/i, mod: 'MID' },
  // market-report shorthand: "at end-June", "since start-2020"
  { re: /\b(end-)$/i, mod: 'END' },
  { re: /\b(start-)$/i, mod: 'START' },
  { re: /\b(within\s+)$/i, mod: 'END', deadline: true },
  { re: /\b((?:post|after)-)$/i, mod: 'AFTER' },
  { re: /\b((?:pre)-)$/i, mod: 'BEFORE' },
];

// "on the morning of 25 June 2009": TimeML takes the part of the day into the span and the value ("the night of" is
// left out: the development set tags only the date after it)
const PART_OF = /\b(the\s+(morning|afternoon|evening)\s+of\s+)$/i;

const DEADLINE_BEFORE = /\b(?:by|before|until|till|no\s+later\s+than)\s+$/i;
const CALENDAR = /^(?:\d{2,4}|XXXX)(?:-|$)/;

/** Extends DATE timexes over their modifiers and sets mod/deadline. `floor` keeps spans from overlapping. */
export function applyModifiers(text: string, tx: Timex, floor: number): Timex {
  if (tx.type !== 'DATE' || !CALENDAR.test(tx.value)) return tx;
  let out = tx;
  const part = /^\d{4}-\d\d-\d\d$/.test(tx.value) ? PART_OF.exec(text.slice(Math.max(floor, tx.start - 30), tx.start)) : null;
  if (part) {
    const start = tx.start - part[1]!.length;
    return { ...tx, start, text: text.slice(start, tx.end), type: 'TIME', value: `${tx.value}T${PART_CODE[part[2]!.toLowerCase()]}`, precision: 'time' };
  }
  if (!tx.mod) {
    const before = text.slice(Math.max(floor, tx.start - 40), tx.start);
    for (const p of PREFIXES) {
      const m = p.re.exec(before);
      if (!m || !m[1] || (p.notDay && /^\d{4}-\d\d-\d\d/.test(tx.value))) continue;
      if (p.mod === 'MID' && /^the\s+mid\s+$/i.test(m[1])) continue;
      const start = tx.start - m[1].length;
      out = { ...tx, start, text: text.slice(start, tx.end), mod: p.mod, ...(p.deadline ? { deadline: true } : {}) };
      break;
    }
  }
  const head = text.slice(Math.max(floor, out.start - 20), out.start);
  if (DEADLINE_BEFORE.test(head) && out.direction !== 'past') out = { ...out, deadline: true };
  return out;
}

/** "1994 or later", "1990 and beyond", "the next year or so". */
export function applySuffix(text: string, tx: Timex, ceiling: number): Timex {
  const after = text.slice(tx.end, Math.min(ceiling, tx.end + 20));
  const approx = /^\s+or\s+so\b/i.exec(after);
  if (approx) return { ...tx, end: tx.end + approx[0].length, text: text.slice(tx.start, tx.end + approx[0].length), mod: 'APPROX' };
  if (tx.type !== 'DATE' || !CALENDAR.test(tx.value)) return tx;
  const m = /^\s+(?:or\s+(?:later|after)|and\s+(?:beyond|later|after)|onwards?)/i.exec(after);
  if (m) return { ...tx, end: tx.end + m[0].length, text: text.slice(tx.start, tx.end + m[0].length), mod: 'ON_OR_AFTER' };
  const b = /^\s+or\s+(?:earlier|before)/i.exec(after);
  if (b) return { ...tx, end: tx.end + b[0].length, text: text.slice(tx.start, tx.end + b[0].length), mod: 'ON_OR_BEFORE' };
  return tx;
}
