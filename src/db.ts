// The Prisma client for the configured database: SQLite file by default, PostgreSQL by URL.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from './generated/sqlite/client.ts';
import { PrismaClient as PostgresClient } from './generated/postgres/client.ts';

// Both generated clients expose the same model API; the SQLite one's type stands for both.
export type Db = SqliteClient;
export type Provider = 'sqlite' | 'postgres';

export const providerOf = (url: string): Provider => (/^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite');

/** Path of an SQLite `file:` URL, relative to the working directory as Prisma's CLI resolves it. */
export function sqlitePath(url: string): string {
  const path = url.replace(/^file:/, '').replace(/\?.*$/, '');
  return resolve(path);
}

export async function openDb(url: string): Promise<Db> {
  if (providerOf(url) === 'postgres') {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
  const file = sqlitePath(url);
  mkdirSync(dirname(file), { recursive: true });
  const db = new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: file, timeout: 10_000 }) });
  // WAL lets the API read while ingestion (maybe in another process) writes.
  await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  return db;
}

/** A cheap query that fails when the database is unreachable. */
export async function pingDb(db: Db): Promise<void> {
  await db.$queryRawUnsafe('SELECT 1');
}
