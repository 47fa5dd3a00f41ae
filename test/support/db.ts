// A fresh, migrated database per call: a copy of a migrated SQLite template, or (TEST_DB_PROVIDER=postgres)
// a database created from a migrated PostgreSQL template. scripts/test.mjs prepares the templates.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDb, type Db } from '../../src/db.ts';
import { applyMigrations } from '../../src/db/migrate.ts';

export interface TestDb {
  db: Db;
  url: string;
  provider: 'sqlite' | 'postgres';
  close(): Promise<void>;
}

export const testProvider = (): 'sqlite' | 'postgres' =>
  process.env.TEST_DB_PROVIDER === 'postgres' ? 'postgres' : 'sqlite';

let sqliteTemplate: Promise<string> | undefined;

async function sqliteTemplatePath(): Promise<string> {
  if (process.env.TIDEMARK_TEST_TEMPLATE_SQLITE) return process.env.TIDEMARK_TEST_TEMPLATE_SQLITE;
  sqliteTemplate ??= (async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tidemark-template-')), 'template.db');
    await applyMigrations(`file:${file}`, { ...process.env });
    return file;
  })();
  return sqliteTemplate;
}

let counter = 0;

export async function createTestDb(): Promise<TestDb> {
  if (testProvider() === 'postgres') return createPostgresDb();
  const dir = mkdtempSync(join(tmpdir(), 'tidemark-test-'));
  const file = join(dir, 'test.db');
  copyFileSync(await sqliteTemplatePath(), file);
  const url = `file:${file}`;
  const db = await openDb(url);
  return {
    db,
    url,
    provider: 'sqlite',
    close: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function createPostgresDb(): Promise<TestDb> {
  const base = process.env.TEST_DATABASE_URL;
  const template = process.env.TIDEMARK_TEST_TEMPLATE_PG;
  if (!base || !template) throw new Error('TEST_DB_PROVIDER=postgres needs TEST_DATABASE_URL (run the suite with npm test)');
  const name = `tidemark_t_${process.pid}_${++counter}_${Date.now().toString(36)}`;
  await adminQuery(base, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const url = withDatabase(base, name);
  const db = await openDb(url);
  return {
    db,
    url,
    provider: 'postgres',
    close: async () => {
      await db.$disconnect();
      await adminQuery(base, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
