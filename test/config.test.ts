import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig } from '../src/config.ts';

test('defaults need no editing', () => {
  const c = loadConfig({});
  assert.equal(c.PORT, 3000);
  assert.equal(c.DATABASE_URL, 'file:./data/tidemark.db');
  assert.equal(c.INGEST_CRON, '*/15 * * * *');
  assert.equal(c.DIGEST_CRON, '0 7 * * *');
  assert.equal(c.DIGEST_TIMEZONE, 'Asia/Seoul');
  assert.equal(c.FETCH_ALLOW_PRIVATE_NETWORKS, false);
  assert.equal(c.publicUrl, 'http://localhost:3000');
  assert.ok(Object.isFrozen(c));
});

test('values are parsed and typed', () => {
  const c = loadConfig({ PORT: '8080', FETCH_ALLOW_PRIVATE_NETWORKS: 'true', FETCH_ALLOW_HOSTS: 'a.example, 10.0.0.0/8', PUBLIC_URL: 'https://tidemark.example/' });
  assert.equal(c.PORT, 8080);
  assert.equal(c.FETCH_ALLOW_PRIVATE_NETWORKS, true);
  assert.deepEqual(c.FETCH_ALLOW_HOSTS, ['a.example', '10.0.0.0/8']);
  assert.equal(c.publicUrl, 'https://tidemark.example');
});

test('a wrong value stops start-up with a message naming the variable', () => {
  const cases: Array<[Record<string, string>, RegExp]> = [
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ DIGEST_TIMEZONE: 'Mars/Olympus' }, /DIGEST_TIMEZONE/],
    [{ INGEST_CRON: 'often' }, /INGEST_CRON/],
    [{ FETCH_ALLOW_PRIVATE_NETWORKS: 'maybe' }, /FETCH_ALLOW_PRIVATE_NETWORKS/],
    [{ ADMIN_PASSWORD: 'short' }, /ADMIN_PASSWORD/],
    [{ SMTP_URL: 'http://mail' }, /SMTP_URL/],
  ];
  for (const [env, pattern] of cases) {
    assert.throws(() => loadConfig(env), (err: Error) => err instanceof ConfigError && pattern.test(err.message), JSON.stringify(env));
  }
});

test('secret values never appear in a config error', () => {
  assert.throws(() => loadConfig({ ADMIN_PASSWORD: 'sh0rt', PORT: 'x' }), (err: Error) => !err.message.includes('sh0rt'));
});
