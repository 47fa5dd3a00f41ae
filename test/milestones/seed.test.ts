// The demo pages (fixtures/demo) must give exactly the four milestones of the seed story.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { consolidate } from '../../src/milestones/consolidate.ts';
import { claimsOf, demoArticles } from './demo-pages.ts';

const milestones = () => consolidate(claimsOf(demoArticles()), { now: new Date('2023-06-10T00:00:00Z') });

test('demo pages give exactly the four seed milestones in date order', () => {
  const got = milestones().map((m) => ({ date: m.date, precision: m.precision, kind: m.kind, status: m.status }));
  assert.deepEqual(got, [
    { date: '2014', precision: 'year', kind: 'agreement', status: 'happened' },
    { date: '2022-11', precision: 'month', kind: 'summit', status: 'happened' },
    { date: '2023', precision: 'year', kind: 'operational', status: 'planned' },
    { date: '2023-06-03', precision: 'day', kind: 'decision', status: 'happened' },
  ]);
});

test('each seed milestone is backed by several outlets and names what happened', () => {
  const [arrangement, summit, deadline, ministers] = milestones();
  assert.match(arrangement!.title, /information-sharing arrangement/);
  assert.match(summit!.title, /Phnom Penh/);
  assert.match(ministers!.title, /defence ministers/);
  assert.equal(deadline!.deadline, '2023-12-31');
  assert.equal(deadline!.pledgeStatus, 'open');
  for (const m of [arrangement, summit, deadline, ministers]) {
    assert.ok(new Set(m!.claims.map((c) => c.outlet)).size >= 4, `${m!.key} has few outlets`);
  }
});

test('noise gives no evidence: captions, background launches, dateless plans', () => {
  const quotes = milestones().flatMap((m) => m.claims.map((c) => c.quote));
  for (const q of quotes) {
    assert.doesNotMatch(q, /pose for photographers|File photo/);
    assert.doesNotMatch(q, /^Last year, (the regime|Pyongyang)/);
    assert.doesNotMatch(q, /coming weeks|will meet soon/);
  }
});
