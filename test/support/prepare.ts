// Run once by scripts/test.mjs: migrates the template databases the tests copy.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { applyMigrations } from '../../src/db/migrate.ts';
import { adminQuery, withDatabase } from './db.ts';

const [kind, target] = process.argv.slice(2);
if (kind === 'sqlite' && target) {
  mkdirSync(join(target, '..'), { recursive: true });
  await applyMigrations(`file:${target}`, { ...process.env });
} else if (kind === 'postgres' && target) {
  const base = process.env.TEST_DATABASE_URL!;
  await adminQuery(base, `DROP DATABASE IF EXISTS "${target}" WITH (FORCE)`);
  await adminQuery(base, `CREATE DATABASE "${target}"`);
  await applyMigrations(withDatabase(base, target), { ...process.env });
} else {
  console.error('usage: prepare.ts sqlite FILE | postgres DBNAME');
  process.exit(2);
}
