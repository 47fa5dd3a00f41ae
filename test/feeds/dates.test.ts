import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseFeedDate } from '../../src/feeds/parse-dates.ts';
import { dataFile } from './helpers.ts';

interface DateCase { parser: string; input: string; expected_utc_struct_time: number[] | null }

// feedparser tests each of its date parsers alone; one function reading every format cannot honour both
// "03335" (a two-digit-year ordinal date, 2003-12-01) and "22013" (garbage). We read neither as a date.
const DIVERGES = new Set(['03335']);

function utc(parts: number[]): number {
  const d = new Date(0);
  d.setUTCFullYear(parts[0] ?? 0, (parts[1] ?? 1) - 1, parts[2] ?? 1);
  d.setUTCHours(parts[3] ?? 0, parts[4] ?? 0, parts[5] ?? 0, 0);
  return d.getTime();
}

test("feedparser's 72 date strings give the expected UTC instant, or null", () => {
  const cases = JSON.parse(readFileSync(dataFile('feeds-dev', 'feedparser', 'date_cases.json'), 'utf8')) as DateCase[];
  assert.equal(cases.length, 72);
  for (const c of cases) {
    const got = parseFeedDate(c.input);
    if (got) assert.ok(!Number.isNaN(got.getTime()), `${c.input}: Invalid Date`);
    if (DIVERGES.has(c.input)) { assert.equal(got, null, c.input); continue; }
    const want = c.expected_utc_struct_time ? utc(c.expected_utc_struct_time) : null;
    assert.equal(got?.getTime() ?? null, want, `${c.parser} ${JSON.stringify(c.input)} → ${got?.toISOString()}`);
  }
});

test('formats seen in news feeds', () => {
  const cases: [string, string | null][] = [
    ['Tue, 19 Dec 2023 09:00:00 +0900', '2023-12-19T00:00:00.000Z'],
    ['Tue, 19 Dec 2023 09:00:00 KST', '2023-12-19T00:00:00.000Z'],
    ['19 Dec 2023 09:00 JST', '2023-12-19T00:00:00.000Z'],
    ['2023-12-19T09:00:00+09:00', '2023-12-19T00:00:00.000Z'],
    ['2023-12-19 09:00:00', '2023-12-19T09:00:00.000Z'],
    ['2023-12-19T09:00:00.123456Z', '2023-12-19T09:00:00.000Z'],
    ['December 19, 2023 9:00 +0900', '2023-12-19T00:00:00.000Z'],
    ['2023년 12월 19일 09:00:00', '2023-12-19T00:00:00.000Z'],
    ['2023-02-30T00:00:00Z', null],
    ['yesterday', null],
    ['', null],
  ];
  for (const [input, want] of cases) assert.equal(parseFeedDate(input)?.toISOString() ?? null, want, input);
  assert.equal(parseFeedDate(null), null);
});
