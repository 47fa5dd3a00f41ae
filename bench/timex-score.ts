// TempEval-3 Task A scoring over character spans: one-to-one matching (exact spans first, then overlaps),
// strict/relaxed span P/R/F1, type and value accuracy over relaxed matches, and their F1 (accuracy × relaxed F1).

export interface Span {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface Counts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  type: number;
  value: number;
}

export const emptyCounts = (): Counts => ({ gold: 0, system: 0, strict: 0, relaxed: 0, type: 0, value: 0 });

/** Pairs of [gold index, system index] matched one to one. */
export function matchSpans(gold: Span[], sys: Span[]): Array<[number, number]> {
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const take = (ok: (g: Span, s: Span) => boolean): void => {
    gold.forEach((g, gi) => {
      if (usedG.has(gi)) return;
      const si = sys.findIndex((s, k) => !usedS.has(k) && ok(g, s));
      if (si < 0) return;
      usedG.add(gi);
      usedS.add(si);
      pairs.push([gi, si]);
    });
  };
  take((g, s) => g.start === s.start && g.end === s.end);
  take((g, s) => g.start < s.end && s.start < g.end);
  return pairs;
}

export function scoreDoc(gold: Span[], sys: Span[], acc: Counts): Array<[number, number]> {
  const pairs = matchSpans(gold, sys);
  acc.gold += gold.length;
  acc.system += sys.length;
  for (const [gi, si] of pairs) {
    const g = gold[gi]!;
    const s = sys[si]!;
    acc.relaxed++;
    if (g.start === s.start && g.end === s.end) acc.strict++;
    if (g.type === s.type) acc.type++;
    if (g.value === s.value) acc.value++;
  }
  return pairs;
}

export interface Scores {
  strictP: number; strictR: number; strictF1: number;
  relaxedP: number; relaxedR: number; relaxedF1: number;
  typeAcc: number; typeF1: number; valueAcc: number; valueF1: number;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const div = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export function summarise(c: Counts): Scores {
  const strictP = div(c.strict, c.system);
  const strictR = div(c.strict, c.gold);
  const relaxedP = div(c.relaxed, c.system);
  const relaxedR = div(c.relaxed, c.gold);
  const relaxedF1 = f1(relaxedP, relaxedR);
  const typeAcc = div(c.type, c.relaxed);
  const valueAcc = div(c.value, c.relaxed);
  return {
    strictP, strictR, strictF1: f1(strictP, strictR),
    relaxedP, relaxedR, relaxedF1,
    typeAcc, typeF1: typeAcc * relaxedF1, valueAcc, valueF1: valueAcc * relaxedF1,
  };
}
