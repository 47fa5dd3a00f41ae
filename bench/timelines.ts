// Date selection on Timeline17 (Date-F1): per reference timeline, the topic's articles published between its
// first and last date; output as many days as the reference has; exact-day matches; P and R averaged over
// timelines, then F. Run: npx tsx bench/timelines.ts [--pub W] [--decay D] [--verbose]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readEnv } from '../src/config.ts';
import { rankDays, type DatedDocument } from '../src/timeline/salience.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(repoRoot, readEnv().TIDEMARK_DATA_DIR ?? '../shared/data', 'timelines-dev');

interface Article {
  id: string;
  time: string;
  text: string;
}

function arg(name: string): number | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : undefined;
}

function loadTopic(dir: string): { articles: Article[]; timelines: string[][] } {
  const articles = gunzipSync(readFileSync(join(dir, 'articles.jsonl.gz')))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Article);
  const timelines = readFileSync(join(dir, 'timelines.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => [...new Set((JSON.parse(l) as [string, string[]][]).map(([d]) => d.slice(0, 10)))].sort());
  return { articles, timelines };
}

// PTB tokenisation ("Jan. 12 , 2010", "April 20th") confuses date grammars; undo the spaces it adds.
const detokenise = (s: string) =>
  s.replace(/ ([,.;:!?%)'])/g, '$1').replace(/\( /g, '(').replace(/`` | ''/g, '"').replace(/ n't/g, "n't").replace(/ 's\b/g, "'s");

function main(): void {
  if (!existsSync(dataDir)) throw new Error(`No Timeline17 data at ${dataDir} (set TIDEMARK_DATA_DIR)`);
  const opts = { publishedWeight: arg('--pub'), positionDecay: arg('--decay') };
  const rows: { name: string; p: number; r: number }[] = [];
  for (const name of readdirSync(dataDir).sort()) {
    const { articles, timelines } = loadTopic(join(dataDir, name));
    for (const ref of timelines) {
      const from = ref[0]!;
      const to = ref[ref.length - 1]!;
      const docs: DatedDocument[] = articles
        .filter((a) => a.time.slice(0, 10) >= from && a.time.slice(0, 10) <= to)
        .map((a) => ({ published: new Date(`${a.time.slice(0, 10)}T12:00:00Z`), sentences: a.text.split('\n').map(detokenise).filter(Boolean) }));
      const chosen = rankDays(docs, { ...opts, from, to }).slice(0, ref.length).map((d) => d.date);
      const hits = chosen.filter((d) => ref.includes(d)).length;
      const p = chosen.length ? hits / chosen.length : 0;
      const r = hits / ref.length;
      rows.push({ name, p, r });
      if (process.argv.includes('--verbose')) console.log(`${name.padEnd(22)} docs ${String(docs.length).padStart(4)}  l ${String(ref.length).padStart(3)}  P ${p.toFixed(3)}  R ${r.toFixed(3)}`);
    }
  }
  const P = rows.reduce((s, x) => s + x.p, 0) / rows.length;
  const R = rows.reduce((s, x) => s + x.r, 0) / rows.length;
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  console.log(`Timeline17 dev, ${rows.length} timelines: Date P ${P.toFixed(3)}  R ${R.toFixed(3)}  F1 ${F.toFixed(3)}`);
}

main();
