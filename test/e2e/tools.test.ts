// `tidemark extract` and `tidemark parse-feed`: the ingestion code on a file or a local URL, printed as JSON.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { serveFixtures, type FixtureServer } from '../../src/demo/fixture-server.ts';
import { repoRoot, runCli } from '../support/spawn.ts';

let server: FixtureServer;
before(async () => {
  server = await serveFixtures(join(repoRoot, 'test/fixtures'));
});
after(() => server.close());

test('extract FILE prints the article', async () => {
  const r = await runCli(['extract', 'test/fixtures/pages/korean.html', '--url', 'https://badaily.example/news/1'], {});
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assert.match(a.title, /해안 방조제/);
  assert.equal(a.language, 'ko');
  assert.ok(a.text.length > 100);
});

test('parse-feed FILE decodes EUC-KR into Korean', async () => {
  const r = await runCli(['parse-feed', 'test/fixtures/feeds/euc-kr.rss.xml'], {});
  assert.equal(r.code, 0, r.stderr);
  const feed = JSON.parse(r.stdout);
  assert.equal(feed.title, '한미일 미사일 경보 정보 공유 소식');
  assert.match(feed.charset, /euc-?kr|cp949/i);
  assert.ok(feed.items.length > 0);
});

test('URLs go through the fetcher and its private-network guard', async () => {
  const url = `${server.url}/feeds/shift-jis.atom.xml`;
  const refused = await runCli(['parse-feed', url], {});
  assert.notEqual(refused.code, 0);
  assert.match(refused.stderr, /not public.*FETCH_ALLOW_PRIVATE_NETWORKS/);

  const allowed = await runCli(['parse-feed', url], { FETCH_ALLOW_PRIVATE_NETWORKS: 'true' });
  assert.equal(allowed.code, 0, allowed.stderr);
  assert.match(JSON.parse(allowed.stdout).title, /[\u3040-\u30ff\u4e00-\u9fff]/);

  const page = await runCli(['extract', `${server.url}/pages/jsonld-newsarticle.html`], { FETCH_ALLOW_PRIVATE_NETWORKS: 'true' });
  assert.equal(page.code, 0, page.stderr);
  assert.match(JSON.parse(page.stdout).title, /tide barrier/);
});
