// The dev corpus (34 articles, EN/KO/JA, 2014-2025) against its gold timeline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { consolidate } from '../../src/milestones/consolidate.ts';
import { corpusClaims, loadCorpus, runCorpus } from '../../bench/milestones.ts';

test('milestones match the gold timeline in kind, status and date', () => {
  const s = runCorpus();
  const missed = s.pairs.filter(([, m]) => !m).map(([g]) => `${g.date} ${g.kind}`);
  assert.ok(s.recall >= 0.9, `recall ${s.recall}; missed ${missed.join(', ')}`);
  assert.ok(s.precision >= 0.9, `precision ${s.precision}; extra ${s.unmatched.map((m) => m.key).join(', ')}`);
  assert.equal(s.pledges.correct, s.pledges.total);
  assert.equal(s.conflicts.found, s.conflicts.total);
});

test('Korean and Japanese reports add evidence to the English milestones', () => {
  const { articles, gold } = loadCorpus();
  const language = new Map(articles.map((a) => [a.id, a.language]));
  const milestones = consolidate(corpusClaims(articles), { now: new Date(gold.now) });
  const live = milestones.find((m) => m.date === '2023-12-19')!;
  assert.deepEqual([...new Set(live.claims.map((c) => language.get(c.articleId)))].sort(), ['en', 'ja', 'ko']);
  const tisa = milestones.find((m) => m.key === 'agreement:2014')!;
  assert.ok(tisa.claims.some((c) => language.get(c.articleId) === 'ko'));
});
