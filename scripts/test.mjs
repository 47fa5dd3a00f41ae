// npm test: the whole suite on SQLite, then the database tests (*.db.test.ts) again on PostgreSQL
// when TEST_DATABASE_URL is set. Templates are migrated once and copied per test.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tsx = ['node_modules/tsx/dist/cli.mjs'];
const files = (readdirSync('test', { recursive: true }))
  .map(String)
  .filter((f) => f.endsWith('.test.ts'))
  .filter((f) => !process.argv[2] || f.includes(process.argv[2]))
  .map((f) => join('test', f))
  .sort();

function run(args, env) {
  const res = spawnSync(process.execPath, [...tsx, ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
  return res.status ?? 1;
}

const template = join(mkdtempSync(join(tmpdir(), 'tidemark-tests-')), 'template.db');
if (run(['test/support/prepare.ts', 'sqlite', template], {}) !== 0) process.exit(1);
console.log(`\n# SQLite: ${files.length} test files`);
let failed = run(['--test', '--test-concurrency=2', ...files], { TIDEMARK_TEST_TEMPLATE_SQLITE: template, TEST_DB_PROVIDER: 'sqlite' }) !== 0;

if (process.env.TEST_DATABASE_URL) {
  const dbFiles = files.filter((f) => f.endsWith('.db.test.ts'));
  const pgTemplate = `tidemark_template_${process.pid}`;
  if (run(['test/support/prepare.ts', 'postgres', pgTemplate], {}) !== 0) process.exit(1);
  console.log(`\n# PostgreSQL: ${dbFiles.length} database test files`);
  failed = run(['--test', '--test-concurrency=2', ...dbFiles], { TIDEMARK_TEST_TEMPLATE_PG: pgTemplate, TEST_DB_PROVIDER: 'postgres' }) !== 0 || failed;
} else {
  console.log('\n# PostgreSQL: skipped (set TEST_DATABASE_URL to a PostgreSQL server to run the database tests there too)');
}
process.exit(failed ? 1 : 0);
