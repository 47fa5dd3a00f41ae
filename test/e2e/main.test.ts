// The real service process: starts on a fresh embedded database, answers /healthz, shows generated secrets
// once, stops cleanly on SIGTERM; a wrong setting stops start-up naming the variable.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { start } from '../support/spawn.ts';

const dir = mkdtempSync(join(tmpdir(), 'tidemark-main-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const env = { DATABASE_URL: `file:${join(dir, 'tidemark.db')}`, PORT: '0', INGEST_CRON: '0 0 1 1 *' };

test('first start migrates, prints the generated secrets once, serves /healthz and stops on SIGTERM', async () => {
  const first = start('src/main.ts', [], env);
  const [, url] = await first.waitFor(/running at (http:\/\/127\.0\.0\.1:\d+)/);
  assert.match(first.output(), /Admin password \(shown once\): \S{12,}/);
  const token = first.output().match(/API token \(shown once\): (\S+)/)?.[1];
  assert.ok(token);
  const health = await fetch(`${url}/healthz`);
  assert.equal(health.status, 200);
  // The printed token works for writes; it is stored hashed, never in clear.
  const created = await fetch(`${url}/api/topics`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ slug: 'probe', name: 'Probe', terms: ['probe'] }),
  });
  assert.equal(created.status, 201);
  first.child.kill('SIGTERM');
  assert.equal(await first.exited, 0);

  const second = start('src/main.ts', [], env);
  const [, url2] = await second.waitFor(/running at (http:\/\/127\.0\.0\.1:\d+)/);
  assert.doesNotMatch(second.output(), /shown once/);
  const topics: any = await (await fetch(`${url2}/api/topics`)).json();
  assert.equal(topics.topics.length, 2, 'the shipped topic and ours survive a restart');
  second.child.kill('SIGTERM');
  assert.equal(await second.exited, 0);
});

test('a wrong setting stops start-up with a message naming the variable', async () => {
  const bad = start('src/main.ts', [], { ...env, DIGEST_TIMEZONE: 'Nowhere/Land' });
  assert.equal(await bad.exited, 1);
  assert.match(bad.output(), /DIGEST_TIMEZONE/);
});
