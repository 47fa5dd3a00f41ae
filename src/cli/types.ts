import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';

export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(path: string): Promise<string>;
  readFileBytes(path: string): Promise<Buffer>;
  readStdin(): Promise<string>;
}

/** Returns the exit code, or -1 to keep the process running (serve). */
export type Command = (ctx: AppContext, args: string[], io: Io) => Promise<number>;
export type Tool = (args: string[], io: Io) => Promise<number>;

/** node:util parseArgs, with its errors turned into a usage error. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new AppError('bad_request', err instanceof Error ? err.message : String(err));
  }
}

export function positiveInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new AppError('bad_request', `${name} must be a positive integer`, name);
  return n;
}
