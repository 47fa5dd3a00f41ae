import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import { createFetcher, FetchError, pageAccept, type FetchErrorCode } from '../../src/fetch/index.ts';
import { startServer, testPolicy, type TestServer } from './helpers.ts';

const feed = '<rss><channel><title>t</title></channel></rss>';
const fixedNow = new Date('2026-01-01T00:00:00Z');
const clock = { now: () => fixedNow };
const seenHeaders: Record<string, string | undefined>[] = [];
let server: TestServer;

before(async () => {
  server = await startServer((req, res) => {
    seenHeaders.push({ ua: req.headers['user-agent'], accept: req.headers.accept, inm: req.headers['if-none-match'],
      ims: req.headers['if-modified-since'] });
    const path = req.url ?? '/';
    if (path === '/feed') {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' });
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"',
        'last-modified': 'Wed, 31 Dec 2025 10:00:00 GMT', 'cache-control': 'public, max-age=900',
        expires: 'Thu, 01 Jan 2026 01:00:00 GMT' });
      return res.end(feed);
    }
    const status = Number(path.slice(1).split('-')[0]);
    const headers: Record<string, string> = {};
    if (path === '/429-seconds') headers['retry-after'] = '120';
    if (path === '/503-date') headers['retry-after'] = 'Thu, 01 Jan 2026 02:00:00 GMT';
    res.writeHead(status, headers);
    res.end('error page');
  });
});
after(() => server.close());

test('200 with validators, then 304 on the conditional request', async () => {
  const fetchUrl = createFetcher(testPolicy({ userAgent: 'TidemarkTest/1' }), clock);
  const first = await fetchUrl({ url: `${server.url}/feed` });
  assert.equal(first.status, 200);
  assert.equal(first.notModified, false);
  assert.equal(first.body.toString(), feed);
  assert.equal(first.bodyHash, createHash('sha256').update(feed).digest('hex'));
  assert.equal(first.etag, '"v1"');
  assert.equal(first.lastModified, 'Wed, 31 Dec 2025 10:00:00 GMT');
  assert.equal(first.contentType, 'application/rss+xml');
  assert.equal(first.cacheMaxAgeSeconds, 900);
  assert.deepEqual(first.expires, new Date('2026-01-01T01:00:00Z'));
  assert.equal(first.permanentRedirect, null);
  assert.equal(first.url, `${server.url}/feed`);

  const second = await fetchUrl({ url: `${server.url}/feed`, etag: first.etag, lastModified: first.lastModified });
  assert.equal(second.status, 304);
  assert.equal(second.notModified, true);
  assert.equal(second.body.length, 0);
  assert.equal(second.bodyHash, null);
  assert.equal(second.etag, '"v1"');
  assert.equal(second.lastModified, 'Wed, 31 Dec 2025 10:00:00 GMT', 'kept from the request when the 304 omits it');

  const sent = seenHeaders.slice(-2);
  assert.equal(sent[0]?.ua, 'TidemarkTest/1');
  assert.match(sent[0]?.accept ?? '', /application\/rss\+xml/);
  assert.equal(sent[0]?.inm, undefined);
  assert.equal(sent[1]?.inm, '"v1"');
  assert.equal(sent[1]?.ims, 'Wed, 31 Dec 2025 10:00:00 GMT');
});

async function rejection(promise: Promise<unknown>): Promise<FetchError> {
  const err = await promise.then(() => assert.fail('expected a FetchError'), (e: unknown) => e);
  assert.ok(err instanceof FetchError, `expected FetchError, got ${String(err)}`);
  return err;
}

test('HTTP errors throw FetchError with the status', async () => {
  const fetchUrl = createFetcher(testPolicy(), clock);
  for (const status of [500, 404, 410]) {
    const err = await rejection(fetchUrl({ url: `${server.url}/${status}` }));
    assert.equal(err.code satisfies FetchErrorCode, 'http_status');
    assert.equal(err.status, status);
    assert.equal(err.retryAfter, null);
    assert.equal(err.url, `${server.url}/${status}`);
  }
});

test('429 and 503 carry Retry-After as seconds or HTTP-date', async () => {
  const fetchUrl = createFetcher(testPolicy(), clock);
  const tooMany = await rejection(fetchUrl({ url: `${server.url}/429-seconds` }));
  assert.equal(tooMany.status, 429);
  assert.deepEqual(tooMany.retryAfter, new Date('2026-01-01T00:02:00Z'));
  const unavailable = await rejection(fetchUrl({ url: `${server.url}/503-date` }));
  assert.equal(unavailable.status, 503);
  assert.deepEqual(unavailable.retryAfter, new Date('2026-01-01T02:00:00Z'));
});

test('only http and https URLs are fetched', async () => {
  const fetchUrl = createFetcher(testPolicy(), clock);
  for (const url of ['ftp://127.0.0.1/feed', 'file:///etc/passwd', 'not a url', 'javascript:alert(1)']) {
    const err = await rejection(fetchUrl({ url }));
    assert.equal(err.code, 'invalid_url', url);
  }
});

test('callers can ask for HTML instead of feeds', async () => {
  await createFetcher(testPolicy(), clock)({ url: `${server.url}/feed`, accept: pageAccept });
  assert.equal(seenHeaders.at(-1)?.accept, pageAccept);
});
