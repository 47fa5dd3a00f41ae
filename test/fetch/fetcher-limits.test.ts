import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { after, before, test } from 'node:test';
import zlib from 'node:zlib';
import { createFetcher, FetchError, type FetchErrorCode } from '../../src/fetch/index.ts';
import { startServer, testPolicy, type TestServer } from './helpers.ts';

const text = 'tidemark '.repeat(2000);
const bomb = zlib.gzipSync(Buffer.alloc(10 * 1024 * 1024));
const timers = new Set<NodeJS.Timeout>();
let server: TestServer;

function trickle(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/plain' });
  const timer = setInterval(() => res.write('.'), 20);
  timers.add(timer);
  res.on('close', () => clearInterval(timer));
}

const routes: Record<string, (res: ServerResponse) => void> = {
  '/gzip': (res) => send(res, zlib.gzipSync(text), 'gzip'),
  '/deflate': (res) => send(res, zlib.deflateSync(text), 'deflate'),
  '/deflate-raw': (res) => send(res, zlib.deflateRawSync(text), 'deflate'),
  '/br': (res) => send(res, zlib.brotliCompressSync(text), 'br'),
  '/bomb': (res) => send(res, bomb, 'gzip'),
  '/bomb-deflate': (res) => send(res, zlib.deflateRawSync(Buffer.alloc(10 * 1024 * 1024)), 'deflate'),
  '/bomb-br': (res) => send(res, zlib.brotliCompressSync(Buffer.alloc(10 * 1024 * 1024)), 'br'),
  '/corrupt-gzip': (res) => send(res, Buffer.from('this is not gzip at all'), 'gzip'),
  '/unknown-encoding': (res) => send(res, Buffer.from('x'), 'compress'),
  '/big-length': (res) => send(res, Buffer.alloc(64 * 1024, 'a')),
  '/big-chunked': (res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    for (let i = 0; i < 64; i++) res.write(Buffer.alloc(1024, 'a'));
    res.end();
  },
  '/short-body': (res) => {
    res.writeHead(200, { 'content-length': '1000' });
    res.write('only a little');
    setTimeout(() => res.socket?.destroy(), 20);
  },
  '/reset': (res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.write('partial');
    setTimeout(() => res.socket?.resetAndDestroy(), 20);
  },
  '/no-headers': () => {
    // Accepts the connection, reads the request, never answers.
  },
  '/trickle': trickle,
};

function send(res: ServerResponse, body: Buffer, encoding?: string): void {
  const headers: Record<string, string | number> = { 'content-length': body.length };
  if (encoding) headers['content-encoding'] = encoding;
  res.writeHead(200, headers);
  res.end(body);
}

before(async () => {
  server = await startServer((req, res) => routes[req.url ?? '']?.(res));
});
after(async () => {
  for (const timer of timers) clearInterval(timer);
  await server.close();
});

async function failsWith(code: FetchErrorCode, path: string, policy = testPolicy()): Promise<FetchError> {
  const err = await createFetcher(policy)({ url: `${server.url}${path}` }).then(
    () => assert.fail(`expected ${code} for ${path}`),
    (e: unknown) => e,
  );
  assert.ok(err instanceof FetchError, `expected FetchError, got ${String(err)}`);
  assert.equal(err.code, code, `${path}: ${err.message}`);
  return err;
}

test('gzip, deflate (zlib and raw) and brotli bodies are decoded', async () => {
  const fetchUrl = createFetcher(testPolicy());
  for (const path of ['/gzip', '/deflate', '/deflate-raw', '/br']) {
    const result = await fetchUrl({ url: `${server.url}${path}` });
    assert.equal(result.body.toString(), text, path);
  }
});

test('compression bombs stop at maxBytes of decoded data', async () => {
  const policy = testPolicy({ maxBytes: 1024 * 1024 });
  const before = process.memoryUsage().rss;
  await failsWith('too_large', '/bomb', policy);
  await failsWith('too_large', '/bomb-br', policy);
  await failsWith('too_large', '/bomb-deflate', policy);
  // The 10 MiB were never held at once; allow slack for the allocator.
  assert.ok(process.memoryUsage().rss - before < 40 * 1024 * 1024);
});

test('oversized bodies are refused with and without Content-Length', async () => {
  const policy = testPolicy({ maxBytes: 16 * 1024 });
  await failsWith('too_large', '/big-length', policy);
  await failsWith('too_large', '/big-chunked', policy);
  const fits = await createFetcher(testPolicy({ maxBytes: 64 * 1024 }))({ url: `${server.url}/big-chunked` });
  assert.equal(fits.body.length, 64 * 1024);
});

test('corrupt or unknown encodings are bad_encoding', async () => {
  await failsWith('bad_encoding', '/corrupt-gzip');
  await failsWith('bad_encoding', '/unknown-encoding');
});

test('a body shorter than its Content-Length, or a reset, is a connection error', async () => {
  await failsWith('connection', '/short-body');
  await failsWith('connection', '/reset');
});

test('a server that never answers hits the total timeout', async () => {
  const started = Date.now();
  await failsWith('timeout', '/no-headers', testPolicy({ totalTimeoutMs: 200 }));
  assert.ok(Date.now() - started < 2000);
});

test('a slow trickle body is cut at the total timeout', async () => {
  const started = Date.now();
  await failsWith('timeout', '/trickle', testPolicy({ totalTimeoutMs: 300 }));
  const elapsed = Date.now() - started;
  assert.ok(elapsed >= 250 && elapsed < 2000, `took ${elapsed} ms`);
});

test('a refused connection is a connection error', async () => {
  const closed = await startServer(() => {});
  await closed.close();
  const err = await createFetcher(testPolicy())({ url: `${closed.url}/` }).catch((e: unknown) => e);
  assert.ok(err instanceof FetchError);
  assert.equal(err.code, 'connection');
});

test('an abort through req.signal rejects with the reason of the signal', async () => {
  const controller = new AbortController();
  const pending = createFetcher(testPolicy())({ url: `${server.url}/trickle`, signal: controller.signal });
  setTimeout(() => controller.abort(new Error('shutting down')), 50);
  await assert.rejects(pending, /shutting down/);
});
