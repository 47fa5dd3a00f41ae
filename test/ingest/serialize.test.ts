import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serialized } from '../../src/ingest/serialize.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('tasks with one key never overlap and keep their order; other keys run alongside; a failure does not block', async () => {
  const log: string[] = [];
  let inside = 0;
  let most = 0;
  const task = (name: string, ms: number, fail = false) => async () => {
    inside++;
    most = Math.max(most, inside);
    log.push(`start ${name}`);
    await sleep(ms);
    log.push(`end ${name}`);
    inside--;
    if (fail) throw new Error(name);
    return name;
  };
  const results = await Promise.allSettled([
    serialized('a', task('a1', 30)),
    serialized('a', task('a2', 5, true)),
    serialized('a', task('a3', 5)),
  ]);
  assert.equal(most, 1);
  assert.deepEqual(log, ['start a1', 'end a1', 'start a2', 'end a2', 'start a3', 'end a3']);
  assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled']);

  let overlap = false;
  let running = 0;
  const probe = async () => {
    running++;
    if (running > 1) overlap = true;
    await sleep(20);
    running--;
  };
  await Promise.all([serialized('x', probe), serialized('y', probe)]);
  assert.equal(overlap, true, 'different keys run concurrently');
});
