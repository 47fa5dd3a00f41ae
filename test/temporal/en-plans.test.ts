// Which side of publication a day or quarter lies on when the clause around it names a plan: a "since" phrase with its
// own year, a day declared for something, an election day voters go to, a quarter named ahead late in the year.
// Found by articles written in the style of 2012-2014 news (blind batches 259 and 266 to 271).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { valueOf } from './helpers.ts';

// 2012-12-05 is a Wednesday.
const PUB = '2012-12-05';

describe('plans ahead of publication', () => {
  test('a "since" with its own year does not make the day after it past', () => {
    const text = 'The Orioles will open their first postseason series since 2009 on Friday night in Texas.';
    assert.equal(valueOf(text, 'Friday night', PUB), '2012-12-07TNI');
    // the "since" still dates its own object
    assert.equal(valueOf('Prices have not fallen this fast since Monday.', 'Monday', PUB), '2012-12-03');
  });

  test('a day declared for something is the nearer one', () => {
    assert.equal(valueOf('The president declared Thursday a national day of mourning.', 'Thursday', PUB), '2012-12-06');
    assert.equal(valueOf('The president declared on Thursday that the talks had failed.', 'Thursday', PUB), '2012-11-29');
  });

  test('voters who go to the polls on a day go ahead of publication', () => {
    assert.equal(valueOf('Voters go to the polls on Sunday in the first election in a decade.', 'Sunday', PUB), '2012-12-09');
    assert.equal(valueOf('The country heads to the polls Sunday.', 'Sunday', PUB), '2012-12-09');
    assert.equal(valueOf('Voters went to the polls on Sunday.', 'Sunday', PUB), '2012-12-02');
  });

  test('in December a first quarter ahead is next year\'s, while a quarter just ended is still reported', () => {
    assert.equal(valueOf('Analysts expect the bank to hold rates through the first quarter.', 'the first quarter', PUB), '2013-Q1');
    assert.equal(valueOf('The company will report third-quarter results next week.', 'third-quarter', PUB), '2012-Q3');
    assert.equal(valueOf('Sales rose in the first quarter.', 'the first quarter', PUB), '2012-Q1');
  });

  test('a forecast of something going on looks ahead', () => {
    assert.equal(valueOf('Most economists now see the bank standing pat through the first quarter.', 'the first quarter', PUB), '2013-Q1');
    assert.equal(valueOf('Analysts expect prices rising again in March.', 'March', PUB), '2013-03');
    assert.equal(valueOf('Analysts saw prices rising in March.', 'March', PUB), '2012-03');
  });
});
