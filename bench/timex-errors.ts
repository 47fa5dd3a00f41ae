// Sorts the tagger's wrong values into kinds, so the benchmark report says where the remaining misses lie instead
// of a hand count. The kinds are tested in order; each wrong value lands in the first that fits.
const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const PART_OF_DAY = /T(?:MO|AF|EV|NI|DT)$/;

export interface ValuePair {
  goldText: string;
  gold: string;
  sysText: string;
  sys: string;
  dct: string;
}

const KINDS: Array<[string, (p: ValuePair) => boolean]> = [
  // gold leaves part of a date unknown ("1989-WXX", "1949-XX", "1988-QX", "199X") where the text gives it
  ['gold underspecified (X in a dated value)', (p) => /^\d{2,4}.*X/.test(p.gold) && !/X/.test(p.sys)],
  // "Friday night": same day, the annotators vary between TNI, TEV and no suffix
  ['part-of-day suffix only', (p) => p.gold.replace(PART_OF_DAY, '') === p.sys.replace(PART_OF_DAY, '')],
  ['week expressions', (p) => /\bweek/i.test(p.goldText) || /-W\d/.test(p.gold)],
  ['weekday resolved to another week', (p) => WEEKDAY.test(p.goldText) && /^\d{4}-\d\d-\d\d/.test(p.gold) && /^\d{4}-\d\d-\d\d/.test(p.sys)],
  ['quarters and fiscal periods', (p) => /Q/.test(p.gold) || /Q/.test(p.sys)],
  ['"a year ago/earlier", "last year" granularity', (p) => /\byear\b/i.test(p.goldText) && /^\d{4}/.test(p.gold) && /^\d{4}/.test(p.sys)],
  ['vague amount or reference (PX…, *_REF)', (p) => /^P.*X|_REF$/.test(p.gold) || /^P.*X|_REF$/.test(p.sys)],
  ['duration vs date', (p) => p.gold.startsWith('P') !== p.sys.startsWith('P')],
  ['other', () => true],
];

/** Counts of wrong values per kind, in the order of KINDS. */
export function breakdown(pairs: ValuePair[]): Array<[string, number]> {
  const counts = new Map<string, number>(KINDS.map(([k]) => [k, 0]));
  for (const p of pairs) {
    const kind = KINDS.find(([, fits]) => fits(p))![0];
    counts.set(kind, counts.get(kind)! + 1);
  }
  return [...counts];
}
