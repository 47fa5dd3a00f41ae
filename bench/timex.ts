// Benchmark: Tidemark's temporal tagger against chrono-node on the TempEval-3 dev set (TimeBank + AQUAINT).
// Run: npx tsx bench/timex.ts [--set tempeval-dev] [--reps N] [--errors [N]]   Data: $TIDEMARK_DATA_DIR (default ../shared/data from the
// repo root). After the scores it prints Tidemark's figures per source file and its wrong values by kind; --errors
// lists each mistake (VAL wrong value/type, SPAN, MISS, FP).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tagDates } from '../src/temporal/index.ts';
import { chronoSpans } from './timex-chrono.ts';
import { breakdown, type ValuePair } from './timex-errors.ts';
import { emptyCounts, scoreDoc, summarise, type Counts, type Span } from './timex-score.ts';

interface Doc {
  /** The JSONL file the document came from (aquaint, timebank). */
  source: string;
  doc: string;
  dct: string;
  text: string;
  timexes: Span[];
}

type System = (text: string, dct: string) => Span[];

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The JSONL documents of `set` (default tempeval-dev), or of the only tempeval-* folder when that is absent. */
function loadDocs(set: string): { name: string; docs: Doc[] } {
  const base = process.env.TIDEMARK_DATA_DIR ?? resolve(repoRoot, '../shared/data');
  const folders = readdirSync(base).filter((f) => f.startsWith('tempeval'));
  const name = folders.includes(set) || folders.length !== 1 ? set : folders[0]!;
  const dir = join(base, name);
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => ({ ...(JSON.parse(l) as Doc), source: f.replace(/\.jsonl$/, '') })));
  return { name, docs };
}

const tidemark: System = (text, dct) =>
  tagDates(text, { published: dct.slice(0, 10), lang: 'en' }).map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value }));

const chronoSystem: System = (text, dct) => chronoSpans(text, new Date(`${dct.slice(0, 10)}T12:00:00Z`));

interface Evaluation {
  all: Counts;
  bySource: Map<string, Counts>;
  wrongValues: ValuePair[];
}

function evaluate(docs: Doc[], sys: System, errors: string[] | null): Evaluation {
  const all = emptyCounts();
  const bySource = new Map<string, Counts>();
  const wrongValues: ValuePair[] = [];
  for (const d of docs) {
    const out = sys(d.text, d.dct);
    const part = bySource.get(d.source) ?? emptyCounts();
    bySource.set(d.source, part);
    scoreDoc(d.timexes, out, part);
    const pairs = scoreDoc(d.timexes, out, all);
    for (const [gi, si] of pairs) {
      const g = d.timexes[gi]!;
      const s = out[si]!;
      if (g.value !== s.value) wrongValues.push({ goldText: d.text.slice(g.start, g.end), gold: g.value, sysText: d.text.slice(s.start, s.end), sys: s.value, dct: d.dct });
    }
    if (errors) collectErrors(d, out, pairs, errors);
  }
  return { all, bySource, wrongValues };
}

function collectErrors(d: Doc, out: Span[], pairs: Array<[number, number]>, errors: string[]): void {
  const gs = new Set(pairs.map((p) => p[0]));
  const ss = new Set(pairs.map((p) => p[1]));
  const show = (s: Span): string => JSON.stringify(d.text.slice(s.start, s.end));
  const ctx = (s: Span): string => JSON.stringify(d.text.slice(Math.max(0, s.start - 50), s.end + 30).replace(/\s+/g, ' '));
  for (const [gi, si] of pairs) {
    const g = d.timexes[gi]!;
    const s = out[si]!;
    if (g.value !== s.value || g.type !== s.type) errors.push(`VAL ${d.dct.slice(0, 10)} gold ${show(g)} ${g.type} ${g.value} | sys ${show(s)} ${s.type} ${s.value} | ${ctx(g)}`);
    else if (g.start !== s.start || g.end !== s.end) errors.push(`SPAN gold ${show(g)} | sys ${show(s)}`);
  }
  d.timexes.forEach((g, i) => gs.has(i) || errors.push(`MISS ${d.dct.slice(0, 10)} ${show(g)} ${g.type} ${g.value} | ${ctx(g)}`));
  out.forEach((s, i) => ss.has(i) || errors.push(`FP ${show(s)} ${s.type} ${s.value} | ${ctx(s)}`));
}

interface Speed {
  best: number;
  median: number;
  cpu: number;
}

/**
 * Characters per second of each system. The machine may be shared, so the two systems are timed in alternating
 * passes over the whole set; each keeps its fastest and median wall-clock pass, and its fastest pass in CPU time
 * (process.cpuUsage), which waiting for a busy CPU does not inflate.
 */
function throughput(docs: Doc[], systems: System[], reps: number): Speed[] {
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  // warm-up: let the JIT and the regex engine tier up before timing
  for (const sys of systems) for (let r = 0; r < 3; r++) for (const d of docs) sys(d.text, d.dct);
  const wall: number[][] = systems.map(() => []);
  const cpu: number[][] = systems.map(() => []);
  for (let r = 0; r < reps; r++) {
    systems.forEach((sys, i) => {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (const d of docs) sys(d.text, d.dct);
      wall[i]!.push((performance.now() - t0) / 1000);
      const c = process.cpuUsage(c0);
      cpu[i]!.push((c.user + c.system) / 1e6);
    });
  }
  const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);
  return systems.map((_, i) => {
    const w = sorted(wall[i]!);
    return { best: chars / w[0]!, median: chars / w[Math.floor(w.length / 2)]!, cpu: chars / sorted(cpu[i]!)[0]! };
  });
}

function line(name: string, c: Counts, cps: Speed): string {
  const s = summarise(c);
  const f = (x: number): string => x.toFixed(3);
  const k = (x: number): string => Math.round(x).toLocaleString('en');
  return `${name.padEnd(9)} strict P/R/F1 ${f(s.strictP)}/${f(s.strictR)}/${f(s.strictF1)}  relaxed P/R/F1 ${f(s.relaxedP)}/${f(s.relaxedR)}/${f(s.relaxedF1)}  type F1 ${f(s.typeF1)}  value acc ${f(s.valueAcc)}  value F1 ${f(s.valueF1)}  chars/s: ${k(cps.best)} best, ${k(cps.median)} median, ${k(cps.cpu)} per CPU second`;
}

function main(): void {
  const args = process.argv.slice(2);
  const errIdx = args.indexOf('--errors');
  const repsIdx = args.indexOf('--reps');
  const reps = repsIdx >= 0 ? Math.max(1, Number(args[repsIdx + 1]) || 10) : 10;
  const setIdx = args.indexOf('--set');
  const { name, docs } = loadDocs(setIdx >= 0 ? (args[setIdx + 1] ?? 'tempeval-dev') : 'tempeval-dev');
  const errors: string[] | null = errIdx >= 0 ? [] : null;
  const ours = evaluate(docs, tidemark, errors);
  const theirs = evaluate(docs, chronoSystem, null);
  const [oursCps, theirsCps] = throughput(docs, [tidemark, chronoSystem], reps) as [Speed, Speed];
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  console.log(`${name}: ${docs.length} docs, ${chars.toLocaleString('en')} chars, ${ours.all.gold} gold timexes; speed: best of ${reps} alternating passes after a warm-up`);
  console.log(line('tidemark', ours.all, oursCps));
  console.log(line('chrono', theirs.all, theirsCps));
  const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;
  console.log(`throughput ratio tidemark/chrono: ${ratio(oursCps.best, theirsCps.best)} best, ${ratio(oursCps.median, theirsCps.median)} median, ${ratio(oursCps.cpu, theirsCps.cpu)} per CPU second`);
  for (const [source, c] of ours.bySource) {
    const s = summarise(c);
    console.log(`tidemark on ${source}: ${c.gold} gold, relaxed F1 ${s.relaxedF1.toFixed(3)}, value acc ${s.valueAcc.toFixed(3)}, value F1 ${s.valueF1.toFixed(3)}`);
  }
  console.log(`tidemark wrong values by kind (${ours.wrongValues.length}):`);
  for (const [kind, n] of breakdown(ours.wrongValues)) console.log(`  ${String(n).padStart(4)}  ${kind}`);
  if (errors) {
    const n = Number(args[errIdx + 1]);
    for (const e of errors.slice(0, Number.isFinite(n) ? n : errors.length)) console.log(e);
  }
}

main();
