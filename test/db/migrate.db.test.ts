// applyMigrations runs the real `prisma migrate deploy` through the schema-engine stand-in: on a fresh
// SQLite file (folder created), twice (the second is a no-op), then the generated client reads and writes it.
// On the suite's PostgreSQL pass (TEST_DB_PROVIDER=postgres) the same runs against a new database, dropped afterwards.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { applyMigrations } from '../../src/db/migrate.ts';
import { PrismaClient as PostgresClient } from '../../src/generated/postgres/client.ts';
import { PrismaClient as SqliteClient } from '../../src/generated/sqlite/client.ts';
import { testProvider } from '../support/db.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const migrationNames = (provider: 'sqlite' | 'postgres') =>
  readdirSync(path.join(root, 'prisma', provider, 'migrations'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

// Both generated clients expose the same model API; the SQLite one's type stands for both (as in src/db.ts).
type Client = SqliteClient;

async function assertMigratedAndUsable(db: Client, provider: 'sqlite' | 'postgres') {
  const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
    'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name',
  );
  assert.deepEqual(
    rows.map((row) => row.migration_name),
    migrationNames(provider),
  );
  const created = await db.topic.create({ data: { slug: 'probe', name: 'Probe', terms: ['probe', 'sonde'] } });
  const read = await db.topic.findUnique({ where: { slug: 'probe' } });
  assert.equal(read?.id, created.id);
  assert.deepEqual(read?.terms, ['probe', 'sonde']);
  assert.ok(read?.createdAt instanceof Date);
}

const onSqlite = testProvider() === 'sqlite';

if (onSqlite) test('SQLite: migrates a fresh file in a missing folder, twice, then the client works', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tidemark-migrate-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'nested', 'tidemark.db');
  const url = `file:${file}`;

  await applyMigrations(url, { ...process.env });
  await applyMigrations(url, { ...process.env }); // nothing pending: a no-op

  const db = new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: file }) });
  try {
    await assertMigratedAndUsable(db, 'sqlite');
  } finally {
    await db.$disconnect();
  }
});

if (onSqlite) test('a failing migration run rejects with the CLI output', async () => {
  await assert.rejects(
    applyMigrations('postgresql://nobody@127.0.0.1:1/none', { ...process.env }),
    (error: Error) => /migrate deploy failed/.test(error.message) && /P1001/.test(error.message),
  );
});

const serverUrl = process.env.TEST_DATABASE_URL;

if (!onSqlite) test('PostgreSQL: creates and migrates a fresh database, twice, then the client works', async () => {
  const name = `tidemark_migrate_${process.pid}_${Date.now().toString(36)}`;
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  after(async () => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  await applyMigrations(url.toString(), { ...process.env }); // the database does not exist yet
  await applyMigrations(url.toString(), { ...process.env });

  const db = new PostgresClient({ adapter: new PrismaPg({ connectionString: url.toString() }) }) as unknown as Client;
  try {
    await assertMigratedAndUsable(db, 'postgres');
  } finally {
    await db.$disconnect();
  }
});
