// Schedules and deadlines told with a clock time before the day, present-tense ends ("runs out", "runs through"), a day
// written inside a time conversion's brackets, the quarter a report looks back to before any is over, and a few
// recurring and seasonal forms, and clause cues that articles written in the style of 2012-2014 news showed.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tag, valueOf } from './helpers.ts';

// 2013-03-22 is a Friday.
const PUB = '2013-03-22';
const values = (text: string, published = PUB): string[] => tag(text, published).map((t) => t.value);

describe('schedules and deadlines', () => {
  test('a clock time between an expiry and its day keeps the day ahead', () => {
    assert.deepEqual(values('The offer expires at 5 p.m. on Dec. 31.'), ['2013-12-31T17:00', '2013-12-31']);
    assert.deepEqual(values('The agreement expires at midnight on Dec. 31.'), ['2013-12-31T24:00', '2013-12-31']);
    assert.deepEqual(values('Lawmakers have until 11:59 p.m. EST on Dec. 31 to act.'), ['2013-12-31T23:59', '2013-12-31']);
    // a past verb still tells the past
    assert.deepEqual(values('The strike began at midnight on Dec. 31.'), ['2012-12-31T24:00', '2012-12-31']);
    assert.deepEqual(values('He was arrested at 3 a.m. on Dec. 31.'), ['2012-12-31T03:00', '2012-12-31']);
  });

  test('a "by" with a clock time that opens a past clause is past', () => {
    const text = 'By 1 a.m., on April 20, the cement job was completed.';
    assert.deepEqual(values(text, '2010-09-09'), ['2010-04-20T01:00', '2010-04-20']);
  });

  test('a present "runs out" or "runs through" puts its day ahead', () => {
    assert.equal(valueOf('The contract runs out on Dec. 31.', 'Dec. 31', PUB), '2013-12-31');
    assert.equal(valueOf('The contract runs through Dec. 31.', 'Dec. 31', PUB), '2013-12-31');
    assert.equal(valueOf('The exhibit runs through Jan. 5.', 'Jan. 5', PUB), '2014-01-05');
    assert.equal(valueOf('Funding ran out on Dec. 31.', 'Dec. 31', PUB), '2012-12-31');
  });

  test('a fixed programme with a clock time or over a weekend is ahead', () => {
    assert.deepEqual(values('The polls close at 8 p.m. on Dec. 31.'), ['2013-12-31T20:00', '2013-12-31']);
    assert.deepEqual(values('The committee meets at 10 a.m. on Monday.'), ['2013-03-25T10:00', '2013-03-25']);
    assert.deepEqual(values('The committee met at 10 a.m. on Monday.'), ['2013-03-18T10:00', '2013-03-18']);
    // 2013-04-09 is a Tuesday
    assert.equal(valueOf('The festival takes place over the weekend.', 'the weekend', '2013-04-09'), '2013-W15-WE');
    assert.equal(valueOf('The festival took place over the weekend.', 'the weekend', '2013-04-09'), '2013-W14-WE');
  });
});

describe('a day inside a time conversion', () => {
  test('belongs to the converted time, and the local time is on its side of midnight', () => {
    // 2013-05-17 is a Friday: 10 p.m. in Texas is 0300 GMT the next day
    const text = 'A tornado touched down shortly after 10 p.m. local time (0300 GMT on Friday) near the town.';
    assert.deepEqual(values(text, '2013-05-17'), ['2013-05-16T22:00', '2013-05-17T03:00', '2013-05-17']);
    // 2010-07-24 is a Saturday
    const storm = 'As of 0200 local time (2200 GMT, Friday) the center of the depression was 100 miles away.';
    assert.deepEqual(values(storm, '2010-07-24'), ['2010-07-24T02:00', '2010-07-23T22:00']);
  });

  test('a day after the brackets is still the local time\'s', () => {
    assert.deepEqual(values('The quake struck at 4:35 p.m. (2135 GMT) on Tuesday.', '2013-05-17'), ['2013-05-14T16:35', '2013-05-14T21:35', '2013-05-14']);
  });
});

describe('a quarter not yet over', () => {
  test('is the one "the quarter" and "the year-earlier period" look back to', () => {
    // 2013-03-18 is in the first quarter
    const text = 'The first-quarter earnings, due out April 16, are expected to rise. Analysts expect profit of $1.35 for the quarter, compared with $1.27 in the year-earlier period.';
    assert.equal(valueOf(text, 'the quarter', '2013-03-18'), '2013-Q1');
    assert.equal(valueOf(text, 'the year-earlier period', '2013-03-18'), '2012-Q1');
    // a quarter reported on stays the reference: "the year-earlier quarter" names no new one
    const report = 'Net income for the third quarter fell 6%. In the year-earlier quarter, the tax credit was $3.3 million. For the quarter, sales rose.';
    assert.equal(valueOf(report, 'the quarter', '1989-10-27'), '1989-Q3');
  });
});

describe('recurring and seasonal forms', () => {
  test('"the first Tuesday of every month" recurs monthly', () => {
    const [t] = tag('The board meets on the first Tuesday of every month.', PUB);
    assert.deepEqual([t!.text, t!.type, t!.value], ['the first Tuesday of every month', 'SET', 'P1M']);
    assert.equal(valueOf('The board met on the first Tuesday of March.', 'the first Tuesday of March', PUB), '2013-03-05');
  });

  test('"this winter" told in the past in March is the winter just ended', () => {
    assert.equal(valueOf('Beijing was choked by smog this winter.', 'this winter', '2013-03-17'), '2012-WI');
    assert.equal(valueOf('It will be colder this winter.', 'this winter', '2013-03-17'), '2013-WI');
  });

  test('"a week" after a verb of length is a length, not a rate', () => {
    assert.equal(tag('The holiday lasts a week.', PUB)[0]!.type, 'DURATION');
    assert.equal(tag('The drug costs $500 a month.', PUB)[0]!.type, 'SET');
  });
});

describe('clause cues found in written news', () => {
  // 2012-10-30 is a Tuesday, 2012-11-07 a Wednesday
  test('a linking verb after a modal keeps the participle ahead', () => {
    assert.equal(valueOf('Public schools will stay closed on Wednesday.', 'Wednesday', '2012-10-30'), '2012-10-31');
    assert.equal(valueOf('The road would remain shut until Monday.', 'Monday', '2012-10-30'), '2012-11-05');
    assert.equal(valueOf('The shop stayed closed on Wednesday.', 'Wednesday', '2012-10-30'), '2012-10-24');
  });

  test('an infinitive whose verb ends like a participle is still one', () => {
    const text = 'Obama hoped to bring them to the White House before Thanksgiving.';
    assert.equal(valueOf(text, 'Thanksgiving', '2012-11-07'), '2012-11-22');
  });

  test('"though" opens a clause of its own', () => {
    // 2009-04-27 is a Monday
    const text = 'Most bars will remain closed for several days and though Sunday church services are going ahead, priests took care.';
    assert.equal(valueOf(text, 'Sunday', '2009-04-27'), '2009-04-26');
  });

  test('a headline\'s adjective after a linking verb is no past verb', () => {
    assert.equal(valueOf('Obama wins second term, faces crowded calendar before January', 'January', '2012-11-07'), '2013-01');
  });

  test('a day naming an event is no programme\'s, and what was said in a "when" clause is ahead', () => {
    assert.equal(valueOf('Obama secured 303 electoral votes in Tuesday\'s election.', 'Tuesday', '2012-11-07'), '2012-11-06');
    const address = 'Obama will deliver his weekly address Saturday, when aides said he would lay out his plans.';
    assert.equal(valueOf(address, 'Saturday', '2012-11-07'), '2012-11-10');
    const since = 'He insisted Sunday that nothing has changed since Saturday, when he said oil would stop.';
    assert.equal(valueOf(since, 'Saturday', '2010-07-19'), '2010-07-17');
  });

  test('a fiscal quarter reported on is of this year\'s fiscal numbering, and over', () => {
    // 2013-08-30 is in the third calendar quarter
    const [t] = tag('Corvane said its profit rose 18% in its fiscal fourth quarter.', '2013-08-30');
    assert.deepEqual([t!.value, t!.direction], ['2013-Q4', 'past']);
    assert.equal(valueOf('Profit rose in the fourth quarter.', 'the fourth quarter', '2013-08-30'), '2012-Q4');
  });
});

describe('days named from a later date', () => {
  test('"the last weekend before Christmas" is one date, not last weekend', () => {
    // 2013-01-10 is a Thursday; 2012-12-25 was a Tuesday
    const [t] = tag('But the last weekend before Christmas was the busiest we have ever had.', '2013-01-10');
    assert.deepEqual([t!.text, t!.value, t!.direction], ['the last weekend before Christmas', '2012-W51-WE', 'past']);
    assert.equal(valueOf('Shoppers crowded stores on the final Saturday before Christmas.', 'the final Saturday before Christmas', '2013-01-10'), '2012-12-22');
  });

  test('"every night" and "nightly" are a part of each day', () => {
    assert.equal(valueOf('Every night we hear people crying in the dark.', 'Every night', '2013-11-11'), 'XXXX-XX-XXTNI');
  });
});

describe('more clause cues from written news', () => {
  test('a date ending a window is the nearest one, either side', () => {
    assert.equal(valueOf('It finances the government only through Jan. 15.', 'Jan. 15', '2013-10-17'), '2014-01-15');
  });

  test('a day a plan was set for is the nearer one', () => {
    const text = 'Lawmakers voted to remove him and set an early presidential election for May 25.';
    assert.equal(valueOf(text, 'May 25', '2014-02-24'), '2014-05-25');
  });

  test('an -ed word after a quantifier describes a noun', () => {
    const text = 'Officials hoped to finish a first sweep of every damaged building by Wednesday.';
    assert.equal(valueOf(text, 'Wednesday', '2013-05-21'), '2013-05-22');
  });

  test('"overnight" before a rate or a market names no night', () => {
    assert.deepEqual(tag('The Fed pledged to keep overnight interest rates near zero.', '2013-12-18'), []);
  });
});
