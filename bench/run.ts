// `npm run bench [name…]`: runs the benchmarks one after another (each in its own process, for clean memory figures).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const all = ['timex', 'timex-unseen', 'extract', 'feeds', 'milestones', 'timelines'].filter((n) => readdirSync(dir).includes(`${n}.ts`));
const wanted = process.argv.slice(2);
let failed = false;
for (const name of wanted.length ? wanted : all) {
  process.stdout.write(`\n=== bench/${name}.ts\n`);
  const res = spawnSync(process.execPath, ['--import', 'tsx', `${dir}${name}.ts`], { stdio: 'inherit' });
  failed ||= res.status !== 0;
}
process.exit(failed ? 1 : 0);
