// The REST API over a real HTTP server and a real database: auth, validation, 404s, no 500 for bad input.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { authHeaders, createTestContext, readJson, startApp, type TestContext, type TestServer } from '../support/context.ts';

let t: TestContext;
let app: TestServer;

before(async () => {
  t = await createTestContext();
  app = await startApp(t.ctx);
});
after(async () => {
  await app.close();
  await t.close();
});

const get = (path: string) => fetch(`${app.url}${path}`);
const send = (method: string, path: string, body: unknown, headers: Record<string, string> = authHeaders) =>
  fetch(`${app.url}${path}`, { method, headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('read API', () => {
  test('healthz answers', async () => {
    const res = await get('/healthz');
    assert.equal(res.status, 200);
    assert.equal((await readJson(res)).status, 'ok');
  });

  test('topics lists the shipped topic', async () => {
    const body = await readJson(await get('/api/topics'));
    assert.deepEqual(body.topics.map((x: { slug: string }) => x.slug), ['kr-us-jp-missile-warning']);
  });

  test('timeline of an unknown topic is 404 with an error body', async () => {
    const res = await get('/api/topics/no-such-topic/timeline');
    assert.equal(res.status, 404);
    assert.equal((await readJson(res)).error.code, 'not_found');
  });

  test('bad query parameters are 400 naming the field', async () => {
    for (const path of ['/api/articles?limit=0', '/api/articles?limit=abc', '/api/articles?since=yesterday', '/api/articles?topic=Bad%20Slug', '/api/milestones/abc', '/api/feeds/-1', '/api/feeds/2147483648', '/api/milestones/2147483648', '/api/articles?cursor=99999999999', '/api/topics/kr-us-jp-missile-warning/timeline?top=0']) {
      const res = await get(path);
      assert.equal(res.status, 400, path);
      const body = await readJson(res);
      assert.equal(body.error.code, 'validation_failed', path);
      assert.match(body.error.message, /\w+/);
    }
  });

  test('unknown routes are 404 JSON', async () => {
    const res = await get('/api/nothing-here');
    assert.equal(res.status, 404);
    assert.equal((await readJson(res)).error.code, 'not_found');
  });

  test('articles search returns an empty page', async () => {
    const body = await readJson(await get('/api/articles?topic=kr-us-jp-missile-warning&q=missile&limit=5'));
    assert.deepEqual(body, { articles: [], nextCursor: null });
  });
});

describe('feeds API', () => {
  test('writes need the bearer token', async () => {
    const noAuth = await send('POST', '/api/feeds', { url: 'http://127.0.0.1:9/feed.xml', topic: 'kr-us-jp-missile-warning' }, { 'content-type': 'application/json' });
    assert.equal(noAuth.status, 401);
    const wrong = await send('POST', '/api/feeds', {}, { authorization: 'Bearer wrong-token-wrong-token', 'content-type': 'application/json' });
    assert.equal(wrong.status, 401);
    assert.equal((await readJson(wrong)).error.code, 'unauthorized');
  });

  test('create, read, patch, delete', async () => {
    const created = await send('POST', '/api/feeds', { url: 'http://127.0.0.1:9/feed.xml', topic: 'kr-us-jp-missile-warning' });
    assert.equal(created.status, 201);
    const { feed } = await readJson(created);
    assert.equal(feed.url, 'http://127.0.0.1:9/feed.xml');
    assert.equal(feed.enabled, true);
    assert.equal('etag' in feed, false, 'validators are not exposed');

    const dup = await send('POST', '/api/feeds', { url: 'http://127.0.0.1:9/feed.xml', topic: 'kr-us-jp-missile-warning' });
    assert.equal(dup.status, 409);

    const patched = await send('PATCH', `/api/feeds/${feed.id}`, { enabled: false });
    assert.equal((await readJson(patched)).feed.enabled, false);

    const listed = await readJson(await get('/api/feeds?topic=kr-us-jp-missile-warning'));
    assert.ok(listed.feeds.some((f: { id: number }) => f.id === feed.id));

    assert.equal((await send('DELETE', `/api/feeds/${feed.id}`, '')).status, 204);
    assert.equal((await get(`/api/feeds/${feed.id}`)).status, 404);
  });

  test('invalid bodies are 400, never 500', async () => {
    const cases: unknown[] = ['{not json', { url: 'ftp://x/feed', topic: 'kr-us-jp-missile-warning' }, { url: 'http://x/f' }, { url: 42, topic: [] }, [], 'null'];
    for (const body of cases) {
      const res = await send('POST', '/api/feeds', body);
      assert.ok(res.status === 400, `${JSON.stringify(body)} → ${res.status}`);
      assert.ok((await readJson(res)).error.code);
    }
    const unknownTopic = await send('POST', '/api/feeds', { url: 'http://127.0.0.1:9/a.xml', topic: 'nope' });
    assert.equal(unknownTopic.status, 404);
    const badPatch = await send('PATCH', '/api/feeds/1', { enabled: 'yes' });
    assert.equal(badPatch.status, 400);
  });
});

describe('topics API', () => {
  test('a new topic by its terms', async () => {
    const res = await send('POST', '/api/topics', { slug: 'gsomia', name: 'GSOMIA', terms: 'GSOMIA, intelligence pact' });
    assert.equal(res.status, 201);
    assert.deepEqual((await readJson(res)).topic.terms, ['GSOMIA', 'intelligence pact']);
    const again = await send('POST', '/api/topics', { slug: 'gsomia', name: 'x', terms: ['x'] });
    assert.equal(again.status, 409);
  });
});
