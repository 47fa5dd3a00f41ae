// Which side of publication a day, month or quarter lies on when the clause around it names a plan: a "since" phrase
// with its own year, a day declared for something, an election day voters go to, a quarter named ahead late in the
// year, what a month is meant for, what someone wants; and the year or night a clause takes from the date before it.
// Found by articles written in the style of 2012-2014 news (blind batches 259 and 266 to 271).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tag, valueOf } from './helpers.ts';

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

  test('a plan with a gerund object, and a day\'s event a modal\'s verb takes, are the nearer side', () => {
    // 2012-10-30 is a Tuesday, 2013-12-06 a Friday.
    assert.equal(valueOf('Officials said they hoped to resume trading on Wednesday.', 'Wednesday', '2012-10-30'), '2012-10-31');
    assert.equal(valueOf('Downing Street said the prime minister would attend Tuesday\'s memorial.', 'Tuesday', '2013-12-06'), '2013-12-10');
    assert.equal(valueOf('The prime minister attended Tuesday\'s memorial.', 'Tuesday', '2013-12-06'), '2013-12-03');
  });

  test('a date a deadline or plan names, with no verb to tell, lies ahead', () => {
    assert.equal(valueOf('Yet the Treasury\'s ability to stretch the Feb. 7 date is a wild card.', 'Feb. 7', '2013-10-17'), '2014-02-07');
    assert.equal(valueOf('The Treasury missed the Feb. 7 date.', 'Feb. 7', '2013-10-17'), '2013-02-07');
  });

  test('expecting, a requirement and a guess at "by" when look ahead', () => {
    // 2013-12-06 is a Friday, 2013-02-26 a Tuesday, 2013-04-25 a Thursday.
    assert.equal(valueOf('"We expect up to 90,000 people at the stadium on Tuesday," he said.', 'Tuesday', '2013-12-06'), '2013-12-10');
    assert.equal(valueOf('The administration is required to order the reductions before midnight Friday.', 'midnight Friday', '2013-02-26'), '2013-03-01T24:00');
    assert.equal(valueOf('Cranes would lift the slabs only after the search ended, possibly by the weekend.', 'the weekend', '2013-04-25'), '2013-W17-WE');
    assert.equal(valueOf('The search had ended by the weekend.', 'the weekend', '2013-04-25'), '2013-W16-WE');
  });

  test('a stretch a past act set running "starting on" a day starts on the nearer one', () => {
    // 2013-01-28 is a Monday.
    assert.equal(valueOf('The mayor declared three days of mourning starting on Sunday.', 'Sunday', '2013-01-28'), '2013-01-27');
    assert.equal(valueOf('The city will hold three days of mourning starting on Sunday.', 'Sunday', '2013-01-28'), '2013-02-03');
  });

  test('a modal\'s guess before "by" looks ahead; a plan a past act undid is the nearer side', () => {
    assert.equal(valueOf('It is a program that she said could be running by the fall.', 'the fall', '2013-06-03'), '2013-FA');
    // 2012-12-21 is a Friday.
    assert.equal(valueOf('Leaders abruptly canceled a vote set for 8 p.m. EST Thursday.', '8 p.m. EST Thursday', '2012-12-21'), '2012-12-20T20:00');
    assert.equal(valueOf('A vote is set for 8 p.m. EST Thursday.', '8 p.m. EST Thursday', '2012-12-21'), '2012-12-27T20:00');
  });

  test('a programme word before a day is a noun when a past verb follows the day', () => {
    // 2012-11-26 is a Monday.
    assert.equal(valueOf('Store visits on Friday fell 1.8 percent from a year earlier.', 'Friday', '2012-11-26'), '2012-11-23');
    assert.equal(valueOf('The president visits on Friday.', 'Friday', '2012-11-26'), '2012-11-30');
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

describe('what a month is meant for', () => {
  // 2013-12-10 is a Tuesday.
  const DEC = '2013-12-10';
  test('a month something is for is the nearer one, and a capitalised March after "for" is the month', () => {
    assert.equal(valueOf('"We want to leave with a clean text for March," the official said.', 'March', DEC), '2014-03');
    assert.equal(valueOf('Only limited sales were booked for March shipment.', 'March', '1987-02-26'), '1987-03');
    assert.equal(valueOf('The vote is scheduled for May.', 'May', DEC), '2014-05');
    assert.deepEqual(tag('A spokesman for May declined to comment.', DEC).map((t) => t.text), []);
  });

  test('a day someone wants to leave on is ahead; a deal unlikely before a month is not yet made', () => {
    assert.equal(valueOf('"But we want to leave on Friday with a clean text," he said.', 'Friday', DEC), '2013-12-13');
    assert.equal(valueOf('Analysts said a new agreement was unlikely before November.', 'November', '2013-09-23'), '2013-11');
  });

  test('an attribution after a clause in the present perfect does not make its month past', () => {
    assert.equal(valueOf('A second round has been planned in January, officials said.', 'January', DEC), '2014-01');
  });
});

describe('the year or night a clause takes from the date before it', () => {
  test('a month or season in a "when" clause after a year is that year\'s', () => {
    const text = 'It recalls the 2009 H1N1 pandemic, when the virus spread among young people through the spring and again in the fall.';
    assert.equal(valueOf(text, 'the spring', '2013-01-11'), '2009-SP');
    assert.equal(valueOf(text, 'the fall', '2013-01-11'), '2009-FA');
    assert.equal(valueOf('The last time was in 2005, when talks dragged on until November.', 'November', '2013-01-11'), '2005-11');
    // not across ", and" into a clause of its own
    assert.equal(valueOf('He took office in 2009, when the economy was weak, and will retire in March.', 'March', '2013-01-11'), '2013-03');
  });

  test('"overnight" after a past day named in the same sentence is that day\'s night, or the one before "early" it', () => {
    // 2013-07-02 is a Tuesday.
    const fire = 'The sheriff ordered 400 homes evacuated Saturday afternoon and added 250 early Sunday after the fire doubled in size overnight.';
    assert.equal(valueOf(fire, 'overnight', '2013-07-02'), '2013-06-29TNI');
    assert.equal(valueOf('Crews worked on Saturday and overnight to clear the road.', 'overnight', '2013-07-02'), '2013-06-29TNI');
    assert.equal(valueOf('Tributes arrived overnight from around the world.', 'overnight', '2013-07-02'), '2013-07-01TNI');
  });

  test('"the following January" and "the previous December" count from the date last talked about', () => {
    const office = 'Mr. Kessler, who was first elected in 2003 and took office the following January, denies wrongdoing.';
    assert.equal(valueOf(office, 'the following January', '2013-08-23'), '2004-01');
    const drills = 'Drills have been held twice a year since 2005, a response to the tsunami the previous December.';
    assert.equal(valueOf(drills, 'the previous December', '2012-12-08'), '2004-12');
    assert.equal(valueOf('The plant closed in March 2010 and reopened the following June.', 'the following June', '2013-08-23'), '2010-06');
  });

  test('a clock time with no tense, in a next-morning paper, is on the day the opening reports', () => {
    // 2013-08-23 is a Friday.
    const text = 'HOLLIS FALLS, N.Y. - The mayor said on Thursday that he would resign at the end of the month.\n\n'
      + 'Standing on the steps of City Hall shortly after 4 p.m., with his wife beside him, he read a brief statement.';
    assert.equal(valueOf(text, '4 p.m.', '2013-08-23'), '2013-08-22T16:00');
  });

  test('an irregular past ("ate") is past, and a "when" clause after a month is not the month\'s habit', () => {
    // 2012-11-26 is a Monday after Thanksgiving, 2013-10-02 a Wednesday.
    assert.equal(valueOf('"It is the first time I ate Thanksgiving dinner early so I could get here," he said.', 'Thanksgiving', '2012-11-26'), '2012-11-22');
    assert.equal(valueOf('It is its first launch since April, when its phone drew generally poor reviews.', 'April', '2013-10-02'), '2013-04');
    assert.equal(valueOf('Sales generally peak in April.', 'April', '2013-10-02'), 'XXXX-04');
  });

  test('"that year" after a quarter of a year is that year', () => {
    const text = 'The company plans filings in the first quarter of 2014, with a decision possible by the end of that year.';
    assert.equal(valueOf(text, 'the end of that year', '2013-05-31'), '2014');
  });

  test('"overnight" after "after" is the night before the day named; "changed overnight" is no night', () => {
    // 2013-01-16 is a Wednesday.
    assert.equal(valueOf('Rebels seized the town on Monday after overnight clashes with troops.', 'overnight', '2013-01-16'), '2013-01-13TNI');
    assert.deepEqual(tag('"The situation changed overnight," he said.', '2013-01-16').map((t) => t.text), []);
  });

  test('a habit in the sentence before, ended inside a quotation, is not the next sentence\'s', () => {
    const text = 'Shares typically fall, a pattern called "sell the news."\n\nSuppliers have ramped up output since July.';
    assert.equal(valueOf(text, 'July', '2014-09-08'), '2014-07');
  });

  test('"every July 4" is that day each year, "every Monday morning" that part of each Monday', () => {
    assert.equal(valueOf('The trucks run every Monday morning no matter who is in office.', 'every Monday morning', '2013-08-23'), 'XXXX-WXX-1TMO');
    assert.equal(valueOf('The town called off the fireworks show it has held every July 4 since 1988.', 'every July 4', '2013-07-02'), 'XXXX-07-04');
    assert.equal(valueOf('It rains every day.', 'every day', '2013-07-02'), 'P1D');
  });
});

describe('the trading session a closing price is quoted at', () => {
  test('"in 4 p.m. composite trading Thursday" is Thursday\'s 4 p.m.', () => {
    // 2012-11-16 is a Friday.
    assert.equal(valueOf('Its shares rose 3.2% to $41.87 in 4 p.m. composite trading Thursday on the New York Stock Exchange.', '4 p.m.', '2012-11-16'), '2012-11-15T16:00');
    assert.equal(valueOf('Its shares rose in 4 p.m. New York Stock Exchange composite trading yesterday.', '4 p.m.', '2012-11-16'), '2012-11-15T16:00');
    assert.equal(valueOf('Its shares rose 2% by 4 p.m.', '4 p.m.', '2012-11-16'), '2012-11-16T16:00');
  });
});

describe('quarters in a report on one just ended', () => {
  test('"the end of the quarter" in a report on the second is the second\'s end', () => {
    const text = 'Profit rose in the second quarter. Inventory per store was down 2 percent at the end of the quarter.';
    assert.equal(valueOf(text, 'the end of the quarter', '2013-08-15'), '2013-Q2');
    assert.equal(valueOf('Sales should pick up by the end of the quarter.', 'the end of the quarter', '2013-08-15'), '2013-Q3');
  });

  test('"the previous quarter" after a report on the third is the second; "last quarter" counts from publication', () => {
    const text = 'GDP rose 5.9 percent in the third quarter. Consumption grew 4.8 percent, slower than the 5.1 percent of the previous quarter.';
    assert.equal(valueOf(text, 'the previous quarter', '2013-10-17'), '2013-Q2');
    assert.equal(valueOf('Sales fell last quarter.', 'last quarter', '2013-10-17'), '2013-Q3');
  });

  test('figures of a quarter two or more ahead of the current one are last year\'s', () => {
    // 2014-02-07 is in the first quarter.
    assert.equal(valueOf('The statistics office will publish fourth-quarter GDP data on Feb. 14.', 'fourth-quarter', '2014-02-07'), '2013-Q4');
    assert.equal(valueOf('Fourth-quarter sales are expected to rise.', 'Fourth-quarter', '2014-02-07'), '2014-Q4');
  });
});

describe('words said in a quotation on the story\'s day', () => {
  // 2012-05-07 is a Monday; the opening reports Sunday night.
  const OPENING = 'SEVRAN (AP) - The opposition leader was declared the winner of the runoff Sunday night, ending a decade of rule.\n\n';
  test('"tonight" and "tomorrow" in a quote count from the day before publication the opening reports', () => {
    const text = `${OPENING}"Tonight the country chose hope," he told cheering supporters. "Tomorrow the work begins."`;
    assert.equal(valueOf(text, 'Tonight', '2012-05-07'), '2012-05-06TNI');
    assert.equal(valueOf(text, 'Tomorrow', '2012-05-07'), '2012-05-07');
  });

  test('not outside the quotation, nor after a quotation closed', () => {
    assert.equal(valueOf(`${OPENING}Results will be certified tomorrow, officials said.`, 'tomorrow', '2012-05-07'), '2012-05-08');
    assert.equal(valueOf(`${OPENING}"We won," he said. Results will be certified tomorrow.`, 'tomorrow', '2012-05-07'), '2012-05-08');
  });
});

describe('the rest of the fifty-fourth session\'s readings (blind batches 284 to 289)', () => {
  test('a thought told in a "when" clause leaves the date to its own clause', () => {
    // 2014-03-31 is a Monday.
    assert.equal(valueOf('"There were moments on Friday when I thought we would not get a text," one said.', 'Friday', '2014-03-31'), '2014-03-28');
    assert.equal(valueOf('He will speak Saturday, when aides said he would lay out his plans.', 'Saturday', '2014-03-31'), '2014-04-05');
  });

  test('"ran extra services until late Sunday night" is past, "if I had to" is no past perfect', () => {
    // 2012-08-13 is a Monday, 2013-03-14 a Thursday.
    assert.equal(valueOf('Train operators ran extra services until late Sunday night.', 'Sunday night', '2012-08-13'), '2012-08-12TNI');
    assert.equal(valueOf('"I would have kept coming until Easter if I had to," she said.', 'Easter', '2013-03-14'), '2013-03-31');
  });

  test('a plural "start in" a month looks ahead as "starts in" does', () => {
    assert.equal(valueOf('Planning had been running alongside the Olympic Games, which start in late July.', 'late July', '2012-05-21'), '2012-07');
  });

  test('"64 days a month earlier" is no rate', () => {
    assert.equal(valueOf('Inventories rose to 71 days, up from 64 days a month earlier.', '64 days', '2013-05-02'), 'P64D');
  });

  test('a closing price in composite trading is the opening\'s day; a reported half ahead is this year\'s', () => {
    // 2013-05-02 is a Thursday.
    const text = 'The carmaker said Wednesday its sales rose 14% in April.\n\nIts shares rose 2.3% to $31.84 at 4 p.m. in New York Stock Exchange composite trading.';
    assert.equal(valueOf(text, '4 p.m.', '2013-05-02'), '2013-05-01T16:00');
    assert.equal(valueOf('Executives cautioned that the second half of the year could be harder.', 'the second half of the year', '2013-05-02'), '2013-H2');
  });

  test('an hour on the clock just after a night is named is the evening\'s', () => {
    const text = 'His sister heard from her on Friday night. "She sent me a message at 10 o\'clock saying they were putting on life jackets."';
    assert.equal(valueOf(text, "10 o'clock", '2012-01-14'), '2012-01-13T22:00');
    assert.equal(valueOf("The shop opens at 10 o'clock.", "10 o'clock", '2012-01-14'), '2012-01-14T10:00');
  });
});

describe('a dateline or page stamp is not the story\'s opening day', () => {
  test('"BEIJING, May 14, 2014 (AFP) -" leaves the opening\'s Tuesday to date its clock times', () => {
    // 2014-05-14 is a Wednesday.
    const text = 'Rescuers race to reach trapped miners\n\nBEIJING, May 14, 2014 (AFP) - Rescuers worked through the night to reach 23 miners '
      + 'trapped underground after a gas explosion tore through a coal mine in southwest China on Tuesday afternoon, killing at least 11 people, '
      + 'state media and local officials said Wednesday.\n\nThe blast hit the Xinqiao colliery in Lianhe county, in the mountainous province '
      + 'of Guizhou, at around 3:20 pm (0720 GMT), when 87 workers were underground on the day shift, the official news agency reported.';
    assert.equal(valueOf(text, 'around 3:20 pm', '2014-05-14'), '2014-05-13T15:20');
  });

  test('under a dateline of publication day, a quote\'s "today" is publication day', () => {
    const text = 'BEIJING, May 14, 2014 (AFP) - Rescuers worked through the night to reach miners trapped after a blast on Tuesday afternoon.\n\n'
      + '"We will not stop," the rescue chief said. "Not today, not tomorrow."';
    assert.equal(valueOf(text, 'today', '2014-05-14'), '2014-05-14');
  });

  test('a same-day opening still dates its clock times to publication', () => {
    const text = 'BEIJING, May 14, 2014 (AFP) - A gas explosion tore through a coal mine on Wednesday morning, state media said.\n\n'
      + 'The blast hit the colliery at around 9:20 am, when 87 workers were underground.';
    assert.equal(valueOf(text, 'around 9:20 am', '2014-05-14'), '2014-05-14T09:20');
  });
});
