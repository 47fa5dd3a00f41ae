import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromUrl, parseDate } from '../../src/articles/extract-dates.ts';
import { primaryLanguage } from '../../src/articles/extract-meta.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

test('parseDate reads ISO 8601 and its common variants', () => {
  assert.equal(iso(parseDate('2023-06-03T10:15:00+09:00')), '2023-06-03T01:15:00.000Z');
  assert.equal(iso(parseDate('2023-06-03T10:15:00.123Z')), '2023-06-03T10:15:00.000Z');
  assert.equal(iso(parseDate('2023-06-03 10:15')), '2023-06-03T10:15:00.000Z', 'no zone is UTC');
  assert.equal(iso(parseDate('2023-06-03T10:15:00-0500')), '2023-06-03T15:15:00.000Z');
  assert.equal(iso(parseDate('2023.06.03')), '2023-06-03T00:00:00.000Z');
  assert.equal(iso(parseDate('20230603')), '2023-06-03T00:00:00.000Z');
  assert.equal(iso(parseDate('Sat, 03 Jun 2023 10:15:00 GMT')), '2023-06-03T10:15:00.000Z');
  assert.equal(iso(parseDate('1685787300')), '2023-06-03T10:15:00.000Z');
});

test('parseDate refuses what is not a date', () => {
  for (const raw of ['', '   ', 'yesterday', '2023-02-30', '2023-13-01', '0001-01-01', '12345', null, undefined]) {
    assert.equal(parseDate(raw), null, String(raw));
  }
});

test('dateFromUrl finds /YYYY/MM/DD/ and /YYYYMMDD/ in the path only', () => {
  assert.equal(iso(dateFromUrl('https://x.example/news/2023/06/03/story')), '2023-06-03T00:00:00.000Z');
  assert.equal(iso(dateFromUrl('https://x.example/2023-6-3-story')), '2023-06-03T00:00:00.000Z');
  assert.equal(iso(dateFromUrl('https://x.example/a/20230603/story')), '2023-06-03T00:00:00.000Z');
  assert.equal(dateFromUrl('https://x.example/story?d=2023/06/03'), null);
  assert.equal(dateFromUrl('https://x.example/2023/06/story'), null);
  assert.equal(dateFromUrl('not a url'), null);
});

test('primaryLanguage keeps the primary subtag', () => {
  assert.equal(primaryLanguage('ko-KR'), 'ko');
  assert.equal(primaryLanguage('ja_JP'), 'ja');
  assert.equal(primaryLanguage('EN'), 'en');
  assert.equal(primaryLanguage(''), null);
  assert.equal(primaryLanguage('x'), null);
});
