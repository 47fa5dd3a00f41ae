// Results reports, deadlines and small phrases: which period "a year earlier" means, deadline words that point
// ahead, parts of a day, halves written as quarters, adjectives of length, "soon" and stretches beside an event.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { one, tag, valueOf } from './helpers.ts';

// 2023-10-26 is a Thursday.
const PUB = '2023-10-26';
const pick = (t: { value: string; mod?: string }): Array<string | undefined> => [t.value, t.mod];

describe('the period a comparison refers to', () => {
  test('after a quarter, "a year earlier" is that quarter a year back', () => {
    const text = 'The brewer earned $12 million in the third quarter, up from $9 million a year earlier.';
    assert.equal(valueOf(text, 'a year earlier', PUB), '2022-Q3');
  });

  test('"the quarter" named first is the one just ended, and "a year earlier" then that quarter a year back', () => {
    const text = 'Refiners gained from a rise in crude prices in the quarter, compared to a year earlier.';
    assert.equal(valueOf(text, 'the quarter', PUB), '2023-Q3');
    assert.equal(valueOf(text, 'a year earlier', PUB), '2022-Q3');
    // "the quarter of a billion users" is a share, and leaves "a year ago" the year
    const share = 'Censors watch the quarter of a billion web users, a service begun a year ago.';
    assert.deepEqual(tag(share, PUB).map((t) => [t.text, t.value]), [['a year ago', '2022']]);
  });

  test('"the second and third quarters of 2010" are two quarters; habitual ones are any year\'s', () => {
    const text = 'No dividends will be declared for the second and third quarters of 2010.';
    assert.deepEqual(tag(text, PUB).map((t) => [t.text, t.value]), [['the second', '2010-Q2'], ['third quarters of 2010', '2010-Q3']]);
    const usual = 'Most of its auction business is usually done in the second and fourth quarters.';
    assert.deepEqual(tag(usual, PUB).map((t) => t.value), ['XXXX-Q2', 'XXXX-Q4']);
  });

  test('after "the nine months", "a year earlier" is the year before', () => {
    const text = 'The brewer earned $12 million in the third quarter. For the nine months, it earned $30 million, against $25 million a year earlier.';
    assert.equal(valueOf(text, 'a year earlier', PUB), '2022');
  });

  test('"last year\'s quarter" and "the quarter a year ago" are one expression each', () => {
    const text = 'The mill lost money in the third quarter. Sales for last year\'s quarter were higher. For the quarter a year ago, it broke even.';
    assert.equal(valueOf(text, "last year's quarter", PUB), '2022-Q3');
    assert.equal(valueOf(text, 'the quarter a year ago', PUB), '2022-Q3');
  });

  test('"quarter-to-quarter" and "quarter-century" are not quarters', () => {
    const texts = tag('The quarter-to-quarter comparison was helped by its quarter-century low.', PUB).map((t) => t.text);
    assert.deepEqual(texts, []);
  });

  test('a year-ago phrase takes its noun: a quarter, a stretch of months, "period last year"', () => {
    const text = 'The mill lost money in the third quarter. In the year-earlier third quarter it earned $2 million. Net for the year-earlier nine months was higher, as was net for the corresponding period last year.';
    assert.equal(valueOf(text, 'the year-earlier third quarter', PUB), '2022-Q3');
    assert.equal(valueOf(text, 'the year-earlier nine months', PUB), 'P9M');
    assert.equal(valueOf(text, 'the corresponding period last year', PUB), '2022-Q3');
    assert.equal(tag(text, PUB).length, 4);
  });

  test('"the 2022 period" is that quarter of 2022, or the year when no quarter is under discussion', () => {
    assert.equal(valueOf('Sales rose in the third quarter from the 2022 period.', 'the 2022 period', PUB), '2022-Q3');
    assert.equal(valueOf('The brewer had a one-time gain in the 2022 period.', 'the 2022 period', PUB), '2022');
  });

  test('"the first two quarters of" a year is its first half', () => {
    assert.equal(valueOf('Demand should hold through the first two quarters of 2024.', 'the first two quarters of 2024', PUB), '2024-H1');
  });

  test('"for the year" in a report is the current year', () => {
    assert.equal(valueOf('The shares reached a high for the year of $41 in June.', 'the year', PUB), '2023');
  });
});

describe('wire-service business reports', () => {
  test('"1ST QTR" is a quarter; "the quarter" in a future clause with none reported is the one under way', () => {
    assert.equal(valueOf('OHIO MATTRESS MAY HAVE LOWER 1ST QTR NET', '1ST QTR', '1987-02-26'), '1987-Q1');
    assert.equal(valueOf('The debt problem will continue to hang over the banks through the quarter.', 'the quarter', '1987-02-26'), '1987-Q1');
  });

  test('"the full year" is the year its sentence named, else the current one', () => {
    const text = 'In 1986 the company earned 1.19 dlrs a share for the full year. It forecast an increase for the full year.';
    const years = tag(text, '1987-02-26').filter((t) => t.text === 'the full year').map((t) => t.value);
    assert.deepEqual(years, ['1986', '1987']);
  });

  test('"the month-end" is the end of the month just named, of this month, or in a past clause of the last one', () => {
    assert.deepEqual(pick(one('Buyers rushed to lift February cargoes before the month-end.', 'the month-end', '1987-03-02')), ['1987-02', 'END']);
    assert.deepEqual(pick(one('Month-end figures will show a rise.', 'Month-end', '1987-03-10')), ['1987-03', 'END']);
    assert.deepEqual(pick(one('Stocks rallied before the month-end.', 'the month-end', '1987-03-02')), ['1987-02', 'END']);
  });

  test('an "overnight messenger" or "overnight delivery" service names no night', () => {
    assert.deepEqual(tag('Purolator, the New Jersey-based overnight messenger, agreed to a buyout.', '1987-03-02'), []);
    assert.deepEqual(tag('It sells overnight delivery to businesses.', '1987-03-02'), []);
  });
});

describe('deadline words', () => {
  test('"by" and "until" point ahead whatever the verb', () => {
    assert.equal(valueOf('The bank wants the loan repaid by February.', 'February', PUB), '2024-02');
    assert.equal(valueOf('The agency gave the firm until mid-December to answer.', 'mid-December', PUB), '2023-12');
    assert.equal(valueOf('Regulators postponed until Tuesday any ruling on the merger.', 'Tuesday', PUB), '2023-10-31');
  });

  test('a plan in the past perfect is past', () => {
    assert.equal(valueOf('The vote had been scheduled to close at noon Monday.', 'noon Monday', PUB), '2023-10-23T12:00');
    assert.equal(valueOf('The rule took effect Aug. 9 after a vote.', 'Aug. 9', PUB), '2023-08-09');
  });

  test('in the past perfect they point back', () => {
    assert.equal(valueOf('The offer had been due to expire Monday.', 'Monday', PUB), '2023-10-23');
    assert.equal(valueOf('Twelve members had filed their reports by Wednesday.', 'Wednesday', PUB), '2023-10-25');
    // "had until" is still a deadline
    assert.equal(valueOf('The firm said it had until Friday to respond.', 'Friday', PUB), '2023-10-27');
  });

  test('a verb of intention further back still sets the tense', () => {
    const text = 'The council has decided to admit the three coastal towns of the region in early March.';
    assert.equal(valueOf(text, 'early March', PUB), '2024-03');
  });
});

describe('parts of a day and lengths', () => {
  test('"mid-afternoon yesterday" and "in the morning" are parts of a day', () => {
    const t = one('Shares rose at mid-afternoon yesterday in Tokyo.', 'mid-afternoon yesterday', PUB);
    assert.equal(t.type, 'TIME');
    assert.equal(t.value, '2023-10-25TAF');
    assert.equal(valueOf('Prices slid Monday. Buyers came back in the morning.', 'the morning', PUB), '2023-10-23TMO');
  });

  test('"the morning of" and "the night" are left to other rules', () => {
    assert.ok(!tag('Nobody slept in the night.', PUB).some((t) => t.text === 'the night'));
  });

  test('a clock time takes the day written after a parenthesis', () => {
    assert.equal(valueOf('The quake struck at 4:10 a.m. (2010 GMT) Tuesday, officials said.', '4:10 a.m.', PUB), '2023-10-24T04:10');
  });

  test('a conversion in brackets is a time of its own, a day off when it crosses midnight; a zone written out joins the time and its day', () => {
    assert.deepEqual(tag('The vote opens at 9 a.m. (2000 GMT).', PUB).map((t) => [t.text, t.value]), [['9 a.m.', '2023-10-26T09:00'], ['2000 GMT', '2023-10-26T20:00']]);
    assert.deepEqual(tag('The quake hit at 5 a.m. (2000 GMT) on Tuesday.', PUB).map((t) => t.value), ['2023-10-24T05:00', '2023-10-23T20:00', '2023-10-24']);
    assert.deepEqual(tag('The fire began at 2200 EDT (0200 GMT) on Tuesday.', PUB).map((t) => t.value), ['2023-10-24T22:00', '2023-10-25T02:00', '2023-10-24']);
    assert.equal(valueOf('Crews were called at 0400 BST.', '0400 BST', PUB), '2023-10-26T04:00');
    const t = one('The dam gave way at 6:40 p.m. local time Monday, but the town was empty.', '6:40 p.m. local time Monday', PUB);
    assert.equal(t.value, '2023-10-23T18:40');
  });

  test('", but" and "p.m." in the clause before a day', () => {
    assert.equal(valueOf('The rebels may return, but on Sunday they left the town.', 'Sunday', PUB), '2023-10-22');
    assert.equal(valueOf('A vote set for 5 p.m. could slip to Friday.', 'Friday', PUB), '2023-10-27');
  });

  test('"the previous Friday" counts from the day last talked about', () => {
    const text = 'The index closed at 2,300 on Friday, Oct. 20, down 4% from the previous Friday.';
    assert.equal(valueOf(text, 'the previous Friday', PUB), '2023-10-13');
  });

  test('"then current" is past', () => {
    assert.equal(valueOf('Holders could buy shares at half the then current price.', 'then current', PUB), 'PAST_REF');
  });

  test('"FY2024", "this past weekend", "almost a hundred years", "the last half of the \'80s"', () => {
    assert.equal(valueOf('Sales in FY2024 will rise.', 'FY2024', PUB), '2024');
    assert.equal(valueOf('In its 2022 fiscal year, profit rose.', 'its 2022 fiscal year', PUB), '2022');
    assert.equal(valueOf('Results for fiscal year 2021 were restated.', 'fiscal year 2021', PUB), '2021');
    assert.equal(valueOf('Crowds gathered this past weekend.', 'this past weekend', PUB), '2023-W42-WE');
    assert.equal(valueOf('The crown has ruled for almost a hundred years.', 'almost a hundred years', PUB), 'P100Y');
    assert.equal(valueOf('The leak could go on for another hundred years.', 'another hundred years', PUB), 'P100Y');
    assert.equal(valueOf('The families kept the secret for more than two thousand years.', 'more than two thousand years', PUB), 'P2000Y');
    assert.equal(valueOf('The city was founded two hundred years ago.', 'two hundred years ago', '2010-01-18'), '1810');
    assert.equal(valueOf('Sales were flat in the last half of the \'80s.', "the last half of the '80s", PUB), '198');
  });

  test('"within" and the "the" of an adjective of length stay out of a duration\'s span', () => {
    const t = one('Inspectors must report within two weeks.', 'two weeks', PUB);
    assert.equal(t.value, 'P2W');
    assert.equal(t.mod, 'EQUAL_OR_LESS');
    assert.equal(valueOf('The 30-day review began.', '30-day', PUB), 'P30D');
    assert.equal(one('The strike lasted more than three months.', 'more than three months', PUB).mod, 'MORE_THAN');
    assert.equal(one('The talks took less than two days.', 'less than two days', PUB).mod, 'LESS_THAN');
  });

  test('"50-plus days" is more than fifty days', () => {
    const t = one('After 50-plus days of leaking, the well was capped.', '50-plus days', PUB);
    assert.deepEqual([t.value, t.mod], ['P50D', 'MORE_THAN']);
    assert.equal(one('Can the firm support these families for 15 plus years?', '15 plus years', PUB).value, 'P15Y');
  });

  test('"a minute and a half" counts the half', () => {
    assert.equal(valueOf('The engine stalled a minute and a half after takeoff.', 'a minute and a half', PUB), 'PT1M30S');
  });

  test('"decades-long", "day-long" and "minute-long" are durations; "a decades-long" is no count', () => {
    assert.equal(valueOf('It ended a decades-long feud.', 'decades-long', PUB), 'PXE');
    assert.equal(valueOf('The unions left their day-long meeting.', 'day-long', PUB), 'P1D');
    assert.equal(valueOf('The minute-long tremor was felt across the island.', 'minute-long', PUB), 'PT1M');
  });
});

describe('vague times and stretches beside an event', () => {
  test('"soon" is a time ahead, but not "as soon as", "soon after", "too soon" or a past "soon became"', () => {
    assert.equal(valueOf('The well may soon have a permanent seal.', 'soon', '2010-09-15'), 'FUTURE_REF');
    assert.equal(valueOf('The crisis will not be over any time soon.', 'any time soon', '2010-06-06'), 'FUTURE_REF');
    for (const s of ['Work starts as soon as the storm passes.', 'Soon after the blast, crews arrived.', 'It is too soon to tell.', 'It soon became clear that the cap had failed.']) {
      assert.equal(tag(s, '2010-06-06').length, 0, s);
    }
  });

  test('"at this point" and "at this juncture" are now; "at this stage" of a process is not', () => {
    assert.equal(valueOf("I don't know if it has the capacity it needs at this point.", 'this point', '2010-06-14'), 'PRESENT_REF');
    assert.equal(valueOf('Nothing can be ruled out at this juncture.', 'this juncture', '2010-06-14'), 'PRESENT_REF');
    assert.equal(tag('They declined to name companies at this stage of the talks.', '2010-06-14').length, 0);
  });

  test('"the new year" told in the autumn is the next year, in January the one begun; "a new year" and "Chinese new year" are not', () => {
    assert.equal(valueOf('BP may resume paying a dividend in the new year.', 'the new year', '2010-09-30'), '2011');
    assert.equal(valueOf('Talks resume in the new year.', 'the new year', '2011-01-10'), '2011');
    assert.equal(tag('Families mark Chinese new year and start a new year of school.', '2010-09-30').length, 0);
  });

  test('"the current financial quarter" is this quarter; "the Future of Banking Commission" and "the fall-out" name no time', () => {
    assert.equal(valueOf('BP may suspend its dividend for the current financial quarter.', 'the current financial quarter', '2010-06-14'), '2010-Q2');
    assert.equal(tag('Neither the Future of Banking Commission nor the fall-out of the spill helped.', '2010-06-14').length, 0);
  });

  test('"As early as February" opening a past clause is the last February', () => {
    assert.equal(valueOf('As early as February, Halliburton was getting poor results.', 'February', '2010-10-29'), '2010-02');
    assert.equal(valueOf('The vote could come as early as February.', 'February', '2010-10-29'), '2011-02');
  });

  test('"in the days after the quake", "the hours leading up to", "in the hours before" and "the worst in decades" are lengths of unknown count', () => {
    assert.equal(valueOf('Aid arrived in the days after the quake.', 'days', '2010-01-20'), 'PXD');
    assert.equal(valueOf('There were failures in the days and hours leading up to the disaster.', 'hours', '2010-11-09'), 'PTXH');
    assert.equal(valueOf('In the years that followed, the rebels won.', 'years', '2000-04-01'), 'PXY');
    assert.equal(valueOf('It was the worst spill in decades.', 'decades', '2010-04-30'), 'PXE');
    assert.equal(valueOf('The slick tripled in size in just days.', 'days', '2010-05-02'), 'PXD');
    assert.equal(valueOf('Managers missed warning signs in the hours before the explosion.', 'hours', '2010-09-09'), 'PTXH');
    assert.equal(tag('The car was seen in the weeks before the shooting.', '1999-05-06').length, 0);
  });
});

describe('a day told before "today", a passive with "not", "on a day when"', () => {
  test('"that night" after "today" is the night of the day told before it, and so is a clock time of that night', () => {
    const text = 'The rig blew out at 21.45 on 20 April. The report released today paints the terror of that night on the rig. It began before 19.55 local time.';
    assert.equal(valueOf(text, 'that night', '2010-09-08'), '2010-04-20TNI');
    assert.equal(valueOf(text, '19.55 local time', '2010-09-08'), '2010-04-20T19:55');
    assert.equal(valueOf('Obama spoke today, and later that night he flew home.', 'later that night', '2010-09-08'), '2010-09-08TNI');
  });

  test('"is not stopped in August" is a present passive, so August lies ahead', () => {
    assert.equal(valueOf('Oil could reach the coast if the flow is not stopped in August.', 'August', '2010-06-24'), '2010-08');
  });

  test('"on a day when the market rose" is no length of a day', () => {
    assert.equal(tag('Shares fell 2 percent on a day when the broader market rose.', '2010-09-02').length, 0);
  });
});

describe('a clock time in a clause about an event the story dated', () => {
  test('"was shot to death at 10 p.m." is on the day the story gave the shooting, not on publication day', () => {
    const filler = 'The prosecutor said the evidence was strong and that a grand jury would hear it soon. '.repeat(4);
    const text = `Slepian was shot to death last Oct. 23 at his home. ${filler}Slepian was shot to death at 10 p.m. as he stood in his kitchen.`;
    assert.equal(valueOf(text, '10 p.m.', '1999-04-19'), '1998-10-23T22:00');
    const quake = `The quake struck on 12 January, flattening the capital. ${filler}The quake struck at 1653 local time.`;
    assert.equal(valueOf(quake, '1653 local time', '2010-01-24'), '2010-01-12T16:53');
  });

  test('with no dated event, or in a clause ahead, the clock time stays on publication day', () => {
    assert.equal(valueOf('The minister spoke at 10 p.m. in the capital.', '10 p.m.', '1999-04-19'), '1999-04-19T22:00');
    const filler = 'Engineers have studied the failed valve for months and expect to publish their work. '.repeat(4);
    const ahead = `The rig exploded on April 20. ${filler}The company will report on the explosion at 10 a.m.`;
    assert.equal(valueOf(ahead, '10 a.m.', '2010-09-08'), '2010-09-08T10:00');
  });
});

describe('"today" set against the past is the present age', () => {
  test('"compared with today", "by the standards of today", "than they are today", "the state that it is today"', () => {
    assert.equal(valueOf('The pool of academics was tiny compared with today.', 'today', '2010-06-03'), 'PRESENT_REF');
    assert.equal(valueOf('It all seemed slow by the standards of today, he says.', 'today', '2010-06-24'), 'PRESENT_REF');
    assert.equal(valueOf('The tsunamis were as deadly back then as they are today.', 'today', '2010-01-19'), 'PRESENT_REF');
    assert.equal(valueOf('It turned Norway into the welfare state that it is today.', 'today', '2010-07-29'), 'PRESENT_REF');
  });

  test('"today" that names the day stays the day', () => {
    assert.equal(valueOf('BP said that today would be the last day of claims.', 'today', '2010-08-18'), '2010-08-18');
    assert.equal(valueOf('The minister said today that the talks had failed.', 'today', '2010-08-18'), '2010-08-18');
  });
});

describe('joined weekdays, plans after the date, shows and story points', () => {
  // 2010-06-08 is a Tuesday, 2010-07-07 a Wednesday
  test('"by Monday or Tuesday" said on a Tuesday is next week\'s pair', () => {
    assert.equal(valueOf('The flow should be down to a trickle by Monday or Tuesday.', 'Monday', '2010-06-08'), '2010-06-14');
    assert.equal(valueOf('The flow should be down to a trickle by Monday or Tuesday.', 'Tuesday', '2010-06-08'), '2010-06-15');
    // told in the past, the pair stays behind publication
    assert.equal(valueOf('Crews worked on Monday and Tuesday to fix it.', 'Tuesday', '2010-06-08'), '2010-06-08');
  });
  test('a date followed by "was set to" is a plan on either side of publication', () => {
    assert.equal(valueOf('The action on Thursday was set to move back to the courts.', 'Thursday', '2010-07-07'), '2010-07-08');
  });
  test('a verb spelt like its past after "and" shares an earlier modal', () => {
    const text = 'Forecasters watched a system that could develop into a depression and hit the coast on Thursday.';
    assert.equal(valueOf(text, 'Thursday', '2010-07-07'), '2010-07-08');
    assert.equal(valueOf('The storm grew into a depression and hit the coast on Thursday.', 'Thursday', '2010-07-07'), '2010-07-01');
  });
  test('"Saturday Night Live" is a show', () => {
    assert.deepEqual(tag('NBC\'s "Saturday Night Live" mocked the hearing.', '2010-07-07').map((t) => t.text), []);
  });
  test('"at this point" in a sentence told in the past is the story\'s point, not now', () => {
    assert.deepEqual(tag('BP, at this point, was up against the clock.', '2010-06-15').map((t) => t.text), []);
    assert.equal(valueOf('At this point, we need real contingency planning.', 'this point', '2010-06-15'), 'PRESENT_REF');
  });
  test('"the long term health of" is an adjective; "the coming year" is the twelve months ahead', () => {
    assert.deepEqual(tag('They put short-term profit before the long term health of the companies.', '2010-05-27').map((t) => t.text), []);
    assert.equal(valueOf('In the long term, the firm will shrink.', 'the long term', '2010-05-27'), 'FUTURE_REF');
    assert.equal(valueOf('BP will sell $10 billion of assets in the coming year.', 'the coming year', '2010-07-20'), 'P1Y');
    assert.equal(valueOf('BP will sell $10 billion of assets next year.', 'next year', '2010-07-20'), '2011');
  });
  test('"won\'t be completed before August" looks ahead; a month naming a noun in a clause looking ahead is the nearer one', () => {
    assert.equal(valueOf('The relief well won\'t be completed before August.', 'August', '2010-06-09'), '2010-08');
    assert.equal(valueOf('The relief well won’t be completed before August.', 'August', '2010-06-09'), '2010-08');
    assert.equal(valueOf('He is campaigning ahead of the November elections.', 'November', '2010-06-09'), '2010-11');
    assert.equal(valueOf('The report blamed the April blast on poor cement.', 'April', '2011-01-06'), '2010-04');
  });
  test('"the months and years ahead" is one stretch; a disaster\'s counted day runs from the day the story gave it', () => {
    assert.equal(valueOf('Best to study them over the months and years ahead.', 'the months and years ahead', '2010-08-09'), 'PXY');
    const text = 'The April 20 explosion killed 11 workers. The crisis, now in its 75th day, has soiled beaches.';
    assert.equal(valueOf(text, 'its 75th day', '2010-07-04'), '2010-07-03');
    assert.equal(valueOf('The crisis, now in its 75th day, has soiled beaches.', 'its 75th day', '2010-07-04'), '2010-07-04');
    assert.deepEqual(tag('The winds and current are going to hamper the work.', '2010-06-28').map((t) => t.text), []);
  });
  test('a range back ("two or three months ago") is a date; "noon CDT (1700 GMT) on Tuesday" takes Tuesday; one quarter is mostly a share', () => {
    assert.equal(valueOf('The same folks who, just two or three months ago, were suggesting it.', 'just two or three months ago', '2010-06-12'), '2010-04');
    assert.equal(valueOf('Twenty-one years later, oil is still there.', 'Twenty-one years later', '2010-05-01'), 'P21Y');
    assert.equal(valueOf('The killing did not stop in 1989. Twenty-one years later, oil is still there.', 'Twenty-one years later', '2010-05-01'), '2010');
    assert.equal(valueOf('It was tar from the Ixtoc spill, he said in 2002. Twenty-three years earlier, a well blew out.', 'Twenty-three years earlier', '2010-06-06'), '1979');
    const text = 'BP said on Sunday it was fine. It collected 7,850 barrels in the 12-hour stretch ended at noon CDT (1700 GMT) on Tuesday.';
    assert.equal(valueOf(text, 'noon CDT', '2010-06-08'), '2010-06-08T12:00');
    assert.deepEqual(tag('Officials closed a quarter-mile stretch of beach.', '2010-06-25').map((t) => t.text), []);
    assert.deepEqual(tag('Investors have wiped about a quarter, or $50 billion, off the value.', '2010-05-27').map((t) => t.text), []);
    assert.equal(valueOf('The panic over SARS lasted for just about one quarter.', 'about one quarter', '2009-04-27'), 'P1Q');
  });
  test('"a Saturday" with no noun after it is any Saturday; "most days" is a set; "the past half century" is fifty years', () => {
    assert.equal(valueOf('Every day, from a Saturday to a Monday, we work.', 'Saturday', '2010-07-26'), 'XXXX-WXX-6');
    assert.equal(valueOf('They pocket $250 in tips on a Saturday night.', 'Saturday night', '2010-07-26'), 'XXXX-WXX-6TNI');
    assert.equal(valueOf('Shares fell after a Monday bank holiday.', 'Monday', '2010-06-01'), '2010-05-31');
    assert.equal(valueOf('He can smell the oil on most days.', 'most days', '2010-05-30'), 'P1D');
    assert.deepEqual(tag('It set the most days without rain.', '2010-05-30').map((t) => t.text), []);
    assert.equal(valueOf('Oil has been spilled there over the past half century.', 'the past half century', '2010-05-30'), 'P50Y');
    assert.deepEqual(tag('With a little Monday morning quarterbacking, both sides learn.', '2010-08-06').map((t) => t.text), []);
  });
  test('"the next afternoon" follows the story\'s day; "that year" after "since 2005" is 2005; "on their way to November\'s elections" looks ahead', () => {
    assert.equal(valueOf('The engineer learned the next afternoon, April 16, that the plan had changed.', 'April 16', '2010-09-09'), '2010-04-16');
    assert.equal(valueOf('It may be the most intense season since 2005. That year Katrina hit.', 'That year', '2010-06-01'), '2005');
    assert.equal(valueOf('Democrats will play the clip over and over again on their way to November\'s elections.', 'November', '2010-07-19'), '2010-11');
  });
  test('"the 70s" and "the late 90s" are decades, "in the 90s" of temperatures is not; "half-year results" are H1; an entry stamp is the page\'s time', () => {
    assert.equal(valueOf('Nobody has tried this since the 70s, when ARCO did.', 'the 70s', '2010-05-05'), '197');
    assert.equal(valueOf('Output declined in the late 90s and early 2000s.', 'the late 90s', '2010-08-23'), '199');
    assert.equal(valueOf('It was as bad as the pandemics in the 50s and 60s.', '60s', '2009-06-22'), '196');
    assert.deepEqual(tag('Highs will be in the 90s. He is in his 30s.', '2010-08-23').map((t) => t.text), []);
    assert.equal(valueOf('BP will pay nothing until 27 July, when it releases half-year figures.', 'half-year', '2010-06-13'), '2010-H1');
    assert.equal(valueOf('IPF reported a 40 percent rise in full-year pretax profit.', 'full-year', '2009-05-08'), 'P1Y');
    const blog = 'The failure came on the evening of April 20.\n12.20 pm: The senators are starting to get unhappy.';
    assert.equal(valueOf(blog, '12.20 pm', '2010-05-11'), '2010-05-11T12:20');
  });
  test('"But until June 4, they hadn\'t" is past; idioms and fractions are no times; "a few short weeks" is a length', () => {
    assert.equal(valueOf('But until June 4, they hadn\'t analyzed the data.', 'June 4', '2010-08-23'), '2010-06-04');
    assert.deepEqual(tag('It was designed to survive a once-in-a-century hurricane.', '2010-08-23').map((t) => t.text), []);
    assert.deepEqual(tag('I thought at once, "Wait a minute. That rig is new."', '2010-07-31').map((t) => t.text), []);
    assert.equal(valueOf('We had to wait a minute for it.', 'a minute', '2010-07-31'), 'PT1M');
    assert.deepEqual(tag('Carcasses lie at the bottom of the quarter million square miles of the Gulf.', '2010-07-31').map((t) => t.text), []);
    assert.equal(valueOf('In a few short weeks, members of Congress return.', 'a few short weeks', '2010-08-23'), 'PXW');
  });
  test('"the month-old spill" is a month; "all these years" a stretch; "a March report" a month; "USA TODAY" a paper', () => {
    assert.equal(valueOf('BP faced allegations over its response to the catastrophic month-old spill.', 'month-old', '2010-05-20'), 'P1M');
    assert.deepEqual(tag('They flew in with a month-old baby.', '2010-05-20').map((t) => t.text), []);
    assert.equal(valueOf('All these years we have never asked for a fortune.', 'All these years', '2010-04-30'), 'PXY');
    assert.equal(valueOf('It was the image we saw all those years ago.', 'years ago', '2010-01-20'), 'PAST_REF');
    assert.equal(valueOf('A March report from BP said it had the capability.', 'March', '2010-07-06'), '2010-03');
    assert.deepEqual(tag('Americans gave BP terrible grades in a USA TODAY/Gallup Poll.', '2010-05-26').map((t) => t.text), []);
  });
  test('"in afternoon trading" and "the morning hearing" are parts of the story\'s day; "the last year and a half" is a length; the told "next year"', () => {
    assert.equal(valueOf('BP saw its shares fall by some 9% in afternoon trading in London.', 'afternoon', '2010-06-14'), '2010-06-14TAF');
    assert.equal(valueOf('BP shares, down 2.5% in morning trading in London yesterday, closed lower.', 'morning', '2011-01-11'), '2011-01-10TMO');
    assert.equal(valueOf('The morning hearing ran long.', 'morning', '2010-05-11'), '2010-05-11TMO');
    assert.deepEqual(tag('He recorded it for The Evening Session. She went on a morning talk show.', '2010-09-08').map((t) => t.text), []);
    assert.equal(valueOf('But over the last year and a half, we have already acted.', 'the last year and a half', '2010-06-16'), 'P1Y6M');
    assert.equal(valueOf('Gulf Coast ports will close over the next year or so.', 'the next year or so', '1989-10-26'), '1990');
    assert.equal(valueOf('The adviser said so in 2005. It happened the next year.', 'the next year', '2010-06-06'), '2006');
  });
  test('"the coming days and weeks" are two lengths; "will be years." and "weeks from completion" are lengths; "2000 out of 8700 hours" no year', () => {
    assert.equal(valueOf('In the coming days and weeks, these efforts should capture oil.', 'weeks', '2010-06-16'), 'PXW');
    assert.equal(valueOf('Restoring the habitats will be years.', 'years', '2010-06-08'), 'PXY');
    assert.equal(valueOf('A permanent fix is weeks from completion.', 'weeks', '2010-05-09'), 'PXW');
    assert.equal(valueOf('It is time to end our century-long addiction.', 'century-long', '2010-06-16'), 'P100Y');
    assert.deepEqual(tag('The sun shines 2000 out of 8700 hours.', '2010-06-24').map((t) => t.text), ['8700 hours']);
    assert.deepEqual(tag('If you watched the Ten o\'clock news you saw it.', '2009-06-01').map((t) => t.text), []);
    assert.deepEqual(tag('Eleven workers died. And soon, nearly a mile beneath the surface, oil began spewing.', '2010-06-16').map((t) => t.text), []);
    assert.equal(valueOf('Soon, the company will drill again.', 'Soon', '2010-06-16'), 'FUTURE_REF');
  });
  test('"for the moment" is now, "in future" and "an uncertain future" ahead; "everyday" as an adverb a set; "on the 22nd" a day; an evening\'s live stamps', () => {
    assert.equal(valueOf('For the moment, swine flu is not a cause for alarm.', 'the moment', '2009-04-27'), 'PRESENT_REF');
    assert.equal(valueOf('BP in future will be smaller.', 'future', '2010-07-16'), 'FUTURE_REF');
    assert.equal(valueOf('The measure faces an uncertain future in the Senate.', 'future', '2011-01-11'), 'FUTURE_REF');
    assert.equal(valueOf('One of these days you journalists are going to wake up.', 'One of these days', '2010-06-11'), 'FUTURE_REF');
    assert.equal(valueOf("Don't more die everyday from regular flu?", 'everyday', '2009-05-01'), 'P1D');
    assert.deepEqual(tag('We deal with it in our everyday lives. He is eight years older than me.', '2009-05-01').map((t) => t.text), []);
    assert.equal(valueOf('Cases were confirmed on Saturday. He arrived from Mexico on the 22nd, an official said.', '22nd', '2009-04-28'), '2009-04-22');
    assert.equal(valueOf('Republicans stripped the funding during debate in January.', 'January', '2009-04-28'), '2009-01');
    const live = '2059: Media critic Howard Kurtz tweets.\n2056: Mr Gibbs says more.\n2155: Kedar writes.\n1905: Welcome to our coverage.';
    assert.equal(valueOf(live, '2059', '2010-06-15'), '2010-06-15T20:59');
    assert.equal(valueOf('2030: Emissions must fall.\n2040: Coal ends.\n2050: Net zero.', '2050', '2010-06-15'), '2050');
  });
  test('a midnight something starts from on a named day opens it; "Dec. 31 of the previous year" is one date; "the present value" is money; a capitalised count of days after a full stop is a length', () => {
    assert.equal(valueOf('It was shortly after midnight on March 24, 1989 that the tanker struck.', 'midnight', '2010-09-20'), '1989-03-24T00:00');
    assert.equal(valueOf('The post says that from midnight to noon on 27 June 8,000 barrels were collected.', 'midnight', '2010-06-28'), '2010-06-27T00:00');
    assert.equal(valueOf('The shooting began late on Saturday and went on until after midnight.', 'midnight', '2009-06-07'), '2009-06-06T24:00');
    assert.equal(valueOf('On June 24 he rehearsed and worked until after midnight. The next day, shortly after noon, he died.', 'The next day', '2009-07-07'), '2009-06-25');
    assert.equal(valueOf('BP captured 2,200 barrels in the 24 hours to midnight on Thursday.', 'midnight', '2010-05-21'), '2010-05-20T24:00');
    assert.deepEqual(tag('The band played in the After Midnight session.', '2009-10-24').map((t) => t.text), []);
    assert.equal(valueOf('Members must show their assets on Dec. 31 of the previous year.', 'Dec. 31 of the previous year', '2010-06-16'), '2009-12-31');
    assert.equal(valueOf('The law passed in 2004 and took effect in March the following year.', 'March the following year', '2010-06-16'), '2005-03');
    assert.deepEqual(tag('A discount rate implies the present value of the costs.', '2010-12-01').map((t) => t.text), []);
    assert.equal(valueOf('He has wasted 37 days!!! and counting.\n37 Days!!!! and now the Gulf is dying.', '37 Days', '2010-05-26'), 'P37D');
    assert.equal(valueOf('They could run any scenario for at least TWO YEARS!', 'TWO YEARS', '2010-05-27'), 'P2Y');
    assert.deepEqual(tag('He needs to be a woodcarver. Twenty Minutes reveals how. Eight Year Six pupils were ill.', '2009-10-24').map((t) => t.text), []);
  });
  test('a live page\'s entries opening lines with "2055 …" are times; a diary\'s capitalised heading "MONDAY, 27 APRIL" dates what follows; a speed is no length; a slogan\'s "Now" is a name', () => {
    const live = 'Live coverage of the quake.\n0000 The BBC is closing this page.\n2346 A survivor says he found his wife.\n2332 A reporter tweets: "Shocked."\n2055 Harry Brown e-mails: "Go."\n1943 US officials say flights resumed.\n1510 Bill Clinton speaks.';
    assert.equal(valueOf(live, '2055', '2010-01-14'), '2010-01-14T20:55');
    assert.equal(valueOf(live, '1943', '2010-01-14'), '2010-01-14T19:43');
    const years = 'Key dates.\n1989 The Exxon Valdez runs aground.\n1990 Congress passes a law.\n2005 Katrina strikes.\n2010 The rig explodes.\n2035 A target falls due.\n2045 Another one.';
    assert.equal(valueOf(years, '2005', '2010-06-01'), '2005');
    const diary = 'WEDNESDAY, 29 APRIL, MEXICO It took me 20 minutes today.\nMONDAY, 27 APRIL, MEXICO This is serious. Yesterday in my office it was quiet. None are expecting deliveries until Tuesday.';
    assert.equal(valueOf(diary, 'Yesterday', '2009-04-29'), '2009-04-26');
    assert.equal(valueOf(diary, 'Tuesday', '2009-04-29'), '2009-04-28');
    assert.equal(valueOf("I didn't hear about the flu epidemic until Friday night.", 'Friday night', '2009-04-27'), '2009-04-24TNI');
    assert.deepEqual(tag('The gulf sees winds of more than 70km an hour. He drove at 100 miles an hour.', '2010-06-19').map((t) => t.text), []);
    assert.deepEqual(tag('It humbled the "Drill Now" crowd.', '2010-06-19').map((t) => t.text), []);
    assert.equal(valueOf('They painted the words "What Now?" on a tower.', 'Now', '2010-05-14'), 'PRESENT_REF');
  });
  test('a month before its figures is the last one; "the previous week" counts from the day just named; "year after year" is a set', () => {
    assert.equal(valueOf("We're also getting Commerce Department data on April retail sales.", 'April', '2010-05-14'), '2010-04');
    assert.equal(valueOf("Claims fell in the week ended May 8. The previous week's level was revised.", 'The previous week', '2010-05-14'), '2010-W17');
    assert.equal(valueOf('Flu kills 500,000 people year after year.', 'year after year', '2009-04-28'), 'P1Y');
    assert.equal(valueOf('Suttles appeared day after day on TV.', 'day after day', '2010-05-30'), 'P1D');
    assert.deepEqual(tag('The calendar showed week after week of cancelled bookings.', '2010-09-06').map((t) => t.text), []);
  });
  test('a bare "September 11" of an unnamed earlier year is the 2001 attacks; a pre-/post- date is a boundary; "no tomorrow" is an idiom', () => {
    assert.equal(valueOf('The president compared the spill to the attacks. September 11 was about the murder of 3,000 Americans.', 'September 11', '2010-06-14'), '2001-09-11');
    // a September 11 of the year in print, or of a year the story named, stays that day
    assert.equal(valueOf('The rig was inspected on September 11.', 'September 11', '2010-10-02'), '2010-09-11');
    assert.equal(valueOf('In 2009 the firm grew. It signed the deal on September 11.', 'September 11', '2010-06-14'), '2009-09-11');
    assert.equal(valueOf('All we cannot do is restore the Gulf to its pre-April 20 state.', 'pre-April 20', '2010-06-30'), '2010-04-20');
    assert.deepEqual(tag('They built subways like no tomorrow and spent like there is no tomorrow.', '2009-04-29').map((t) => t.text), []);
    assert.equal(valueOf('A/H1N1 Update: 24 Fatal Cases in the Past 24 Hours', 'the Past 24 Hours', '2009-11-25'), 'PT24H');
  });
  test('a live page\'s entry may open mid-line after a caption, in the run of its line stamps; one above a stamp half a day later is past midnight', () => {
    const live = '(All times GMT.)\n0000 The BBC is closing this page.\n2358 The UN chief speaks.\n2349 A reporter says: "Calm."\n'
      + 'Aerial footage of the destruction in Haiti 2207 The Wall Street Journal says the quake was strong.\n2200 A commander speaks.\n'
      + 'Lessons from the 2004 Asian tsunami were learnt.\n2149 Mrs Clinton arrives.\n1943 US officials say flights resumed.';
    assert.equal(valueOf(live, '2207', '2010-01-13'), '2010-01-13T22:07');
    assert.equal(valueOf(live, '0000', '2010-01-13'), '2010-01-14T00:00');
    assert.equal(valueOf(live, '2358', '2010-01-13'), '2010-01-13T23:58');
    assert.equal(valueOf(live, '2004', '2010-01-13'), '2004');
    // "at 0400" in prose stays a clock time on a page without live stamps
    assert.equal(valueOf('Neighbours stood outside their homes at 0400 fearing the worst.', '0400', '2010-01-18'), '2010-01-18T04:00');
  });
  test('"at 6.30 tonight" is a clock time; what is "predicted for" a season lies ahead; "the first half of this article" is no date', () => {
    assert.equal(valueOf('Wallace will be speaking at 6.30 tonight on campus.', '6.30 tonight', '2009-05-31'), '2009-05-31T18:30');
    assert.deepEqual(tag('Game 2 tonight is sold out.', '2009-05-31').map((t) => [t.text, t.value]), [['tonight', '2009-05-31TNI']]);
    assert.equal(valueOf('Immunity to a more serious outbreak predicted for the autumn can be built up.', 'the autumn', '2009-05-06'), '2009-FA');
    assert.deepEqual(tag('For the first half of this article, I agree. Songs make up the first half of the program.', '2009-05-18').map((t) => t.text), []);
    assert.equal(valueOf('Profits rose in the first half of fiscal 2010.', 'the first half', '2010-08-02'), '2010-H1');
  });
  test('a Washington Post comment is told from the stamp after it; "millions of years", "the past thousand years" are lengths; "before 2001 year" is a year', () => {
    const thread = 'Great post. Posted by: ann | November 17, 2010 9:23 PM | Report abuse I woke up this morning to frost. Yesterday was warm. '
      + 'Posted by: bob | November 18, 2010 8:27 AM | Report abuse Off to chemo today. Posted by: cy | November 19, 2010 7:02 AM | Report abuse';
    // (the stamps themselves are dated as written)
    assert.deepEqual(tag(thread, '2010-11-17').filter((t) => !/2010/.test(t.text)).map((t) => [t.text, t.value]), [
      ['this morning', '2010-11-18TMO'], ['Yesterday', '2010-11-17'], ['today', '2010-11-19'],
    ]);
    assert.equal(valueOf('The oil was down there for millions of years.', 'millions of years', '2010-05-23'), 'PXY');
    assert.equal(valueOf('Millions of years ago, the river ran here.', 'Millions of years ago', '2010-05-23'), 'PAST_REF');
    assert.deepEqual(tag('The resource is thousands of years old.', '2010-05-23').map((t) => t.text), []);
    assert.equal(valueOf('For the past thousand years, censorship was a tradition.', 'the past thousand years', '2009-06-02'), 'P1000Y');
    assert.deepEqual(tag('We had no PC before 2001 year. I was 9 years\' old in 1989.', '2009-06-02').map((t) => [t.text, t.value]), [['2001', '2001'], ['1989', '1989']]);
  });
  test('a headline\'s "Wed." and "Tues." are days; a date opening the main clause after "Although …," takes the verb after it; "winter-like" is no season; "throughout March"; "for millennia"; "the fall guy"; ages', () => {
    const story = 'Colder Temperatures Forecast for Wed. after Cold Wave Alert Tues.\n\n'
      + 'Although the first cold wave alerts were issued in anticipation of frigid lows on Tuesday, Wednesday is forecast to be even colder. '
      + 'Forecasters expect the winter-like weather to return. They wed. Then they left.';
    assert.deepEqual(tag(story, '2023-11-07').map((t) => [t.text, t.value]), [
      ['Wed.', '2023-11-08'], ['Tues.', '2023-11-07'], ['Tuesday', '2023-11-07'], ['Wednesday', '2023-11-08'],
    ]);
    // a plain past clause before it still agrees with the verb after it
    assert.equal(valueOf('When the alerts were issued, Wednesday was the coldest day.', 'Wednesday', '2023-11-07'), '2023-11-01');
    assert.equal(valueOf('We will add interviews weekly throughout March.', 'March', '2019-03-29'), '2019-03');
    assert.equal(valueOf('Its peoples have managed these forests for millennia.', 'millennia', '2020-01-17'), 'PXL');
    assert.deepEqual(tag('Tony Hayward has been made the fall guy by US media.', '2010-06-10').map((t) => t.text), []);
    const ages = 'Most cases were in people under the age of 25 years or between the ages of 30 and 50 years. If the 30-50 year group is at risk, '
      + 'so are babies born at 29 weeks gestation. In the age of 24-hour drinking, the outbreak lasted 25 years.';
    assert.deepEqual(tag(ages, '2009-06-30').map((t) => [t.text, t.value]), [['29 weeks', 'P29W'], ['24-hour', 'PT24H'], ['25 years', 'P25Y']]);
  });
  test('a chronology\'s line is the nearer such day; a dateline\'s day after a stamp is its own; a bracketed conversion or a forecast window does not hide the tense; "seven accident-free years"; "\'til August"; "starting in November"; a caption\'s "Wednesday:"', () => {
    const chronology = 'A timeline of the spill.\nApril 20, 2010 - The rig explodes.\nApril 30 - An aide says no drilling will be allowed until the cause is known.\n';
    assert.equal(valueOf(chronology, 'April 30', '2010-07-23'), '2010-04-30');
    assert.deepEqual(tag('July 23 | Fri Jul 23, 2010 7:55 am EDT July 23 (Reuters) - Efforts to plug the well resumed.', '2010-07-23').map((t) => [t.text, t.value]), [
      ['July 23', '2010-07-23'], ['Fri Jul 23, 2010 7:55 am EDT', '2010-07-23T07:55'], ['July 23', '2010-07-23'],
    ]);
    const leaked = 'BP will then try to plug the well. By Monday, between 89m gallons (337m litres) and 176m gallons of oil had leaked into the Gulf.';
    assert.equal(valueOf(leaked, 'Monday', '2010-07-13'), '2010-07-12');
    assert.equal(valueOf('High seas were forecast through Sunday and could push oil into the marshes.', 'Sunday', '2010-05-01'), '2010-05-02');
    assert.equal(valueOf('Officials were celebrating seven accident-free years on the rig.', 'seven accident-free years', '2010-05-08'), 'P7Y');
    assert.equal(valueOf('She said on Sunday: "There could be oil coming up \'til August."', 'August', '2010-05-30'), '2010-08');
    // the start of a plan is the nearer such month, told before it or after
    assert.equal(valueOf('Let\'s vote them out, starting in November.', 'November', '2010-06-07'), '2010-11');
    assert.equal(valueOf('BP agreed to pay the firm $850,000 a month starting in mid-June.', 'mid-June', '2010-11-04'), '2010-06');
    // a photo caption's weekday, opening a line, is when the picture was taken
    const caption = 'Wednesday: The chairman (left) and the chief executive leave the White House after a meeting.\nThe chief may have been yachting.';
    assert.equal(valueOf(caption, 'Wednesday', '2010-06-21'), '2010-06-16');
  });
});
