import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractCandidates } from '../../src/milestones/extract.ts';
import { defaultTopic } from '../../src/topics/defaults.ts';

const extract = (text: string, published: string, language?: string) =>
  extractCandidates({ text, publishedAt: new Date(published), language }, { terms: defaultTopic.terms });

test('one event told in English, Korean and Japanese gets one key and one date', () => {
  const en = extract('South Korea, the United States and Japan on Tuesday began fully operating a system to share missile warning data in real time.', '2023-12-19T05:00:00Z');
  const ko = extract('한미일은 19일 북한 미사일 경보정보 실시간 공유체계를 본격 가동했다고 국방부가 밝혔다.', '2023-12-19T07:00:00Z', 'ko');
  const ja = extract('日米韓の3カ国は19日、北朝鮮のミサイル警戒情報をリアルタイムで共有する仕組みの運用を開始した。', '2023-12-20T01:00:00Z', 'ja');
  for (const got of [en, ko, ja]) {
    assert.equal(got.length, 1);
    assert.equal(got[0]!.key, 'operational:2023');
    assert.equal(got[0]!.date, '2023-12-19');
    assert.equal(got[0]!.status, 'happened');
    assert.equal(got[0]!.title, en[0]!.title);
  }
});

test('a decision with a deadline yields the decision and a planned milestone due at the end of the period', () => {
  const got = extract('The three defence ministers agreed on Saturday to start running the combined missile warning system within this year.', '2023-06-03T05:00:00Z');
  const byStatus = Object.fromEntries(got.map((c) => [c.status, c]));
  assert.equal(byStatus.happened?.date, '2023-06-03');
  assert.equal(byStatus.happened?.kind, 'decision');
  assert.equal(byStatus.planned?.date, '2023');
  assert.equal(byStatus.planned?.deadline, '2023-12-31');
  assert.equal(byStatus.planned?.kind, 'operational');
});

test('a recalled agreement is keyed by its year so a precise later report meets it', () => {
  const recall = extract('They work under a trilateral information-sharing arrangement signed in 2014.', '2023-06-03T05:00:00Z');
  const precise = extract('The three countries signed the information-sharing arrangement on Dec. 29, 2014.', '2024-12-29T05:00:00Z');
  assert.equal(recall[0]!.key, 'agreement:2014');
  assert.equal(precise[0]!.key, 'agreement:2014');
  assert.equal(precise[0]!.date, '2014-12-29');
});

test('future tense is a plan, not an event', () => {
  const got = extract('Officials said the combined missile warning data system linking the three countries will be fully operational in December.', '2023-11-14T05:00:00Z');
  assert.ok(got.every((c) => c.status === 'planned'), JSON.stringify(got));
});

test('noise gives nothing: background launches, captions, dateless sentences, the publication date alone', () => {
  const noise = [
    'Last year, the regime fired an unprecedented number of missiles.',
    'North Korea fired an ICBM on Monday, hours before the trilateral missile warning system went into operation.',
    'The three defence ministers pose for photos before their talks in Singapore on Saturday. (Harbour Times)',
    'The three countries have been working to flesh out the agreement on real-time sharing of missile warning data.',
    'Published: June 3, 2023',
    'Working-level officials from the three countries will meet in the coming weeks.',
  ];
  for (const text of noise) assert.deepEqual(extract(text, '2023-12-19T05:00:00Z'), [], text);
});

test('a dated list states what happened in the present tense; its relative dates count from the entry', () => {
  const text = [
    'Key dates',
    'Dec. 29, 2014: South Korea, the US and Japan sign a trilateral information-sharing arrangement.',
    'June 3, 2023: Defense ministers agree in Singapore to run the combined system within the year.',
  ].join('\n\n');
  const got = extract(text, '2024-01-15T00:00:00Z').map((c) => [c.key, c.date, c.status, c.deadline]);
  assert.deepEqual(got, [
    ['agreement:2014', '2014-12-29', 'happened', null],
    ['gathering:2023-06', '2023-06-03', 'happened', null],
    ['due:operational:2023', '2023', 'planned', '2023-12-31'],
  ]);
});
