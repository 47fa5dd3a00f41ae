import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { test } from 'node:test';
import { createFetcher, FetchError, type FetchPolicy } from '../../src/fetch/index.ts';
import { testPolicy } from './helpers.ts';

// A child process listens with a backlog of 1 and then blocks its event loop, so it never
// accepts. Once the kernel's accept queue is full, Linux drops further SYNs: a real,
// loopback-only connect that hangs.
const stuckListener = `
const net = require('node:net');
const server = net.createServer();
server.listen({ port: 0, host: '127.0.0.1', backlog: 1 }, () => {
  require('node:fs').writeSync(1, server.address().port + '\\n');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20000);
});`;

async function startStuckListener(): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['-e', stuckListener], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.once('data', (data: Buffer) => resolve(Number(String(data).trim())));
    child.once('error', reject);
  });
  return { child, port };
}

/** Opens connections until one stays pending: from then on the accept queue is full. */
async function fillBacklog(port: number): Promise<net.Socket[]> {
  const sockets: net.Socket[] = [];
  for (let i = 0; i < 8; i++) {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.on('error', () => {});
    sockets.push(socket);
    const connected = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 200);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    if (!connected) return sockets;
  }
  throw new Error('the accept queue never filled up');
}

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
