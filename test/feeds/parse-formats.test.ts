import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FeedParseError, parseFeed } from '../../src/feeds/parse.ts';
import { fixture } from './helpers.ts';

test('RSS 2.0: channel and item fields, relative links resolved, text fields plain', async () => {
  const feed = await parseFeed(fixture('euc-kr.rss.xml'), { url: 'http://127.0.0.1/ko/rss' });
  assert.equal(feed.version, '2.0');
  assert.equal(feed.link, 'http://127.0.0.1/ko/');
  assert.equal(feed.description, '북한 미사일 경보 정보 공유에 관한 시험용 피드');
  assert.equal(feed.language, 'ko');
  assert.equal(feed.ttlMinutes, 30);
  const [first] = feed.items;
  assert.ok(first);
  assert.equal(first.guid, 'ko-1');
  assert.equal(first.link, 'http://127.0.0.1/ko/news/1?utm_source=rss', 'resolved against the feed URL, kept as published');
  assert.equal(first.contentHtml, '<p>세 나라가 <b>경보 정보</b>를 실시간으로 주고받는 체계를 시작했다.</p>');
  assert.equal(first.publishedAt?.toISOString(), '2023-12-19T00:00:00.000Z');
  assert.equal(first.updatedAt, null);
});

test('RSS 1.0 (RDF): items outside the channel, rdf:about as guid, dc: fields', async () => {
  const feed = await parseFeed(fixture('rdf.xml'), { url: 'http://127.0.0.1/rdf/feed' });
  assert.equal(feed.format, 'rdf');
  assert.equal(feed.version, '1.0');
  assert.equal(feed.title, 'Warning data sharing (RSS 1.0)');
  assert.equal(feed.language, 'en');
  assert.equal(feed.items.length, 1);
  const item = feed.items[0];
  assert.equal(item?.guid, 'http://127.0.0.1/rdf/1');
  assert.equal(item?.author, 'Test Desk');
  assert.deepEqual(item?.categories, ['exercises']);
  assert.equal(item?.publishedAt?.toISOString(), '2024-06-26T23:00:00.000Z');
  assert.deepEqual(feed.warnings, []);
});

test('Atom 0.3: tagline, issued/modified, escaped and base64 content modes', async () => {
  const feed = await parseFeed(fixture('atom03.xml'), { url: 'http://127.0.0.1/atom03/feed' });
  assert.equal(feed.format, 'atom');
  assert.equal(feed.version, '0.3');
  assert.equal(feed.description, 'An old-format feed');
  const item = feed.items[0];
  assert.equal(item?.title, 'Ministers confirm the link');
  assert.equal(item?.contentHtml, '<p>The link is live.</p>');
  assert.equal(item?.summary, 'The link is live.');
  assert.equal(item?.publishedAt?.toISOString(), '2023-12-19T01:00:00.000Z');
  assert.equal(item?.updatedAt?.toISOString(), '2023-12-19T03:00:00.000Z');
  assert.equal(item?.author, 'Test Writer');
});

test('Atom 1.0: text constructs by type, xhtml div unwrapped, xml:base layered', async () => {
  const xml = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://127.0.0.1/a/">
    <title type="html">Warnings &amp;amp; &lt;b&gt;data&lt;/b&gt;</title>
    <entry xml:base="b/">
      <title type="text">Use &lt;b&gt; for bold</title>
      <link rel="self" href="self"/><link href="entry"/>
      <id>urn:x:1</id>
      <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">See <a href="c">this</a>.</div></content>
      <updated>2023-12-19T00:00:00Z</updated>
    </entry>
  </feed>`;
  const feed = await parseFeed(Buffer.from(xml), { url: 'http://127.0.0.1/feed' });
  assert.equal(feed.title, 'Warnings & data');
  const item = feed.items[0];
  assert.equal(item?.title, 'Use <b> for bold', 'type="text" is literal text');
  assert.equal(item?.link, 'http://127.0.0.1/a/b/entry');
  assert.equal(item?.contentHtml, 'See <a href="http://127.0.0.1/a/b/c">this</a>.');
  assert.equal(item?.summary, 'See this.');
});

test('JSON Feed 1.1: fields, relative URLs, bad items skipped with a warning, bad dates null', async () => {
  const feed = await parseFeed(fixture('feed.json'), { url: 'http://127.0.0.1/json/feed.json', contentType: 'application/feed+json' });
  assert.equal(feed.format, 'json');
  assert.equal(feed.version, '1.1');
  assert.equal(feed.link, 'http://127.0.0.1/json/');
  assert.equal(feed.items.length, 2);
  const [first, second] = feed.items;
  assert.equal(first?.guid, '101');
  assert.equal(first?.link, 'http://127.0.0.1/json/articles/trilateral-link');
  assert.equal(first?.title, 'Seoul, Washington & Tokyo link their warning systems');
  assert.match(first?.contentHtml ?? '', /href="http:\/\/127\.0\.0\.1\/glossary\/link"/);
  assert.equal(first?.author, 'Test Desk');
  assert.deepEqual(first?.categories, ['defence', 'north korea']);
  assert.equal(first?.updatedAt?.toISOString(), '2023-12-18T18:00:00.000Z');
  assert.equal(second?.summary, 'A plain-text item with spacing.');
  assert.equal(second?.publishedAt, null);
  assert.equal(feed.warnings.length, 1);
});

test('JSON that is not a JSON Feed is malformed, with the reason', async () => {
  await assert.rejects(parseFeed(Buffer.from('{"version": 2, "items": []}'), { url: 'http://127.0.0.1/x', contentType: 'application/json' }),
    (e: unknown) => e instanceof FeedParseError && e.code === 'malformed' && /JSON Feed/.test(e.message));
});

test('dates are Date or null, never Invalid Date', async () => {
  const xml = `<rss version="2.0"><channel><item><title>a</title><pubDate>someday soon</pubDate></item>
    <item><title>b</title><pubDate>Thu, 01 Jan 2004 19:48:21 EST</pubDate></item></channel></rss>`;
  const feed = await parseFeed(Buffer.from(xml), { url: 'http://127.0.0.1/' });
  assert.equal(feed.items[0]?.publishedAt, null);
  assert.equal(feed.items[1]?.publishedAt?.toISOString(), '2004-01-02T00:48:21.000Z');
});
