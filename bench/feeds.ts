// Feed-stage benchmark: every file of feedparser's test suite and rss-parser's fixtures goes through
// parseFeed; feedparser's `expect` expressions and rss-parser's expected output become checks of
// Tidemark's own fields (bench/feeds-view.ts). Run: npx tsx bench/feeds.ts [--verbose]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FeedParseError, parseFeed, type ParsedFeed, type ParseFeedOptions } from '../src/feeds/parse.ts';
import { NA, checkResult, conjuncts, parseExpression } from './feeds-expect.ts';
import { makeScope } from './feeds-view.ts';
import { rssParserChecks, type Check } from './feeds-rss-parser.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(repoRoot, process.env.TIDEMARK_DATA_DIR ?? '../shared/data');
const feedsDir = path.join(dataDir, 'feeds-dev');

interface Tally { files: number; crashes: string[]; errors: string[]; checks: number; passed: number; na: Map<string, number>; misses: Check[]; slowest: [string, number] }

const newTally = (): Tally => ({ files: 0, crashes: [], errors: [], checks: 0, passed: 0, na: new Map(), misses: [], slowest: ['', 0] });

async function parseTimed(tally: Tally, name: string, body: Buffer, opts: ParseFeedOptions) {
  tally.files++;
  const started = performance.now();
  let feed: ParsedFeed | null = null;
  let error: Error | null = null;
  try {
    feed = await parseFeed(body, opts);
  } catch (e) {
    error = e instanceof Error ? e : new Error(String(e));
    if (e instanceof FeedParseError) tally.errors.push(`${name}: ${e.code}: ${e.message.slice(0, 120)}`);
    else tally.crashes.push(`${name}: ${error.stack?.split('\n').slice(0, 3).join(' | ')}`);
  }
  const ms = performance.now() - started;
  if (ms > tally.slowest[1]) tally.slowest = [name, ms];
  return { feed, error };
}

function record(tally: Tally, check: Check): void {
  if (check.result === NA) {
    const sanitizer = check.group === 'wellformed/sanitize' && /\['content'\]/.test(check.check);
    const reason = /\(n\/a: (.*)\)$/.exec(check.check)?.[1]
      ?? (sanitizer ? 'sanitiser output: Tidemark keeps content HTML as published' : naField(check.check));
    tally.na.set(reason, (tally.na.get(reason) ?? 0) + 1);
    return;
  }
  tally.checks++;
  if (check.result) tally.passed++;
  else tally.misses.push(check);
}

// For feedparser checks: the field the check reads, e.g. feed['copyright'] → "feed.copyright".
function naField(check: string): string {
  const m = /(feed|entries\[\d+\])((?:\[['"]?[\w]+['"]?\]|\.\w+)*)/.exec(check);
  if (!m) return `no Tidemark field: ${check.slice(0, 40)}`;
  const pathText = (m[1] + (m[2] ?? '')).replace(/\[\d+\]/g, '[]').replace(/\[['"](\w+)['"]\]/g, '.$1');
  return `no Tidemark field: ${pathText}`;
}

interface ManifestEntry { path: string; category: string; expect: string; headers: Record<string, string> }

function header(headers: Record<string, string>, name: string): string | null {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key ? headers[key] ?? null : null;
}

async function runFeedparser(tally: Tally): Promise<void> {
  const dir = path.join(feedsDir, 'feedparser');
  const lines = readFileSync(path.join(dir, 'manifest.jsonl'), 'utf8').split('\n').filter(Boolean);
  for (const line of lines) {
    const entry = JSON.parse(line) as ManifestEntry;
    const served = `http://127.0.0.1:8097/tests/${entry.path}`;
    const location = header(entry.headers, 'content-location');
    const url = location ? new URL(location, served).href : served;
    const body = readFileSync(path.join(dir, 'tests', entry.path));
    const { feed, error } = await parseTimed(tally, entry.path, body, { url, contentType: header(entry.headers, 'content-type'), contentLanguage: header(entry.headers, 'content-language') });
    const scope = makeScope({ feed, error, htmlIsSanitizerCheck: entry.category === 'wellformed/sanitize' });
    let nodes: ReturnType<typeof conjuncts>;
    try {
      nodes = conjuncts(parseExpression(entry.expect));
    } catch {
      record(tally, { file: entry.path, group: 'unreadable expect', check: `${entry.expect} (n/a: an expression the bench cannot read)`, result: NA, got: '' });
      continue;
    }
    const parts = splitTopLevelAnd(entry.expect);
    for (const [i, node] of nodes.entries()) {
      const source = entry.expect === '1' ? 'parses without crashing' : parts.length === nodes.length ? parts[i] ?? '' : entry.expect;
      const result = entry.expect === '1' ? !(error && !(error instanceof FeedParseError)) : checkResult(node, scope);
      record(tally, { file: entry.path, group: entry.category, check: source, result, got: describe(feed, error) });
    }
  }
}

// The source text of each top-level `and` term, for the miss list.
function splitTopLevelAnd(expect: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < expect.length; i++) {
    const ch = expect[i];
    if (quote) { if (ch === '\\') i++; else if (ch === quote) quote = null; continue; }
    if (ch === '"' || ch === "'") quote = ch;
    else if ('([{'.includes(ch ?? '')) depth++;
    else if (')]}'.includes(ch ?? '')) depth--;
    else if (depth === 0 && expect.startsWith(' and ', i)) { parts.push(expect.slice(start, i)); start = i + 5; i += 4; }
  }
  parts.push(expect.slice(start));
  return parts.map((p) => p.trim());
}

function describe(feed: ParsedFeed | null, error: Error | null): string {
  if (error) return `error: ${error.message.slice(0, 160)}`;
  if (!feed) return 'nothing';
  const item = feed.items[0];
  const short = (v: unknown) => JSON.stringify(v)?.slice(0, 120);
  return `feed ${feed.format}/${feed.version} charset=${feed.charset} title=${short(feed.title)} link=${short(feed.link)} desc=${short(feed.description)}`
    + (item ? ` | item0 title=${short(item.title)} link=${short(item.link)} guid=${short(item.guid)} summary=${short(item.summary)} html=${short(item.contentHtml)} author=${short(item.author)} pub=${item.publishedAt?.toISOString()} upd=${item.updatedAt?.toISOString()}` : ' | no items')
    + (feed.warnings.length ? ` | warnings=${short(feed.warnings)}` : '');
}

async function runRssParser(tally: Tally): Promise<void> {
  const dir = path.join(feedsDir, 'rss-parser');
  for (const name of readdirSync(path.join(dir, 'input')).sort()) {
    const outputFile = path.join(dir, 'output', name.replace(/\.\w+$/, '.json'));
    const url = `http://127.0.0.1:8097/rss-parser/${name}`;
    const { feed, error } = await parseTimed(tally, name, readFileSync(path.join(dir, 'input', name)), { url });
    if (!existsSync(outputFile)) continue;
    const bytes = readFileSync(outputFile);
    // One expected-output file was written in latin1; read it as such when it is not UTF-8.
    let text: string;
    try { text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { text = bytes.toString('latin1'); }
    for (const check of rssParserChecks(name, JSON.parse(text), feed, error, url)) record(tally, check);
  }
}

function report(name: string, t: Tally, verbose: boolean): void {
  const pct = t.checks ? ((100 * t.passed) / t.checks).toFixed(2) : 'n/a';
  const na = [...t.na.values()].reduce((a, b) => a + b, 0);
  console.log(`\n== ${name}: files ${t.files}, crashes ${t.crashes.length}, FeedParseError ${t.errors.length}, applicable checks ${t.checks}, passed ${t.passed} (${pct}%), not applicable ${na}, slowest ${t.slowest[0]} ${t.slowest[1].toFixed(0)} ms`);
  for (const c of t.crashes) console.log(`  CRASH ${c}`);
  if (verbose) for (const e of t.errors) console.log(`  FeedParseError ${e}`);
  const reasons = [...t.na].sort((a, b) => b[1] - a[1]);
  console.log(`  not applicable: ${reasons.slice(0, verbose ? 200 : 12).map(([r, n]) => `${r} ×${n}`).join('; ')}`);
  const groups = new Map<string, Check[]>();
  for (const m of t.misses) groups.set(m.group, [...(groups.get(m.group) ?? []), m]);
  for (const [group, misses] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  misses in ${group}: ${misses.length}`);
    for (const m of verbose ? misses : misses.slice(0, 8)) console.log(`    ${m.file}: ${m.check.slice(0, 140)}\n      got ${m.got.slice(0, verbose ? 900 : 300)}`);
  }
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const fp = newTally();
  const rp = newTally();
  await runFeedparser(fp);
  await runRssParser(rp);
  report('feedparser suite', fp, verbose);
  report('rss-parser fixtures', rp, verbose);
  const checks = fp.checks + rp.checks;
  const passed = fp.passed + rp.passed;
  const crashes = fp.crashes.length + rp.crashes.length;
  console.log(`\n== total: files ${fp.files + rp.files}, crashes ${crashes}, applicable checks ${checks}, passed ${passed} (${((100 * passed) / checks).toFixed(2)}%)`);
  // A crash is a bug whatever the score; the percentage is for reading, not for failing the run.
  if (crashes > 0) process.exitCode = 1;
}

await main();
