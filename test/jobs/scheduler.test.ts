import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError } from '../../src/config.ts';
import { startScheduler } from '../../src/jobs/scheduler.ts';
import { createLogger } from '../../src/log.ts';

const log = createLogger('silent');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('a job never overlaps itself, and stop waits for the run in flight', async () => {
  let running = 0;
  let maxRunning = 0;
  let started = 0;
  let finished = 0;
  const scheduler = startScheduler(
    [
      {
        name: 'slow',
        cron: '* * * * * *', // every second
        setting: 'TEST_CRON',
        run: async () => {
          started++;
          running++;
          maxRunning = Math.max(maxRunning, running);
          await sleep(2500); // longer than the tick
          running--;
          finished++;
        },
      },
    ],
    log,
  );
  await sleep(4200);
  await scheduler.stop();
  assert.ok(started >= 1, 'it ran');
  assert.equal(maxRunning, 1, 'never two at once');
  assert.equal(finished, started, 'stop waited for the run in flight');
  const after = started;
  await sleep(1500);
  assert.equal(started, after, 'no tick after stop');
});

test('an invalid cron expression names its setting', () => {
  assert.throws(
    () => startScheduler([{ name: 'x', cron: '61 * * * *', setting: 'INGEST_CRON', run: async () => {} }], log),
    (err: Error) => err instanceof ConfigError && /INGEST_CRON/.test(err.message),
  );
});
