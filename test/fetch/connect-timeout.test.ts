import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createFetcher, FetchError, type FetchPolicy } from '../../src/fetch/index.ts';
import { fillBacklog, startStuckListener } from '../support/stuck-listener.ts';
import { testPolicy } from './helpers.ts';

function expectConnectTimeout(policy: FetchPolicy, url: string): Promise<void> {
  return createFetcher(policy)({ url }).then(
    () => assert.fail('expected connect_timeout'),
    (err: unknown) => {
      assert.ok(err instanceof FetchError, String(err));
      assert.equal(err.code, 'connect_timeout', err.message);
    },
  );
}

test('a TCP connect that never completes hits connectTimeoutMs', { skip: process.platform !== 'linux' }, async () => {
  const { child, port } = await startStuckListener();
  const sockets = await fillBacklog(port);
  try {
    const started = Date.now();
    await expectConnectTimeout(testPolicy({ connectTimeoutMs: 200, totalTimeoutMs: 5000 }), `http://127.0.0.1:${port}/`);
    const elapsed = Date.now() - started;
    assert.ok(elapsed >= 150 && elapsed < 2000, `took ${elapsed} ms`);
  } finally {
    for (const socket of sockets) socket.destroy();
    child.kill();
  }
});

test('a DNS lookup that never answers counts against connectTimeoutMs', async () => {
  const lookup = (() => {}) as unknown as FetchPolicy['lookup'];
  const policy = testPolicy({ connectTimeoutMs: 100, totalTimeoutMs: 5000, lookup });
  await expectConnectTimeout(policy, 'http://feeds.example.test/');
});
