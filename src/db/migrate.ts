// Applies the committed migrations of the URL's provider by running the real Prisma CLI
// (`prisma migrate deploy`) in a child process; its schema engine is the stand-in in
// scripts/schema-engine.mjs (see prisma.config.ts). Used at start-up and by the tests.
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const prismaCli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');
const TIMEOUT_MS = 120_000;

/**
 * Brings the database at `databaseUrl` up to date with prisma/<provider>/migrations, creating the
 * SQLite file (and its folder) or the PostgreSQL database when missing. A no-op when nothing is pending.
 * `baseEnv` is the environment for the CLI (only src/config.ts reads the environment).
 */
export async function applyMigrations(databaseUrl: string, baseEnv: Record<string, string | undefined>): Promise<void> {
  const url = absoluteSqliteUrl(databaseUrl);
  const env: Record<string, string | undefined> = {
    ...baseEnv,
    DATABASE_URL: url,
    CHECKPOINT_DISABLE: '1', // no update check: the network is closed
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  };
  delete env.TIDEMARK_PRISMA_PROVIDER; // the URL alone picks the schema folder
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      [prismaCli, 'migrate', 'deploy'],
      { cwd: root, env, timeout: TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) return resolve();
        const output = `${stdout}${stderr}`.trim();
        reject(new Error(`prisma migrate deploy failed (${describe(error)}):\n${redact(output, databaseUrl)}`));
      },
    );
  });
}

// The app opens a relative `file:` path from its working directory; the CLI runs from the repo root.
function absoluteSqliteUrl(url: string): string {
  if (!url.startsWith('file:')) return url;
  const [file = '', query] = url.slice('file:'.length).split('?');
  const absolute = file.startsWith('//') ? fileURLToPath(`file:${file}`) : path.resolve(file);
  mkdirSync(path.dirname(absolute), { recursive: true });
  return `file:${absolute}${query === undefined ? '' : `?${query}`}`;
}

function describe(error: Error & { code?: unknown; signal?: unknown; killed?: boolean }): string {
  if (error.killed && error.signal) return `killed by ${String(error.signal)} after ${TIMEOUT_MS / 1000} s`;
  return typeof error.code === 'number' ? `exit code ${error.code}` : String(error.code ?? error.message);
}

// Never echo a password from the URL into logs.
function redact(text: string, url: string): string {
  try {
    const { password } = new URL(url);
    return password ? text.replaceAll(decodeURIComponent(password), '***') : text;
  } catch {
    return text;
  }
}
