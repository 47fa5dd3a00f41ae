// Milestone extraction benchmark on the dev corpora: the first topic's (test/fixtures/corpus) and a generic one
// of three invented topics (test/fixtures/corpus-generic). Precision and recall of milestones (a match needs
// the kind, the status and the date at the gold precision), pledge outcomes, date conflicts.
// Run: npx tsx bench/milestones.ts [--verbose]
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consolidate } from '../src/milestones/consolidate.ts';
import { extractCandidates } from '../src/milestones/extract.ts';
import type { Claim, MilestoneDraft } from '../src/milestones/types.ts';
import { defaultTopic } from '../src/topics/defaults.ts';

const corpusDir = resolve(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/corpus');
const genericDir = resolve(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/corpus-generic');

export interface CorpusArticle {
  id: number;
  outlet: string;
  url: string;
  publishedAt: string;
  language: string;
  title: string;
  text: string;
  /** Generic corpus only: the slug of the topic the article belongs to. */
  topic?: string;
}

export interface CorpusTopic {
  slug: string;
  name: string;
  terms: string[];
}

export interface GoldMilestone {
  date: string;
  kind: string;
  status: string;
  deadline?: string;
  pledgeStatus?: string;
  conflict?: boolean;
  note: string;
  /** Generic corpus only. */
  topic?: string;
}

export interface Gold {
  now: string;
  milestones: GoldMilestone[];
}

export function loadCorpus(): { articles: CorpusArticle[]; gold: Gold } {
  const articles = (JSON.parse(readFileSync(join(corpusDir, 'articles.json'), 'utf8')) as { articles: CorpusArticle[] }).articles;
  const gold = JSON.parse(readFileSync(join(corpusDir, 'gold.json'), 'utf8')) as Gold;
  return { articles, gold };
}

export function loadGenericCorpus(): { topics: CorpusTopic[]; articles: CorpusArticle[]; gold: Gold } {
  const file = JSON.parse(readFileSync(join(genericDir, 'articles.json'), 'utf8')) as { topics: CorpusTopic[]; articles: CorpusArticle[] };
  const gold = JSON.parse(readFileSync(join(genericDir, 'gold.json'), 'utf8')) as Gold;
  return { topics: file.topics, articles: file.articles, gold };
}

export function corpusClaims(articles: CorpusArticle[], terms = defaultTopic.terms): Claim[] {
  return articles.flatMap((a) => {
    const publishedAt = new Date(a.publishedAt);
    return extractCandidates({ text: a.text, title: a.title, publishedAt, language: a.language }, { terms }).map((c) => ({
      ...c,
      articleId: a.id,
      articleUrl: a.url,
      outlet: a.outlet,
      publishedAt,
    }));
  });
}

const matches = (g: GoldMilestone, s: MilestoneDraft) =>
  g.kind === s.kind && g.status === s.status && s.date.length >= g.date.length && s.date.slice(0, g.date.length) === g.date;

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  pledges: { correct: number; total: number };
  conflicts: { found: number; total: number };
  pairs: [GoldMilestone, MilestoneDraft | null][];
  unmatched: MilestoneDraft[];
}

export function scoreMilestones(system: MilestoneDraft[], gold: GoldMilestone[]): Score {
  const free = new Set(system);
  const pairs: [GoldMilestone, MilestoneDraft | null][] = gold.map((g) => {
    const s = [...free].find((x) => matches(g, x)) ?? null;
    if (s) free.delete(s);
    return [g, s];
  });
  const tp = pairs.filter(([, s]) => s).length;
  const precision = system.length ? tp / system.length : 0;
  const recall = gold.length ? tp / gold.length : 0;
  const pledgeGold = pairs.filter(([g]) => g.pledgeStatus);
  const conflictGold = pairs.filter(([g]) => g.conflict);
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    pledges: { correct: pledgeGold.filter(([g, s]) => s?.pledgeStatus === g.pledgeStatus).length, total: pledgeGold.length },
    conflicts: { found: conflictGold.filter(([, s]) => s?.conflict).length, total: conflictGold.length },
    pairs,
    unmatched: [...free],
  };
}

export function runCorpus(): Score {
  const { articles, gold } = loadCorpus();
  const system = consolidate(corpusClaims(articles), { now: new Date(gold.now) });
  return scoreMilestones(system, gold.milestones);
}

/** Each topic of the generic corpus with its own terms, scored together (micro-averaged). */
export function runGenericCorpus(): Score {
  const { topics, articles, gold } = loadGenericCorpus();
  const parts = topics.map((t) => {
    const system = consolidate(corpusClaims(articles.filter((a) => a.topic === t.slug), t.terms), { now: new Date(gold.now) });
    return scoreMilestones(system, gold.milestones.filter((g) => g.topic === t.slug));
  });
  const pairs = parts.flatMap((p) => p.pairs);
  const unmatched = parts.flatMap((p) => p.unmatched);
  const tp = pairs.filter(([, s]) => s).length;
  const precision = tp + unmatched.length ? tp / (tp + unmatched.length) : 0;
  const recall = pairs.length ? tp / pairs.length : 0;
  const sum = (f: (p: Score) => { [k: string]: number }, k: string) => parts.reduce((n, p) => n + f(p)[k]!, 0);
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    pledges: { correct: sum((p) => p.pledges, 'correct'), total: sum((p) => p.pledges, 'total') },
    conflicts: { found: sum((p) => p.conflicts, 'found'), total: sum((p) => p.conflicts, 'total') },
    pairs,
    unmatched,
  };
}

function report(name: string, s: Score, verbose: boolean): void {
  const pct = (x: number) => (100 * x).toFixed(1);
  console.log(`== ${name}`);
  if (verbose) {
    for (const [g, m] of s.pairs) console.log(m ? 'ok  ' : 'MISS', g.topic ?? '', g.date, g.kind, g.status, g.pledgeStatus ?? '', m ? `→ ${m.key} ${m.date} ${m.pledgeStatus ?? ''} "${m.title}"` : `(${g.note})`);
    for (const m of s.unmatched) console.log('EXTRA', m.key, m.date, m.kind, m.status, `"${m.title}"`, m.claims.map((c) => `${c.articleId}:${c.dateText}`).join(' '));
  }
  console.log(`milestones: P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}`);
  console.log(`pledge outcomes: ${s.pledges.correct}/${s.pledges.total}   date conflicts exposed: ${s.conflicts.found}/${s.conflicts.total}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const verbose = process.argv.includes('--verbose');
  report('first topic (test/fixtures/corpus)', runCorpus(), verbose);
  report('generic topics (test/fixtures/corpus-generic)', runGenericCorpus(), verbose);
}
