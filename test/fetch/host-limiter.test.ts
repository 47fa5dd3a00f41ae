import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createHostLimiter } from '../../src/fetch/host-limiter.ts';

/** A fake clock whose sleep advances time immediately and records the waits. */
function fakeTime() {
  let time = 1_000_000;
  const sleeps: number[] = [];
  return {
    now: () => time,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      time += ms;
    },
    sleeps,
  };
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

test('at most perHost tasks run at once on one host; other hosts are independent', async () => {
  const time = fakeTime();
  const limit = createHostLimiter({ perHost: 2, delayMs: 0, now: time.now, sleep: time.sleep });
  let running = 0;
  let peak = 0;
  const gates = Array.from({ length: 5 }, deferred);
  const runs = gates.map((gate, i) =>
    limit(`https://a.example/${i}`, async () => {
      running += 1;
      peak = Math.max(peak, running);
      await gate.promise;
      running -= 1;
      return i;
    }),
  );
  let other = false;
  const otherRun = limit('https://b.example/', async () => (other = true));
  for (let i = 0; i < 10; i++) await tick();
  assert.equal(running, 2);
  assert.equal(other, true, 'another host is not held up');
  for (const gate of gates) {
    gate.resolve();
    await tick();
  }
  assert.deepEqual(await Promise.all(runs), [0, 1, 2, 3, 4]);
  await otherRun;
  assert.equal(peak, 2);
});

test('starts on one host are spaced by delayMs', async () => {
  const time = fakeTime();
  const limit = createHostLimiter({ perHost: 3, delayMs: 500, now: time.now, sleep: time.sleep });
  const starts: number[] = [];
  await Promise.all(
    [0, 1, 2, 3].map((i) => limit(`http://a.example/${i}`, async () => starts.push(time.now()))),
  );
  const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
  assert.deepEqual(gaps, [500, 500, 500]);
  assert.deepEqual(time.sleeps, [500, 500, 500]);
  await limit('http://other.example/', async () => starts.push(time.now()));
  assert.equal(time.sleeps.length, 3, 'a new host waits for nothing');
});

test('a failing task frees its slot and the error reaches the caller', async () => {
  const limit = createHostLimiter({ perHost: 1, delayMs: 0 });
  await assert.rejects(limit('http://a.example/', async () => { throw new Error('boom'); }), /boom/);
  assert.equal(await limit('http://a.example/', async () => 'next'), 'next');
});

test('real timers: delayMs is respected between starts', async () => {
  const limit = createHostLimiter({ perHost: 2, delayMs: 50 });
  const starts: number[] = [];
  await Promise.all([0, 1, 2].map(() => limit('http://a.example/', async () => starts.push(Date.now()))));
  for (let i = 1; i < starts.length; i++) assert.ok(starts[i]! - starts[i - 1]! >= 45, `gap ${starts[i]! - starts[i - 1]!}`);
});
