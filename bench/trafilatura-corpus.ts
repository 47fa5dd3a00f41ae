// trafilatura's evaluation pages (../shared/data/extraction-dev), unpacked once into the temp directory and shared by
// the text-extraction benchmark and the unseen-news date benchmark.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readEnv } from '../src/config.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface CorpusEntry { file: string; with?: string[]; without?: string[] }

/** The unpacked corpus folder: evaldata.json, eval/ and cache/. */
export function corpusDir(): string {
  const dataDir = resolve(repoRoot, readEnv().TIDEMARK_DATA_DIR ?? '../shared/data');
  const tarball = join(dataDir, 'extraction-dev', 'trafilatura-eval.tar.gz');
  const cache = join(tmpdir(), 'tidemark-bench', `trafilatura-eval-${statSync(tarball).size}`);
  if (!existsSync(cache)) {
    // Unpacked beside the cache and renamed, so an interrupted run leaves no half corpus.
    const partial = `${cache}.partial-${process.pid}`;
    mkdirSync(partial, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', partial]);
    renameSync(partial, cache);
  }
  return join(cache, 'trafilatura-eval');
}

/** evaldata.json: page URL → its file and text segments. */
export function corpusIndex(dir = corpusDir()): Record<string, CorpusEntry> {
  return JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, CorpusEntry>;
}

/** Where a page's HTML lies (eval/ or cache/), or null. */
export function pagePath(dir: string, file: string): string | null {
  return [join(dir, 'eval', file), join(dir, 'cache', file)].find((p) => existsSync(p)) ?? null;
}
