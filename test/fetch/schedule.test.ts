import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextCheckAfterFailure, nextCheckAfterSuccess, type ScheduleBounds } from '../../src/fetch/schedule.ts';

const now = new Date('2026-03-01T12:00:00Z');
const bounds: ScheduleBounds = { minMinutes: 15, defaultMinutes: 60, maxMinutes: 24 * 60, maxBackoffMinutes: 48 * 60, jitter: 0.1 };
const noJitter = { ...bounds, jitter: 0 };
const minutesAfterNow = (date: Date) => (date.getTime() - now.getTime()) / 60_000;

test('success: the default interval when the feed gives no hint', () => {
  assert.equal(minutesAfterNow(nextCheckAfterSuccess({ now, bounds: noJitter })), 60);
});

test('success: ttl, max-age and expires are honoured, the longest winning', () => {
  assert.equal(minutesAfterNow(nextCheckAfterSuccess({ now, bounds: noJitter, ttlMinutes: 180 })), 180);
  assert.equal(minutesAfterNow(nextCheckAfterSuccess({ now, bounds: noJitter, cacheMaxAgeSeconds: 7200 })), 120);
  const expires = new Date(now.getTime() + 90 * 60_000);
  assert.equal(minutesAfterNow(nextCheckAfterSuccess({ now, bounds: noJitter, expires })), 90);
  const all = nextCheckAfterSuccess({ now, bounds: noJitter, ttlMinutes: 30, cacheMaxAgeSeconds: 3000, expires });
  assert.equal(minutesAfterNow(all), 90);
});

test('success: hints are clamped to [min, max]', () => {
  assert.equal(minutesAfterNow(nextCheckAfterSuccess({ now, bounds: noJitter, ttlMinutes: 1 })), 15);
  assert.equal(minutesAfterNow(nextCheckAfterSuccess({ now, bounds: noJitter, cacheMaxAgeSeconds: 0 })), 15);
  assert.equal(minutesAfterNow(nextCheckAfterSuccess({ now, bounds: noJitter, ttlMinutes: 100_000 })), 24 * 60);
  const past = new Date(now.getTime() - 3_600_000);
  assert.equal(minutesAfterNow(nextCheckAfterSuccess({ now, bounds: noJitter, expires: past })), 60, 'a past Expires is no hint');
  assert.equal(minutesAfterNow(nextCheckAfterSuccess({ now, bounds: noJitter, ttlMinutes: Number.NaN })), 60);
});

test('success: jitter only adds, by at most the jitter fraction', () => {
  assert.equal(minutesAfterNow(nextCheckAfterSuccess({ now, bounds, random: () => 0 })), 60);
  assert.equal(minutesAfterNow(nextCheckAfterSuccess({ now, bounds, random: () => 1 })), 66);
  for (let i = 0; i < 200; i++) {
    const minutes = minutesAfterNow(nextCheckAfterSuccess({ now, bounds }));
    assert.ok(minutes >= 60 && minutes <= 66, String(minutes));
  }
  const capped = nextCheckAfterSuccess({ now, bounds, ttlMinutes: 24 * 60, random: () => 1 });
  assert.equal(minutesAfterNow(capped), 24 * 60, 'jitter never passes maxMinutes');
});

test('failure: backoff doubles up to the cap and never stops', () => {
  const after = (consecutiveFailures: number) =>
    minutesAfterNow(nextCheckAfterFailure({ now, consecutiveFailures, bounds: noJitter }));
  assert.deepEqual([1, 2, 3, 4, 5, 6].map(after), [60, 120, 240, 480, 960, 1920]);
  assert.equal(after(7), 48 * 60);
  for (const failures of [8, 50, 1000, 1e9, Number.MAX_SAFE_INTEGER]) assert.equal(after(failures), 48 * 60);
  assert.equal(after(0), 60, 'nonsense counts are treated as a first failure');
  assert.equal(after(-3), 60);
});

test('failure: Retry-After is honoured within maxBackoff', () => {
  const retry = (hours: number) =>
    minutesAfterNow(nextCheckAfterFailure({
      now, consecutiveFailures: 1, bounds: noJitter, retryAfter: new Date(now.getTime() + hours * 3_600_000),
    }));
  assert.equal(retry(5), 300);
  assert.equal(retry(0.25), 60, 'a sooner Retry-After does not shorten the backoff');
  assert.equal(retry(24 * 30), 48 * 60, 'capped at maxBackoffMinutes');
});

test('failure: jitter stays within the fraction and the cap', () => {
  for (let i = 0; i < 200; i++) {
    const minutes = minutesAfterNow(nextCheckAfterFailure({ now, consecutiveFailures: 3, bounds }));
    assert.ok(minutes >= 240 && minutes <= 264, String(minutes));
  }
  const capped = nextCheckAfterFailure({ now, consecutiveFailures: 40, bounds, random: () => 1 });
  assert.equal(minutesAfterNow(capped), 48 * 60);
});
