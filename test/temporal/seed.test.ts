// The four expressions of the article the project grew from (own sentences, same constructions), 2023-06-03.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tagDates } from '../../src/temporal/index.ts';
import { tag, one } from './helpers.ts';

const SENTENCE =
  'They agreed Saturday to operate it within this year, building on the summit last November and the arrangement signed in 2014.';

describe('seed expressions, published Saturday 2023-06-03', () => {
  test('"agreed Saturday" is the publication day itself', () => {
    const t = one(SENTENCE, 'Saturday');
    assert.equal(t.value, '2023-06-03');
    assert.equal(t.type, 'DATE');
    assert.equal(t.precision, 'day');
  });

  test('"within this year" is 2023 with mod END and a deadline', () => {
    const t = one(SENTENCE, 'within this year');
    assert.equal(t.value, '2023');
    assert.equal(t.mod, 'END');
    assert.equal(t.deadline, true);
    assert.equal(t.precision, 'year');
  });

  test('"last November" in a June article is November of the previous year', () => {
    const t = one(SENTENCE, 'last November');
    assert.equal(t.value, '2022-11');
    assert.equal(t.direction, 'past');
    assert.equal(t.precision, 'month');
  });

  test('"signed in 2014" is the year 2014', () => {
    const t = one(SENTENCE, '2014');
    assert.equal(t.value, '2014');
    assert.equal(t.direction, 'past');
  });

  test('offsets point into the input and nothing else is tagged', () => {
    const all = tag(SENTENCE);
    assert.deepEqual(all.map((t) => t.value), ['2023-06-03', '2023', '2022-11', '2014']);
    for (const t of all) assert.equal(SENTENCE.slice(t.start, t.end), t.text);
  });

  test('offsets stay right when a letter before the dates lower-cases to two characters', () => {
    // "İ" becomes "i̇" when lower-cased, so a lower-cased copy of this text is one character longer
    const text = `İzmir talks: ${SENTENCE}`;
    const all = tag(text);
    assert.deepEqual(all.map((t) => t.value), ['2023-06-03', '2023', '2022-11', '2014']);
    for (const t of all) assert.equal(text.slice(t.start, t.end), t.text);
  });

  test('a Date object works as the publication date', () => {
    const all = tagDates(SENTENCE, { published: new Date(Date.UTC(2023, 5, 3, 13, 2)) });
    assert.deepEqual(all.map((t) => t.value), ['2023-06-03', '2023', '2022-11', '2014']);
  });

  test('an invalid publication date is refused', () => {
    assert.throws(() => tagDates(SENTENCE, { published: 'not a date' }), /invalid published date/);
  });

  test('"earlier this week" and a past weekday in the same article', () => {
    const text = 'The North botched a rocket launch earlier this week, and it failed on Wednesday.';
    const week = one(text, 'earlier this week');
    assert.equal(week.value, '2023-W22');
    assert.equal(week.mod, 'START');
    assert.equal(one(text, 'Wednesday').value, '2023-05-31');
  });
});
