import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createFetcher, FetchError, type FetchErrorCode, type FetchRequest } from '../../src/fetch/index.ts';
import { startServer, testPolicy, type TestServer } from './helpers.ts';

let server: TestServer;
const redirects: Record<string, [number, string]> = {
  '/loop-a': [302, '/loop-b'],
  '/loop-b': [302, '/loop-a'],
  '/self': [307, '/self#again'],
  '/perm-1': [301, 'perm-2'], // relative Location
  '/perm-2': [308, '/final?from=perm'],
  '/mixed-1': [301, '/mixed-2'],
  '/mixed-2': [302, '/final'],
  '/temp': [302, '/final'],
  '/see-other': [303, '/final'],
  '/to-ftp': [301, 'ftp://127.0.0.1/feed'],
};

before(async () => {
  server = await startServer((req, res) => {
    const path = req.url ?? '/';
    const chain = /^\/chain\/(\d+)$/.exec(path);
    // /chain/0 → /chain/1 → /chain/2 → /chain/3, which answers 200: three hops.
    if (chain && Number(chain[1]) < 3) {
      res.writeHead(302, { location: `/chain/${Number(chain[1]) + 1}` });
      return res.end();
    }
    const redirect = redirects[path];
    if (redirect) {
      res.writeHead(redirect[0], { location: redirect[1] });
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(`final ${path}`);
  });
});
after(() => server.close());

async function failsWith(code: FetchErrorCode, req: FetchRequest, maxRedirects = 5): Promise<FetchError> {
  const err = await createFetcher(testPolicy({ maxRedirects }))(req).then(
    () => assert.fail(`expected ${code}`),
    (e: unknown) => e,
  );
  assert.ok(err instanceof FetchError, String(err));
  assert.equal(err.code, code, err.message);
  return err;
}

test('a redirect loop is detected', async () => {
  const err = await failsWith('redirect_loop', { url: `${server.url}/loop-a` }, 10);
  assert.equal(err.url, `${server.url}/loop-a`);
  await failsWith('redirect_loop', { url: `${server.url}/self` }, 10);
});

test('more than maxRedirects hops is too_many_redirects; exactly maxRedirects is fine', async () => {
  await failsWith('too_many_redirects', { url: `${server.url}/chain/0` }, 2);
  const ok = await createFetcher(testPolicy({ maxRedirects: 3 }))({ url: `${server.url}/chain/0` });
  assert.equal(ok.body.toString(), 'final /chain/3');
  assert.equal(ok.permanentRedirect, null);
});

test('a chain of 301/308 sets permanentRedirect to the final URL, resolving relative Locations', async () => {
  const result = await createFetcher(testPolicy())({ url: `${server.url}/perm-1` });
  assert.equal(result.status, 200);
  assert.equal(result.url, `${server.url}/final?from=perm`);
  assert.equal(result.permanentRedirect, `${server.url}/final?from=perm`);
});

test('a 302 or 303 anywhere in the chain leaves permanentRedirect null', async () => {
  const fetchUrl = createFetcher(testPolicy());
  for (const path of ['/temp', '/see-other', '/mixed-1']) {
    const result = await fetchUrl({ url: `${server.url}${path}` });
    assert.equal(result.url, `${server.url}/final`, path);
    assert.equal(result.permanentRedirect, null, path);
  }
});

test('a redirect to a non-http scheme is invalid_url', async () => {
  await failsWith('invalid_url', { url: `${server.url}/to-ftp` });
});
