// Pledge outcomes against the injected "now": fulfilled, missed, superseded, open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { consolidate } from '../../src/milestones/consolidate.ts';
import { claim } from './claims.ts';

const pledge = (articleId: number, date: string, deadline: string, published: string) =>
  claim({ articleId, date, precision: 'year', deadline, published, outlet: `Outlet ${articleId}`, kind: 'operational', status: 'planned', objects: ['warning-system'] });
const done = (articleId: number, date: string) =>
  claim({ articleId, date, outlet: `Outlet ${articleId}`, kind: 'operational', objects: ['warning-system'], published: date });

const statusOf = (now: string, claims: ReturnType<typeof claim>[]) =>
  consolidate(claims, { now: new Date(now) })
    .filter((m) => m.status === 'planned')
    .map((m) => [m.key, m.deadline, m.pledgeStatus, m.fulfilledByKey, m.supersededByKey]);

test('open before the deadline, missed after it, fulfilled when achieved in time', () => {
  const promise = pledge(1, '2023', '2023-12-31', '2023-06-03');
  assert.deepEqual(statusOf('2023-07-01', [promise]), [['due:operational:2023', '2023-12-31', 'open', null, null]]);
  assert.deepEqual(statusOf('2024-01-02', [promise]), [['due:operational:2023', '2023-12-31', 'missed', null, null]]);
  assert.deepEqual(statusOf('2024-01-02', [promise, done(2, '2023-12-19')]), [
    ['due:operational:2023', '2023-12-31', 'fulfilled', 'operational:2023', null],
  ]);
});

test('an achievement after the deadline is linked but the pledge counts as missed', () => {
  assert.deepEqual(statusOf('2024-06-01', [pledge(1, '2023', '2023-12-31', '2023-06-03'), done(2, '2024-02-01')]), [
    ['due:operational:2023', '2023-12-31', 'missed', 'operational:2024', null],
  ]);
});

test('a later-stated new deadline supersedes the old pledge', () => {
  const got = statusOf('2025-07-15', [pledge(1, '2024', '2024-12-31', '2024-07-28'), pledge(2, '2025', '2025-06-30', '2024-11-15')]);
  assert.deepEqual(got, [
    ['due:operational:2024', '2024-12-31', 'superseded', null, 'due:operational:2025'],
    ['due:operational:2025', '2025-06-30', 'missed', null, null],
  ]);
});

test('an event before the pledge was made does not fulfil it', () => {
  assert.deepEqual(statusOf('2025-01-02', [done(1, '2023-12-19'), pledge(2, '2024', '2024-12-31', '2024-07-28')]), [
    ['due:operational:2024', '2024-12-31', 'missed', null, null],
  ]);
});
