// Forms the web pages of 2006-2020 showed: hardware model numbers that look like years, and dates before the year 1.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tag, valueOf } from './helpers.ts';

// 2020-11-04 is a Wednesday.
const PUB = '2020-11-04';

describe('web pages', () => {
  test('a model number after a name in capitals is no year', () => {
    const text = 'It beats the RTX 2080 Ti by 30%. Reviewed on GeForce GTX 1650, with 8 GB RAM.';
    assert.deepEqual(tag(text, PUB).map((t) => t.text), []);
  });

  test('a year far from publication is still one after a preposition, a name or an era', () => {
    const text = 'The castle was built in 1650 and rebuilt AD 1710. Sea levels may rise by 2080. London 1710 was crowded.';
    assert.deepEqual(tag(text, PUB).map((t) => t.value), ['1650', '1710', '2080', '1710']);
    // a year near publication after capitals stays a year: "the IPCC 2007 report"
    assert.equal(valueOf('The IPCC 2007 report warned of it.', '2007', PUB), '2007');
  });

  test('a year before 1 AD is written with "BC" and lies in the past', () => {
    const [t] = tag('Polo began as a Shah\'s game around 2,500 years ago.', PUB);
    assert.equal(t!.value, 'BC0481');
    assert.equal(t!.direction, 'past');
    assert.equal(t!.precision, 'year');
    assert.equal(valueOf('It began 200,000 years ago in Africa.', '200,000 years ago', PUB), 'BC197981');
    // the year 1 AD is still a plain year: "2,019 years ago" from 2020
    assert.equal(valueOf('It began 2,019 years ago.', '2,019 years ago', PUB), '0001');
  });
});
