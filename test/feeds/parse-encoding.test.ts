import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { parseFeed } from '../../src/feeds/parse.ts';
import { fixture, withoutDeclaredEncoding } from './helpers.ts';

const KO_TITLE = '한미일, 북한 미사일 경보 정보 실시간 공유 체계 가동';
const JA_TITLE = '日米韓、北朝鮮ミサイル警戒データのリアルタイム共有を開始';

function assertKorean(feed: Awaited<ReturnType<typeof parseFeed>>): void {
  assert.equal(feed.charset, 'euc-kr');
  assert.equal(feed.format, 'rss');
  assert.equal(feed.title, '한미일 미사일 경보 정보 공유 소식');
  assert.equal(feed.items[0]?.title, KO_TITLE);
  assert.equal(feed.items[0]?.summary, '세 나라가 경보 정보를 실시간으로 주고받는 체계를 시작했다.');
  assert.equal(feed.items[0]?.author, '시험 기자');
  assert.deepEqual(feed.items[0]?.categories, ['국방']);
  assert.equal(feed.items[1]?.title, '국방부 "3국 경보 정보 공유 정상 작동" & 추가 훈련 예고');
  assert.deepEqual(feed.warnings, []);
}

function assertJapanese(feed: Awaited<ReturnType<typeof parseFeed>>): void {
  assert.equal(feed.charset, 'shift_jis');
  assert.equal(feed.format, 'atom');
  assert.equal(feed.title, '日米韓ミサイル警戒情報共有ニュース');
  assert.equal(feed.language, 'ja');
  assert.equal(feed.items[0]?.title, JA_TITLE);
  // ① exists only in the Windows (cp932) extension of Shift_JIS that Japanese sites actually use.
  assert.equal(feed.items[0]?.summary, '三か国が警戒データを即時に共有する仕組みが動き始めた。①探知 ②共有');
  assert.equal(feed.items[0]?.author, '試験編集部', 'inherits the feed author');
  assert.equal(feed.items[1]?.title, '防衛省「共有システムは正常に稼働」');
  assert.deepEqual(feed.warnings, []);
}

test('EUC-KR RSS: charset named only in the XML declaration', async () => {
  assertKorean(await parseFeed(fixture('euc-kr.rss.xml'), { url: 'http://127.0.0.1/ko/rss', contentType: 'application/rss+xml' }));
});

test('EUC-KR RSS: charset named only in the HTTP header (and under an alias)', async () => {
  const body = withoutDeclaredEncoding(fixture('euc-kr.rss.xml'));
  assertKorean(await parseFeed(body, { url: 'http://127.0.0.1/ko/rss', contentType: 'text/xml; charset=EUC-KR' }));
  assertKorean(await parseFeed(body, { url: 'http://127.0.0.1/ko/rss', contentType: 'text/xml; charset="ks_c_5601-1987"' }));
});

test('EUC-KR RSS: no charset anywhere is recognised from the bytes, with a warning', async () => {
  const feed = await parseFeed(withoutDeclaredEncoding(fixture('euc-kr.rss.xml')), { url: 'http://127.0.0.1/ko/rss' });
  assert.equal(feed.charset, 'euc-kr');
  assert.equal(feed.items[0]?.title, KO_TITLE);
  assert.match(feed.warnings.join(), /no charset declared/);
});

test('Shift_JIS Atom: charset named only in the XML declaration', async () => {
  assertJapanese(await parseFeed(fixture('shift-jis.atom.xml'), { url: 'http://127.0.0.1/ja/atom', contentType: 'application/atom+xml' }));
});

test('Shift_JIS Atom: charset named only in the HTTP header (x-sjis alias)', async () => {
  const body = withoutDeclaredEncoding(fixture('shift-jis.atom.xml'));
  assertJapanese(await parseFeed(body, { url: 'http://127.0.0.1/ja/atom', contentType: 'application/atom+xml; charset=Shift_JIS' }));
  assertJapanese(await parseFeed(body, { url: 'http://127.0.0.1/ja/atom', contentType: 'application/atom+xml;charset=x-sjis' }));
});

test('Shift_JIS Atom: links resolve against xml:base', async () => {
  const feed = await parseFeed(fixture('shift-jis.atom.xml'), { url: 'http://127.0.0.1/ja/atom' });
  assert.equal(feed.link, 'http://127.0.0.1/ja/');
  assert.equal(feed.items[0]?.link, 'http://127.0.0.1/ja/news/1');
  assert.match(feed.items[0]?.contentHtml ?? '', /href="http:\/\/127\.0\.0\.1\/ja\/detail\/1"/);
  assert.equal(feed.items[0]?.publishedAt?.toISOString(), '2023-12-19T01:00:00.000Z');
  assert.equal(feed.items[1]?.publishedAt, null);
  assert.equal(feed.items[1]?.updatedAt?.toISOString(), '2023-12-20T00:15:00.000Z');
});

// End to end over HTTP: the bytes and the Content-Type header as a fetcher would hand them over.
let server: Server;
let origin = '';

before(async () => {
  server = createServer((req, res) => {
    const name = req.url === '/ko' ? 'euc-kr.rss.xml' : 'shift-jis.atom.xml';
    const body = withoutDeclaredEncoding(fixture(name));
    res.writeHead(200, { 'content-type': req.url === '/ko' ? 'application/rss+xml; charset=euc-kr' : 'application/atom+xml; charset=shift_jis' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('feeds served from 127.0.0.1 decode with the header charset', async () => {
  for (const [path, check] of [['/ko', assertKorean], ['/ja', assertJapanese]] as const) {
    const res = await fetch(origin + path);
    const body = Buffer.from(await res.arrayBuffer());
    check(await parseFeed(body, { url: origin + path, contentType: res.headers.get('content-type') }));
  }
});
