// Feed faults against a real local server, all in one ingest run: each broken feed records a clear error and
// the right next check; the good feeds are still ingested; the run ends in bounded time; the process stays healthy.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import iconv from 'iconv-lite';
import { pingDb } from '../../src/db.ts';
import { addFeed, feedsOf } from '../../src/feeds/service.ts';
import { ingest } from '../../src/ingest/service.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { fillBacklog, startStuckListener } from '../support/stuck-listener.ts';

const NOW = new Date('2026-01-01T00:00:00Z');
const minutes = (d: string) => (new Date(d).getTime() - NOW.getTime()) / 60_000;

const rss = (title: string, items: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title><link>http://127.0.0.1/</link>${items.join('')}</channel></rss>`;
const item = (n: number) =>
  `<item><title>Allies test missile warning data link ${n}</title><link>/page-${n}.html</link><guid>item-${n}</guid><description>South Korea, the US and Japan tested real-time missile warning data sharing on Dec. ${n}, 2025.</description></item>`;
const page = (n: number) =>
  `<html><head><title>Missile warning data link ${n}</title></head><body><article><h1>Missile warning data link ${n}</h1><p>South Korea, the United States and Japan tested their trilateral missile warning data sharing system on Dec. ${n}, 2025, officials said in a statement issued in Seoul.</p><p>The real-time sharing of missile warning data has run since December 2023.</p></article></body></html>`;

const bomb = gzipSync(Buffer.alloc(40 * 1024 * 1024));
const eucKr = iconv.encode(rss('한미일 미사일 경보정보 공유', [item(3)]).replace('UTF-8', 'EUC-KR'), 'euc-kr');
const truncated = rss('Cut short', [item(4), item(5)]).slice(0, -60);

function handler(req: http.IncomingMessage, res: http.ServerResponse): void {
  const path = req.url ?? '/';
  const pageMatch = /^\/page-(\d+)\.html$/.exec(path);
  if (pageMatch) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(Number(pageMatch[1])));
  switch (path) {
    case '/ok.xml':
      return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Good feed', [item(1), item(2)]));
    case '/500.xml':
      return void res.writeHead(500).end('oops');
    case '/404.xml':
      return void res.writeHead(404).end('no');
    case '/410.xml':
      return void res.writeHead(410).end('gone');
    case '/429.xml':
      return void res.writeHead(429, { 'retry-after': '7200' }).end();
    case '/503.xml':
      return void res.writeHead(503, { 'retry-after': new Date(NOW.getTime() + 3 * 3600_000).toUTCString() }).end();
    case '/trickle.xml': {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const timer = setInterval(() => res.write(' '), 200);
      res.on('close', () => clearInterval(timer));
      return;
    }
    case '/huge.xml':
      return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Huge', [`<item><title>${'x'.repeat(3 * 1024 * 1024)}</title></item>`]));
    case '/bomb.xml':
      return void res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(bomb);
    case '/loop-a.xml':
      return void res.writeHead(302, { location: '/loop-b.xml' }).end();
    case '/loop-b.xml':
      return void res.writeHead(302, { location: '/loop-a.xml' }).end();
    case '/to-private.xml':
      return void res.writeHead(302, { location: 'http://10.1.2.3/feed.xml' }).end();
    case '/wrong-charset.xml':
      return void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(eucKr);
    case '/truncated.xml':
      return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(truncated);
    case '/html.xml':
      return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><p>Not a feed at all.</p></body></html>');
    default:
      res.writeHead(404).end();
  }
}

let t: TestContext;
let server: http.Server;
let base: string;
let stuck: Awaited<ReturnType<typeof startStuckListener>> | undefined;
let stuckSockets: import('node:net').Socket[] = [];

before(async () => {
  server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t = await createTestContext({
    now: NOW.toISOString(),
    env: {
      // Private networks stay closed: only the test server's address is opened.
      FETCH_ALLOW_PRIVATE_NETWORKS: 'false',
      FETCH_ALLOW_HOSTS: '127.0.0.1',
      FETCH_TIMEOUT_MS: '2000',
      FETCH_CONNECT_TIMEOUT_MS: '1000',
      FETCH_MAX_BYTES: String(1024 * 1024),
      FETCH_PER_HOST: '8',
    },
  });
  if (process.platform === 'linux') {
    stuck = await startStuckListener();
    stuckSockets = await fillBacklog(stuck.port);
  }
});
after(async () => {
  for (const s of stuckSockets) s.destroy();
  stuck?.child.kill();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t.close();
});

test('every fault is recorded on its own feed while the good feeds are ingested', async () => {
  const names = ['ok', '500', '404', '410', '429', '503', 'trickle', 'huge', 'bomb', 'loop-a', 'to-private', 'wrong-charset', 'truncated', 'html'];
  for (const n of names) await addFeed(t.ctx, { url: `${base}/${n}.xml`, topic: 'kr-us-jp-missile-warning' });
  if (stuck) await addFeed(t.ctx, { url: `http://127.0.0.1:${stuck.port}/feed.xml`, topic: 'kr-us-jp-missile-warning' });

  const started = Date.now();
  const run = await ingest(t.ctx, { trigger: 'cli' });
  const elapsed = Date.now() - started;
  assert.ok(elapsed < 30_000, `the run took ${elapsed} ms`);
  assert.equal(run.status, 'partial');

  const feeds = Object.fromEntries((await feedsOf(t.ctx)).map((f) => [new URL(f.url).pathname.slice(1).replace('.xml', ''), f]));
  const failed = (name: string, code: string, status?: number) => {
    const f = feeds[name]!;
    assert.equal(f.lastStatus, 'error', name);
    assert.equal(f.lastErrorCode, code, `${name}: ${f.lastError}`);
    assert.ok(f.lastError && f.lastError.length > 5, `${name} has a clear message`);
    if (status) assert.equal(f.lastHttpStatus, status, name);
    assert.equal(f.consecutiveFailures, 1, name);
    return f;
  };

  for (const [name, status] of [['500', 500], ['404', 404]] as const) {
    const f = failed(name, 'http_status', status);
    assert.equal(f.enabled, true);
    assert.ok(minutes(f.nextCheckAt) >= 10 && minutes(f.nextCheckAt) <= 60, `${name} backs off: ${f.nextCheckAt}`);
  }
  const gone = failed('410', 'http_status', 410);
  assert.equal(gone.enabled, false);
  assert.match(gone.disabledReason ?? '', /410/);
  assert.ok(minutes(failed('429', 'http_status', 429).nextCheckAt) >= 120, 'Retry-After in seconds honoured');
  assert.ok(minutes(failed('503', 'http_status', 503).nextCheckAt) >= 180, 'Retry-After as a date honoured');
  failed('trickle', 'timeout');
  failed('huge', 'too_large');
  failed('bomb', 'too_large');
  assert.match(failed('loop-a', feeds['loop-a']!.lastErrorCode!).lastErrorCode!, /redirect_loop|too_many_redirects/);
  failed('to-private', 'blocked_address');
  failed('html', 'not_a_feed');
  if (stuck) failed(`feed`, 'connect_timeout');

  // Recoverable feeds are read: the mislabelled EUC-KR one in correct Korean, the truncated one up to its cut.
  assert.equal(feeds.ok!.lastStatus, 'ok');
  assert.equal(feeds['wrong-charset']!.lastStatus, 'ok');
  assert.equal(feeds['wrong-charset']!.title, '한미일 미사일 경보정보 공유');
  assert.equal(feeds.truncated!.lastStatus, 'ok');
  assert.ok(run.counts.articles! >= 4, `articles stored: ${run.counts.articles}`);

  await pingDb(t.ctx.db); // the database and the process are still fine
});
