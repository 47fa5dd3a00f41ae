// The day a story reports on: clock times with no day near them in a next-morning paper, the small hours after a night
// just named, the quarter a report looks back to when the quarter under way is talked about, and dates a plan or a
// purpose points to. Found by articles written in the style of 2012-2014 news (blind batches 260 to 265).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tag, valueOf } from './helpers.ts';

// 2013-06-14 is a Friday.
const PUB = '2013-06-14';
const clock = (text: string, phrase: string, published = PUB): string => valueOf(text, phrase, published);

describe('the day a story reports on', () => {
  const THURSDAY = "WASHINGTON - The appeals court on Thursday struck down the city's parking rules, siding with a group of delivery firms.";
  const story = (middle: string, opening = THURSDAY): string =>
    `${opening}\n\n`
    + 'The judges heard two hours of argument in a crowded courtroom and questioned both sides closely about the fees. '
    + 'Lawyers for the city said they would study the opinion before deciding on any appeal, and the firms said they were pleased. '
    + `A spokeswoman for the mayor declined to comment on the costs of the case or on the fees already collected.\n\n${middle}`;

  test('a past clock time with no day near it is on the day the opening reports, the day before publication', () => {
    assert.equal(clock(story('The ruling, released shortly after 10 a.m., runs to 40 pages.'), '10 a.m.'), '2013-06-13T10:00');
  });

  test('not when the opening reports publication day, nor for a market move', () => {
    const today = story('The ruling, released shortly after 10 a.m., runs to 40 pages.', 'WASHINGTON - The appeals court on Friday struck down the parking rules.');
    assert.equal(clock(today, '10 a.m.'), '2013-06-14T10:00');
    assert.equal(clock(story('Its shares fell 3 percent in London trading at 0900 GMT.'), '0900 GMT'), '2013-06-14T09:00');
  });

  test('a photo caption heading the page is not the story\'s opening', () => {
    const text = 'June 13: Workers clear debris from a street.\n\nThe city council on Friday approved a new budget after a long debate.\n\n'
      + 'Members argued for most of the session over cuts to libraries and parks, and several residents spoke against the plan. '
      + 'The mayor said the budget was balanced and that no services would close this year, though some hours would be shorter. '
      + 'Opponents said they would keep pressing for changes at the next meeting, which is set for the autumn.\n\n'
      + 'The vote, taken shortly after 10 a.m., was 7 to 2.';
    assert.equal(clock(text, '10 a.m.'), '2013-06-14T10:00');
  });

  test('the small hours after a night just named are the next day\'s', () => {
    const text = 'The challenger held a narrow lead late Tuesday, with polls there closing at 1 a.m. Eastern time.';
    assert.equal(clock(text, '1 a.m. Eastern time', '2014-11-05'), '2014-11-05T01:00');
    // an evening hour stays on the night's own day
    assert.equal(clock('The results came in late Tuesday, and by 11 p.m. the race was called.', '11 p.m.', '2014-11-05'), '2014-11-04T23:00');
    // and a clock written without a.m. may open a range: "2.15-10.30 pm"
    assert.deepEqual(tag('Coverage of Tuesday night\'s match runs 2.15-10.30 pm on the radio.', '2014-11-05').map((t) => t.value).slice(1), ['2014-11-04T14:15', '2014-11-04T22:30']);
  });
});

describe('reports, plans and purposes', () => {
  test('"said the fourth quarter would be …" does not make the quarter under way a reported one', () => {
    const text = 'Net income rose in the third quarter. The finance chief said the fourth quarter would be solid. '
      + 'Losses in Europe widened in the latest quarter, from $306 million a year ago.';
    const values = tag(text, '2012-10-25').map((t) => `${t.text}=${t.value}`);
    assert.deepEqual(values, ['the third quarter=2012-Q3', 'the fourth quarter=2012-Q4', 'the latest quarter=2012-Q3', 'a year ago=2011-Q3']);
  });

  test('"until after" a month looks ahead as "until" does', () => {
    assert.equal(valueOf('Governors said they would hold off on the decision until after the November election.', 'November', '2012-06-29'), '2012-11');
    // a past "did not … until after" is still the past
    assert.equal(valueOf('The bill did not pass until after the March vote.', 'March', '2012-06-29'), '2012-03');
  });

  test('a holiday something is for is the nearer one, even in a past clause', () => {
    assert.equal(valueOf('The ferry was packed with families traveling home for Easter.', 'Easter', '2014-04-17'), '2014-04-20');
    assert.equal(valueOf('Ports had been on alert since Monday for the Easter rush.', 'Easter', '2014-04-17'), '2014-04-20');
    // with no purpose, a past clause keeps the holiday gone by
    assert.equal(valueOf('The family spent Easter in the mountains.', 'Easter', '2014-04-17'), '2013-03-31');
  });
});
