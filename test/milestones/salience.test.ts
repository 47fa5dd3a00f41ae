import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankDays } from '../../src/timeline/salience.ts';

test('days many articles name rank first; days outside the window are ignored', () => {
  const doc = (published: string, ...sentences: string[]) => ({ published: new Date(`${published}T12:00:00Z`), sentences });
  const ranked = rankDays(
    [
      doc('2010-04-22', 'The rig exploded on April 20, 2010.', 'Crews searched on Wednesday.'),
      doc('2010-04-25', 'Since the April 20 explosion, oil has leaked.'),
      doc('2010-05-02', 'The April 20 blast killed 11 workers.', 'In 2009 the rig set a record on Sept. 2, 2009.'),
    ],
    { from: '2010-04-20', to: '2010-05-31' },
  );
  assert.equal(ranked[0]!.date, '2010-04-20');
  assert.equal(ranked[0]!.mentions, 3);
  assert.ok(!ranked.some((d) => d.date.startsWith('2009')));
});
