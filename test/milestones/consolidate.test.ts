// Consolidation rules on hand-made claims: refinement, conflicts, independence, separate events, curation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { consolidate } from '../../src/milestones/consolidate.ts';
import { topMilestones } from '../../src/milestones/importance.ts';
import type { Claim } from '../../src/milestones/types.ts';
import { claim } from './claims.ts';

const now = new Date('2025-01-01T00:00:00Z');
const run = (claims: Claim[], curations = []) => consolidate(claims, { now, curations });

test('a later precise report refines a recalled year; the key stays the year', () => {
  const [m, ...rest] = run([
    claim({ articleId: 1, date: '2014', precision: 'year', outlet: 'A', published: '2023-06-03' }),
    claim({ articleId: 2, date: '2014-12-29', precision: 'day', outlet: 'B', published: '2024-12-29' }),
  ]);
  assert.equal(rest.length, 0);
  assert.equal(m!.key, 'agreement:2014');
  assert.equal(m!.date, '2014-12-29');
  assert.equal(m!.precision, 'day');
  assert.equal(m!.claims.length, 2);
  assert.equal(m!.conflict, null);
});

test('disagreeing days: most independent outlets win, every claim is kept with its sources', () => {
  const [m] = run([
    claim({ articleId: 1, date: '2014-12-29', outlet: 'Seoul Daily' }),
    claim({ articleId: 2, date: '2014-12-29', outlet: 'Hanbit' }),
    claim({ articleId: 3, date: '2014-12-28', outlet: 'Defense Press Service', url: 'https://www.defense.gov/x' }),
  ]);
  assert.equal(m!.date, '2014-12-29');
  assert.deepEqual(m!.conflict!.map((c) => [c.date, c.sources.map((s) => s.outlet)]), [
    ['2014-12-29', ['Seoul Daily', 'Hanbit']],
    ['2014-12-28', ['Defense Press Service']],
  ]);
});

test('a tie goes to the official source; syndicated copies count once', () => {
  const [tie] = run([
    claim({ articleId: 1, date: '2014-12-29', outlet: 'Seoul Daily' }),
    claim({ articleId: 2, date: '2014-12-28', outlet: 'Defense Press Service', url: 'https://www.defense.gov/x' }),
  ]);
  assert.equal(tie!.date, '2014-12-28');
  const [copies] = run([
    claim({ articleId: 1, date: '2014-12-29', outlet: 'Paper A', storyKey: 'wire-1' }),
    claim({ articleId: 2, date: '2014-12-29', outlet: 'Paper B', storyKey: 'wire-1' }),
    claim({ articleId: 3, date: '2014-12-28', outlet: 'Paper C', published: '2014-12-28' }),
  ]);
  assert.equal(copies!.date, '2014-12-28', 'two copies of one wire story are one source; then the earlier report wins');
});

test('two meetings in one month stay apart; the one most outlets report keeps the month key', () => {
  const base = { kind: 'meeting' as const, key: 'gathering:2023-11' };
  const got = run([
    claim({ ...base, articleId: 1, date: '2023-11-12', outlet: 'A' }),
    claim({ ...base, articleId: 2, date: '2023-11-12', outlet: 'B' }),
    claim({ ...base, articleId: 3, date: '2023-11-28', outlet: 'C' }),
    claim({ ...base, articleId: 4, date: '2023-11', precision: 'month', outlet: 'D' }),
  ]);
  assert.deepEqual(got.map((m) => [m.key, m.date, m.claims.length]), [
    ['gathering:2023-11', '2023-11-12', 3],
    ['gathering:2023-11-28', '2023-11-28', 1],
  ]);
});

test('curation: split moves an article\'s evidence to its own milestone; pin puts it in the top list', () => {
  const claims = [
    claim({ articleId: 1, date: '2014-12-29', outlet: 'A' }),
    claim({ articleId: 2, date: '2014-12-29', outlet: 'B' }),
    claim({ articleId: 3, date: '2014', precision: 'year', outlet: 'C', kind: 'agreement' }),
  ];
  const got = consolidate(claims, {
    now,
    curations: [
      { milestoneKey: 'agreement:2014', action: { action: 'split', articleIds: [3], key: 'agreement:2014~recall' } },
      { milestoneKey: 'agreement:2014~recall', action: { action: 'pin' } },
    ],
  });
  assert.deepEqual(got.map((m) => [m.key, m.date, m.claims.map((c) => c.articleId), m.pinned]), [
    ['agreement:2014~recall', '2014', [3], true],
    ['agreement:2014', '2014-12-29', [1, 2], false],
  ]);
  assert.deepEqual(topMilestones(got, 1).map((m) => m.key), ['agreement:2014~recall']);
});
