// Main-text extraction benchmark on trafilatura's evaluation set.
// Run: npx tsx bench/extract.ts            (all systems, each in its own process)
//      npx tsx bench/extract.ts --system tidemark [--misses N] [--dump scores.json]
// Scoring follows trafilatura: collapse whitespace in the output; each `with`
// segment found is a TP (else FN), each `without` segment found is an FP.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import * as cheerio from 'cheerio';
import { DOMParser } from 'linkedom';
import { extractArticle } from '../src/articles/extract.ts';
import { decodeBody } from '../src/feeds/charset.ts';
import { corpusDir, corpusIndex, pagePath } from './trafilatura-corpus.ts';

interface Page {
  url: string;
  file: string;
  with: string[];
  without: string[];
}
interface Score {
  tp: number;
  fp: number;
  fn: number;
}
type Extractor = (html: string, url: string) => string;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const SYSTEMS: Record<string, Extractor> = {
  tidemark: (html, url) => extractArticle(html, { url }).text,
  'readability-linkedom': (html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    if (!doc.documentElement) return '';
    return new Readability(doc as never).parse()?.textContent ?? '';
  },
  'cheerio-all-p': (html) => {
    const $ = cheerio.load(html);
    return $('p').map((_, el) => $(el).text()).get().join('\n\n');
  },
};

function loadPages(): Page[] {
  const dir = corpusDir();
  const pages: Page[] = [];
  for (const [url, entry] of Object.entries(corpusIndex(dir))) {
    const file = pagePath(dir, entry.file);
    if (!file) continue;
    pages.push({ url, file, with: entry.with ?? [], without: entry.without ?? [] });
  }
  return pages;
}

function scorePage(output: string, page: Page): Score {
  const text = output.replace(/\s+/g, ' ');
  const score = { tp: 0, fp: 0, fn: 0 };
  for (const segment of page.with) {
    if (text.includes(segment)) score.tp++;
    else score.fn++;
  }
  for (const segment of page.without) if (text.includes(segment)) score.fp++;
  return score;
}

interface Result {
  system: string;
  pages: number;
  tp: number;
  fp: number;
  fn: number;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
}

function runSystem(name: string, showMisses: number, dumpPath: string | null): Result {
  const extract = SYSTEMS[name];
  if (!extract) throw new Error(`unknown system ${name}; known: ${Object.keys(SYSTEMS).join(', ')}`);
  // Pages are read one at a time so that peak memory is the extractor's, not the corpus's.
  const pages = loadPages();
  const total = { tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  const perPage: Record<string, Score> = {};
  let busy = 0;
  let cpuSeconds = 0;
  for (const page of pages) {
    // Pages are bytes in many charsets; decode them as ingestion does.
    const html = decodeBody(readFileSync(page.file), null, 'html').text;
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    let output = '';
    try {
      output = extract(html, page.url);
    } catch (err) {
      misses.push(`THROW ${page.url}: ${String(err)}`);
    }
    busy += Number(process.hrtime.bigint() - start) / 1e9;
    const cpu = process.cpuUsage(cpuStart);
    cpuSeconds += (cpu.user + cpu.system) / 1e6;
    const score = scorePage(output, page);
    total.tp += score.tp;
    total.fp += score.fp;
    total.fn += score.fn;
    perPage[page.url] = score;
    if (score.fp + score.fn > 0) misses.push(`fn=${score.fn} fp=${score.fp} ${page.url}`);
  }
  if (showMisses > 0) console.error(misses.slice(0, showMisses).join('\n'));
  if (dumpPath) writeFileSync(dumpPath, JSON.stringify(perPage));
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return { system: name, pages: pages.length, ...total, seconds: busy, cpuSeconds, peakRssMb };
}

function format(r: Result): string {
  const p = r.tp / (r.tp + r.fp);
  const rec = r.tp / (r.tp + r.fn);
  const f1 = (2 * r.tp) / (2 * r.tp + r.fp + r.fn);
  const cells = [
    r.system.padEnd(22), p.toFixed(3), rec.toFixed(3), f1.toFixed(3),
    (r.pages / r.seconds).toFixed(1).padStart(7), (r.pages / r.cpuSeconds).toFixed(1).padStart(9), r.peakRssMb.toFixed(0).padStart(6),
    `${r.tp}/${r.fp}/${r.fn}`,
  ];
  return cells.join('  ');
}

function main(): void {
  const args = process.argv.slice(2);
  const systemAt = args.indexOf('--system');
  const missesAt = args.indexOf('--misses');
  const showMisses = missesAt >= 0 ? Number(args[missesAt + 1] ?? 50) : 0;
  const dumpAt = args.indexOf('--dump');
  const dumpPath = dumpAt >= 0 ? args[dumpAt + 1] ?? null : null;
  if (systemAt >= 0) {
    const result = runSystem(args[systemAt + 1] ?? '', showMisses, dumpPath);
    console.log(args.includes('--json') ? JSON.stringify(result) : format(result));
    return;
  }
  // Each system runs in its own process so that its peak memory is its own.
  console.log(`${'system'.padEnd(22)}  P      R      F1     pages/s  pages/cpu-s  RSS MB  TP/FP/FN`);
  for (const name of Object.keys(SYSTEMS)) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--system', name, '--json'], {
      cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
    });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !line.startsWith('{')) {
      console.log(`${name.padEnd(22)}  failed: ${child.stderr.slice(-500)}`);
      continue;
    }
    console.log(format(JSON.parse(line) as Result));
  }
}

main();
