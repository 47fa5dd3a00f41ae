import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHttpDate, parseMaxAge, parseRetryAfter } from '../../src/fetch/retry-after.ts';

const now = new Date('2026-01-01T00:00:00Z');

test('Retry-After as seconds or HTTP-date; junk is null', () => {
  assert.deepEqual(parseRetryAfter('120', now), new Date('2026-01-01T00:02:00Z'));
  assert.deepEqual(parseRetryAfter(' 0 ', now), now);
  assert.deepEqual(parseRetryAfter('Thu, 01 Jan 2026 03:00:00 GMT', now), new Date('2026-01-01T03:00:00Z'));
  for (const junk of [undefined, null, '', '-5', '1.5', 'soon', '12:00']) assert.equal(parseRetryAfter(junk, now), null, String(junk));
});

test('Expires and Cache-Control max-age', () => {
  assert.deepEqual(parseHttpDate('Thu, 01 Jan 2026 01:00:00 GMT'), new Date('2026-01-01T01:00:00Z'));
  assert.equal(parseHttpDate('0'), null);
  assert.equal(parseHttpDate('-1'), null);
  assert.equal(parseMaxAge('public, max-age=600'), 600);
  assert.equal(parseMaxAge('max-age="60", must-revalidate'), 60);
  assert.equal(parseMaxAge('no-cache'), null);
  assert.equal(parseMaxAge('max-age=abc'), null);
  assert.equal(parseMaxAge(undefined), null);
});
