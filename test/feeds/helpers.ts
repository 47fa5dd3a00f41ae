import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export function fixture(name: string): Buffer {
  return readFileSync(path.join(here, '..', 'fixtures', 'feeds', name));
}

/** The shared development data (read-only), as the benchmark finds it. */
export function dataFile(...parts: string[]): string {
  const root = path.resolve(here, '..', '..', process.env.TIDEMARK_DATA_DIR ?? '../shared/data');
  return path.join(root, ...parts);
}

/** Removes the encoding pseudo-attribute from an ASCII XML declaration, leaving the other bytes as they are. */
export function withoutDeclaredEncoding(body: Buffer): Buffer {
  const head = body.subarray(0, 100).toString('latin1');
  const match = /\s+encoding="[^"]*"/.exec(head);
  if (!match) throw new Error('fixture has no encoding declaration');
  return Buffer.concat([body.subarray(0, match.index), body.subarray(match.index + match[0].length)]);
}
