import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractArticle } from '../../src/articles/extract.ts';

function page(name: string): string {
  return readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');
}

function paragraphs(text: string): string[] {
  return text.split('\n\n');
}

test('JSON-LD NewsArticle in a @graph wins over meta tags', () => {
  const url = 'https://ledger.example/news/harbour-council-approves-tide-barrier?utm_source=rss';
  const a = extractArticle(page('jsonld-newsarticle.html'), { url });
  assert.equal(a.title, 'Harbour council approves new tide barrier');
  assert.equal(a.author, 'Mara Lindqvist, Tomás Ferreira');
  assert.equal(a.outlet, 'The Coastal Ledger');
  assert.equal(a.canonicalUrl, 'https://ledger.example/news/harbour-council-approves-tide-barrier');
  assert.equal(a.language, 'en');
  assert.equal(a.publishedAt?.toISOString(), '2024-03-01T16:45:00.000Z');
  assert.equal(a.modifiedAt?.toISOString(), '2024-03-02T08:10:00.000Z');
  const paras = paragraphs(a.text);
  assert.match(paras[0]!, /^The harbour council voted on Friday evening/);
  assert.match(paras.at(-1)!, /^The council said the final cost would be published/);
  assert.ok(paras.includes('What happens next'));
  assert.ok(paras.includes('Phase one: dredging of the channel, autumn 2025.'));
  assert.ok(!a.text.includes('The Coastal Ledger'), 'site header is not text');
});

test('OpenGraph and <time> only', () => {
  const a = extractArticle(page('opengraph-time.html'), { url: 'https://islandweekly.example/p/481' });
  assert.equal(a.title, 'Ferry timetable changes after pier repairs');
  assert.equal(a.outlet, 'Island Weekly');
  assert.equal(a.author, 'Priya Natarajan');
  assert.equal(a.canonicalUrl, 'https://islandweekly.example/2019/01/01/ferry-timetable');
  assert.equal(a.language, 'en');
  assert.equal(a.publishedAt?.toISOString(), '2023-11-20T11:30:00.000Z', '<time> beats the date in og:url');
  assert.equal(a.modifiedAt, null);
  const paras = paragraphs(a.text);
  assert.match(paras[0]!, /^The morning ferry to the north pier/);
  assert.match(paras.at(-1)!, /^Freight lorries are asked to book a slot/);
  assert.ok(a.text.includes('restore the old timetable on 5 February.'), 'a <time> inside a sentence stays');
  assert.ok(!a.text.includes('Published November'), 'the dateline is not text');
});

test('Korean page', () => {
  const url = 'https://badailbo.example/news/articleView.html?idxno=1234';
  const a = extractArticle(page('korean.html'), { url });
  assert.equal(a.title, '해안 방조제 공사 내년 봄 착공');
  assert.equal(a.outlet, '바다일보');
  assert.equal(a.author, '김하늘 기자');
  assert.equal(a.language, 'ko');
  assert.equal(a.canonicalUrl, url);
  assert.equal(a.publishedAt?.toISOString(), '2024-05-14T00:30:00.000Z');
  assert.equal(a.modifiedAt?.toISOString(), '2024-05-14T02:05:00.000Z');
  assert.deepEqual(paragraphs(a.text), [
    '해양수산부는 14일 남해안 방조제 보강 공사를 내년 3월에 착공한다고 밝혔다. 공사는 약 2년 동안 진행될 예정이다.',
    '정부는 지난해 여름 태풍으로 방조제 일부가 파손된 뒤 정밀 안전진단을 실시했다. 진단 결과 보강이 시급한 구간은 모두 네 곳으로 나타났다.',
    '주민 설명회는 다음 달 2일 군청 대회의실에서 열린다.',
  ]);
});

test('Japanese page: content-language meta, dc.date, title without the outlet', () => {
  const a = extractArticle(page('japanese.html'), { url: 'https://www.minato-shimbun.example/local/8812' });
  assert.equal(a.title, '港の防潮堤、来年度に改修へ');
  assert.equal(a.language, 'ja');
  assert.equal(a.outlet, 'minato-shimbun.example');
  assert.equal(a.publishedAt?.toISOString(), '2024-07-08T14:00:00.000Z');
  assert.match(a.text, /^市は8日、老朽化した港の防潮堤を/);
  assert.ok(a.text.endsWith('市は9月に住民説明会を開く予定だ。'));
  assert.ok(!a.text.includes('アクセスランキング'));
  assert.ok(!a.text.includes('スポーツ'));
});

test('heavy boilerplate: navigation, sharing, related, comments and footer are dropped', () => {
  const url = 'https://valleycourier.example/news/2023/06/03/flood-gates-open-early';
  const a = extractArticle(page('heavy-boilerplate.html'), { url });
  assert.equal(a.title, 'River authority opens flood gates early');
  assert.equal(a.outlet, 'valleycourier.example');
  assert.equal(a.canonicalUrl, null);
  assert.equal(a.language, 'en');
  assert.equal(a.publishedAt?.toISOString(), '2023-06-03T00:00:00.000Z', 'date from the URL');
  const paras = paragraphs(a.text);
  assert.match(paras[0]!, /^(River authority opens flood gates early|The river authority opened)/);
  assert.ok(a.text.includes('The river authority opened the upstream flood gates two days earlier'));
  assert.ok(a.text.includes('posed no risk to the town.'));
  assert.match(paras.at(-1)!, /^Residents can follow the water level/);
  for (const boilerplate of [
    'cookies', 'Sport', 'Share on Facebook', 'Email this story', 'By staff reporter', 'Photo: Valley Courier',
    'Related stories', 'Town council debates', 'Tweet', 'Share this article', '3 comments', 'Finally someone acted',
    'My basement was dry', 'Most read', 'Bakery wins', 'All rights reserved',
  ]) {
    assert.ok(!a.text.includes(boilerplate), `"${boilerplate}" should not be in the text`);
  }
});

test('never throws on garbage and returns empty text when there is none', () => {
  const inputs = ['', '   ', '<<<>>>&&&', '<html>', '<script>var x = 1;</script>', '\u0000\u0001\u0002', '<p>'.repeat(5000),
    '<div>'.repeat(3000) + 'deep', '<script type="application/ld+json">{not json</script>', undefined as unknown as string];
  for (const html of inputs) {
    const a = extractArticle(html, { url: 'not a url' });
    assert.equal(typeof a.text, 'string');
    assert.equal(a.canonicalUrl, null);
  }
  assert.equal(extractArticle('', { url: 'https://x.example/' }).text, '');
  assert.equal(extractArticle('<script>var x = 1;</script>', { url: 'https://x.example/' }).text, '');
  assert.equal(extractArticle('<html>', { url: 'https://x.example/' }).outlet, 'x.example');
});

test('paragraphs written with <br><br> instead of <p> come out as paragraphs', () => {
  const first = '(부산=바다일보) 부산항 신항의 방파제 보강 공사가 이달 말 마무리된다고 항만공사가 밝혔다. 공사는 지난해 4월 시작됐다.';
  const second = '항만공사는 공사 기간 동안 선박 입출항에 큰 지장은 없었다고 설명했다.\n추가 공사 계획은 아직 없다.';
  const html = `<html lang="ko"><body><div id="articleBody" class="article-body">${first}<br><br>${second.replace('\n', '<br>')}<br>\n<br></div></body></html>`;
  const a = extractArticle(html, { url: 'https://badailbo.example/news/1' });
  assert.deepEqual(paragraphs(a.text), [first, second]);
});

test('a single <br> after a source line break stays a line break', () => {
  const html = '<html><body><article class="post"><p>The gates opened at dawn,\n<br>and closed again at noon after the level had fallen well below the summer mark for the whole valley.</p></article></body></html>';
  const a = extractArticle(html, { url: 'https://x.example/' });
  assert.equal(a.text, 'The gates opened at dawn,\nand closed again at noon after the level had fallen well below the summer mark for the whole valley.');
});
