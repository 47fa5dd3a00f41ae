// The generic layer: milestones for topics Tidemark has no cue lexicon for, defined only by their terms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusClaims, loadGenericCorpus, runGenericCorpus } from '../../bench/milestones.ts';
import { consolidate } from '../../src/milestones/consolidate.ts';
import { extractCandidates, usesLexicon } from '../../src/milestones/extract.ts';
import { termMatcher } from '../../src/milestones/topic-terms.ts';
import { defaultTopic } from '../../src/topics/defaults.ts';

const BRIDGE = ['Harbour Link', 'harbour bridge'];
const extract = (text: string, published: string, terms = BRIDGE, language = 'en') =>
  extractCandidates({ text, publishedAt: new Date(published), language }, { terms });

function topicMilestones(slug: string) {
  const { topics, articles, gold } = loadGenericCorpus();
  const topic = topics.find((t) => t.slug === slug)!;
  return consolidate(corpusClaims(articles.filter((a) => a.topic === slug), topic.terms), { now: new Date(gold.now) });
}

test('the first topic keeps its lexicon layer; any other topic gets the generic one', () => {
  assert.equal(usesLexicon({ terms: defaultTopic.terms }), true);
  assert.equal(usesLexicon({ terms: ['missile warning', 'trilateral'] }), true);
  assert.equal(usesLexicon({ terms: BRIDGE }), false);
  assert.equal(usesLexicon({ terms: ['GSOMIA', 'intelligence pact'] }), false);
});

test('a court case gets its steps with the right dates and kinds', () => {
  const got = topicMilestones('harwick-spill-case').map((m) => [m.date, m.kind, m.status, m.pledgeStatus]);
  assert.deepEqual(got, [
    ['2022', 'incident', 'happened', null],
    ['2023-04-11', 'legal', 'happened', null],
    ['2023-10-02', 'legal', 'happened', null],
    ['2024-01-15', 'legal', 'happened', null],
    ['2024-03-20', 'legal', 'planned', 'fulfilled'],
    ['2024-03-20', 'legal', 'happened', null],
  ]);
});

test('a later recall of an event adds evidence to it, not a new milestone', () => {
  const bridge = topicMilestones('marrowby-harbour-link');
  const opened = bridge.filter((m) => m.kind === 'launch' && m.status === 'happened' && m.date.startsWith('2025'));
  assert.equal(opened.length, 1);
  assert.equal(opened[0]!.date, '2025-05-03');
  assert.deepEqual([...new Set(opened[0]!.claims.map((c) => c.articleId))].sort(), [6, 7]);
  const approved = bridge.find((m) => m.kind === 'decision')!;
  assert.ok(approved.claims.some((c) => c.precision === 'year'), 'the "approved … in 2021" recall joins the dated vote');
});

test('reports in English and Korean of one recall meet on one milestone', () => {
  const recall = topicMilestones('veltro-ebike-recall').filter((m) => m.key.startsWith('action/recall'));
  assert.equal(recall.length, 1);
  assert.equal(recall[0]!.date, '2024-02-26');
  assert.ok(recall[0]!.claims.some((c) => /리콜/.test(c.quote)));
});

test('future tense and deadlines are plans; past tense is what happened', () => {
  const plan = extract('The city says the harbour bridge will open by the end of 2024.', '2022-03-15T07:30:00Z');
  assert.deepEqual(plan.map((c) => [c.kind, c.status, c.date, c.deadline]), [['launch', 'planned', '2024', '2024-12-31']]);
  assert.equal(plan[0]!.key, 'due:launch/open:2024');
  const done = extract('The Harbour Link opened to traffic on Saturday, when the first tram crossed.', '2025-05-04T06:00:00Z');
  assert.deepEqual(done.map((c) => [c.kind, c.status, c.date, c.deadline]), [['launch', 'happened', '2025-05-03', null]]);
  assert.equal(done[0]!.title, 'The Harbour Link opened to traffic');
});

test('two steps of one kind on one day stay apart; one step told twice does not', () => {
  const reports = [
    ['A jury convicted Harwick on Monday of polluting the river.', '2024-01-16T09:00:00Z', 'Ledger'],
    ['Harwick was sentenced on Monday to pay a fine.', '2024-01-16T10:00:00Z', 'Wire'],
    ['Harwick was found guilty on Jan. 15, 2024.', '2024-06-01T09:00:00Z', 'Review'],
  ] as const;
  const claims = reports.flatMap(([text, published, outlet], i) =>
    extract(text, published, ['Harwick']).map((c) => ({ ...c, articleId: i + 1, articleUrl: `https://x.example/${i}`, outlet, publishedAt: new Date(published) })),
  );
  const got = consolidate(claims, { now: new Date('2024-07-01T00:00:00Z') }).map((m) => [m.key, m.date, m.claims.length]);
  assert.deepEqual(got, [
    ['legal/rule:2024', '2024-01-15', 2],
    ['legal/sentence:2024', '2024-01-15', 1],
  ]);
});

test('noise gives nothing: no term, conditions, questions, negations, bylines, captions, old background', () => {
  const noise = [
    'The council approved the budget on Tuesday.',
    'If approved, the Harbour Link could open in 2026.',
    'Will the Harbour Link open on Saturday?',
    'The Harbour Link did not open on Saturday as planned.',
    'By Sam Ostrow, Harbour Link reporter, published May 3, 2025',
    'Photo: the Harbour Link opened on Saturday (Marrowby Courier)',
    'A previous harbour bridge plan was rejected in 2004 for its cost.',
    'The Harbour Link carries trams, bicycles and pedestrians.',
  ];
  for (const text of noise) assert.deepEqual(extract(text, '2025-05-04T06:00:00Z'), [], text);
});

test('an old event told as an aside is background, a recent one is evidence', () => {
  assert.deepEqual(extract('The Valmora plant, opened in 1978, employs 400 people.', '2024-06-10T12:00:00Z', ['Valmora']), []);
  const recent = extract('The Harbour Link, which opened on May 3, 2025, arrived late.', '2025-06-20T12:00:00Z');
  assert.deepEqual(recent.map((c) => [c.key, c.date]), [['launch/open:2025', '2025-05-03']]);
});

test('Korean and Japanese reports: the date and the plan ending decide the status', () => {
  const ko = extract('서울시는 한강대교를 내년 3월 개통할 예정이다.', '2024-06-10T12:00:00Z', ['한강대교'], 'ko');
  assert.deepEqual(ko.map((c) => [c.key, c.status, c.date, c.deadline]), [['due:launch/open:2025', 'planned', '2025-03', '2025-03-31']]);
  const ja = extract('市は3日、新橋の建設工事に着工したと発表した。', '2024-06-10T12:00:00Z', ['新橋'], 'ja');
  assert.deepEqual(ja.map((c) => [c.key, c.status, c.date]), [['launch/begin:2024', 'happened', '2024-06-03']]);
});

test('a date of another event does not date this one', () => {
  const got = extract('Quillon Motors recalled 40,000 Veltro e-bikes on Monday, weeks after regulators opened their investigation.', '2024-02-27T08:00:00Z', ['Veltro']);
  assert.deepEqual(got.map((c) => [c.key, c.date]), [['action/recall:2024', '2024-02-26']]);
});

test('terms match their close variants: case, plural, hyphen, CJK inside words', () => {
  const ebike = termMatcher(['e-bike', '전기자전거']);
  for (const s of ['E-bikes were recalled.', 'the ebike maker', 'an e bike', '전기자전거를 리콜했다']) assert.ok(ebike(s), s);
  for (const s of ['a bike', 'e-biker club']) assert.ok(!ebike(s), s);
  assert.equal(termMatcher([' ', ''])('anything'), false);
});

test('the generic corpus scores well and every pledge outcome is right', () => {
  const s = runGenericCorpus();
  assert.equal(s.precision, 1, JSON.stringify(s.unmatched.map((m) => m.key)));
  assert.ok(s.recall >= 0.85, `recall ${s.recall}`);
  assert.equal(s.pledges.correct, s.pledges.total);
});
