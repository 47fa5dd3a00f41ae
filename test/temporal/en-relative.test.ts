// Dates stated relative to the publication day, resolved with the tense of the clause.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { one, tag, valueOf } from './helpers.ts';

// 2023-06-03 is a Saturday.
describe('weekdays', () => {
  test('past tense takes the nearest past one, including the publication day', () => {
    assert.equal(valueOf('The ministers met Saturday in Singapore.', 'Saturday'), '2023-06-03');
    assert.equal(valueOf('The ministers met on Tuesday.', 'Tuesday'), '2023-05-30');
    assert.equal(valueOf('Officials said Friday that talks stalled.', 'Friday'), '2023-06-02');
  });

  test('future tense takes the next one', () => {
    assert.equal(valueOf('The envoys will meet Tuesday.', 'Tuesday'), '2023-06-06');
    assert.equal(valueOf('The two sides plan to sign the deal on Thursday.', 'Thursday'), '2023-06-08');
    assert.equal(valueOf('The talks are scheduled for Monday.', 'Monday'), '2023-06-05');
  });

  test('"last", "next" and "this" override the tense', () => {
    // "last Thursday" is the most recent Thursday before publication, as in TimeBank; "last Friday" written on a
    // Saturday is the Friday of the week before (the day before would be "yesterday"), "this past Friday" is yesterday
    assert.equal(valueOf('They will review what happened last Thursday.', 'last Thursday'), '2023-06-01');
    assert.equal(valueOf('They will review what happened last Friday.', 'last Friday'), '2023-05-26');
    assert.equal(valueOf('They will review what happened this past Friday.', 'this past Friday'), '2023-06-02');
    assert.equal(valueOf('They will review what happened last Saturday.', 'last Saturday'), '2023-05-27');
    assert.equal(valueOf('The report came out ahead of next Monday.', 'next Monday'), '2023-06-05');
    // likewise "next Sunday" written on a Saturday is the Sunday of the week after (the day after would be "tomorrow")
    assert.equal(valueOf('The panel meets next Sunday.', 'next Sunday'), '2023-06-11');
  });

  test('with no tense cue, a weekday a day or two ahead is the coming one, a later one the past one', () => {
    // published on a Saturday: Sunday is tomorrow, Tuesday was four days ago
    assert.equal(valueOf('Tickets for the final Sunday are sold out.', 'Sunday'), '2023-06-04');
    assert.equal(valueOf('Tickets for the final Tuesday are sold out.', 'Tuesday'), '2023-05-30');
  });

  test('"Wednesday next week" is one date, that day of the week named', () => {
    const t = one('The chief executive will testify on Wednesday next week.', 'Wednesday next week');
    assert.deepEqual([t.type, t.value, t.direction], ['DATE', '2023-06-07', 'future']);
    assert.equal(valueOf('On Friday this week the board met.', 'Friday this week'), '2023-06-02');
  });

  test('"later on Tuesday" is the day the story was written: publication or the day before', () => {
    // 2009-04-29 is a Wednesday: the modal would otherwise send it a week ahead
    assert.equal(valueOf('It was hoped that one of them could return home later on Tuesday.', 'Tuesday', '2009-04-29'), '2009-04-28');
    assert.equal(valueOf('The president will speak later on Wednesday.', 'Wednesday', '2009-04-29'), '2009-04-29');
    // a day further off keeps the tense's reading
    assert.equal(valueOf('The board will meet later on Friday.', 'Friday', '2009-04-29'), '2009-05-01');
  });

  test('part of a day makes a TIME', () => {
    const t = one('Protesters rallied Friday night outside the embassy.', 'Friday night');
    assert.equal(t.type, 'TIME');
    assert.equal(t.value, '2023-06-02TNI');
  });
});

describe('month and day without a year', () => {
  test('with no tense cue a day far from publication is a recent past one or this year\'s', () => {
    assert.equal(valueOf('Traders recall the May 4 crash of the index.', 'May 4', '2023-12-20'), '2023-05-04');
    assert.equal(valueOf('The storm season runs until the close of the year, from June 1 to Nov. 30.', 'Nov. 30', '2023-06-20'), '2023-11-30');
    assert.equal(valueOf('Oct. 9 - The envoy lands in Cairo.', 'Oct. 9', '2024-01-15'), '2023-10-09');
    assert.equal(valueOf('The Jan. 3 summit in Oslo is in doubt.', 'Jan. 3', '2023-12-20'), '2024-01-03');
  });

  test('an initial or a title does not end the clause; "next to" is a place', () => {
    assert.equal(valueOf('Ms. Park will replace John T. Ellis on Tuesday as chair.', 'Tuesday'), '2023-06-06');
    assert.equal(valueOf('A bomb that exploded next to the U.S. consulate on Friday killed two.', 'Friday'), '2023-06-02');
  });

  test('short and irregular past verbs', () => {
    assert.equal(valueOf('The singer died at her home on 25 June.', '25 June', '2023-01-10'), '2022-06-25');
    assert.equal(valueOf('The ferry sank off the cape on Thursday.', 'Thursday', '2023-06-06'), '2023-06-01');
  });

  test('"by" before a possessive day names a cause, not a deadline', () => {
    assert.equal(valueOf("Thousands of homes were damaged by Wednesday's flood.", 'Wednesday'), '2023-05-31');
    assert.equal(valueOf('The report is due by Wednesday.', 'Wednesday'), '2023-06-07');
  });

  test('the day of a photo caption is past', () => {
    assert.equal(valueOf('In this Aug. 2 file photo, a diver inspects the hull.', 'this Aug. 2', '2024-02-10'), '2023-08-02');
  });
});

describe('bare months and seasons', () => {
  test('"last November" and "next April"', () => {
    assert.equal(valueOf('The deal was reached last November.', 'last November'), '2022-11');
    // the end of a window is the nearest such month, whatever the clause's verb
    assert.equal(valueOf('Lenders have extended loans through October.', 'October', '2023-06-03'), '2023-10');
    assert.equal(valueOf('Sales through April rose 5%.', 'April', '2023-06-03'), '2023-04');
    // the month just ended is "last month"; "last May" written in June is the May before
    assert.equal(valueOf('The helicopters crashed last May.', 'last May'), '2022-05');
    assert.equal(valueOf('The helicopters crashed this past May.', 'this past May'), '2023-05');
    assert.equal(valueOf('The helicopters crashed last April.', 'last April'), '2023-04');
    assert.equal(valueOf('A summit is due next April.', 'next April'), '2024-04');
  });

  test('a season of a named year, and the centuries "the 1800s"', () => {
    assert.equal(valueOf('The group appealed in the spring of last year.', 'the spring of last year'), '2022-SP');
    assert.equal(valueOf('Trials resume in the autumn of next year.', 'the autumn of next year'), '2024-FA');
    assert.equal(valueOf('The port was built in the 1800s.', 'the 1800s'), '18');
    const early = one('Mills ran here in the early 1900s.', 'the early 1900s');
    assert.deepEqual([early.value, early.mod], ['19', 'START']);
    assert.equal(valueOf('Prices fell in the 1990s.', 'the 1990s'), '199');
  });

  test('a season or school year over two calendar years is one period; 2100 is a year', () => {
    assert.deepEqual(tag('Staff on such contracts fell between 2011-12 and 2017-18, and the 2022/23 season starts in May.', '2020-01-20').map((t) => [t.text, t.value, t.range?.end]),
      [['2011-12', '2011', '2012'], ['2017-18', '2017', '2018'], ['2022/23', '2022', '2023'], ['May', '2020-05', undefined]]);
    // years further apart stay a range of two dates
    assert.deepEqual(tag('The deficit ran from 2014-16.', '2020-01-20').map((t) => [t.text, t.value, t.range?.end]), [['2014', '2014', '2016'], ['16', '2016', '2016']]);
    assert.equal(valueOf('Warming must return to 1.5C by around 2100.', '2100'), '2100');
  });

  test('market shorthand with a hyphen: "end-June", "early-2021", "start-2020"', () => {
    const tags = tag('Capital stood at 13.8% at end-June, up from late-2019; a rebound is seen in early-2021 after a slump since start-2020.', '2020-08-16');
    assert.deepEqual(tags.map((t) => [t.text, t.value, t.mod]),
      [['end-June', '2020-06', 'END'], ['late-2019', '2019', 'END'], ['early-2021', '2021', 'START'], ['start-2020', '2020', 'START']]);
  });

  test('a bare month in a past clause is the latest such month not after publication', () => {
    assert.equal(valueOf('The missile was fired in April.', 'April'), '2023-04');
    assert.equal(valueOf('The drill was held in September.', 'September'), '2022-09');
    assert.equal(valueOf('Prices rose in June.', 'June'), '2023-06');
  });

  test('a bare month in a future clause is the next such month', () => {
    assert.equal(valueOf('The system will start in December.', 'December'), '2023-12');
    assert.equal(valueOf('The fleet will return in February.', 'February'), '2024-02');
  });

  test('a present modal with a plain verb looks ahead; with "have" it looks back', () => {
    assert.equal(valueOf('The new members also can take part in the summit in April.', 'April', '2023-12-05'), '2024-04');
    assert.equal(valueOf('The board may vote on the merger in February.', 'February', '2023-12-05'), '2024-02');
    assert.equal(valueOf('The drones may have crossed the border in September.', 'September', '2023-12-05'), '2023-09');
  });

  test('an adverb between the modal and "be" keeps the clause in the future', () => {
    assert.equal(valueOf('The congress would still be held in Lisbon on March 9.', 'March 9'), '2024-03-09');
    assert.equal(valueOf('The bridge will not be reopened in January.', 'January'), '2024-01');
  });

  test('"May" the verb is not a month', () => {
    assert.equal(tag('Officials may announce the plan in full.').length, 0);
    assert.equal(valueOf('The vote was held in May.', 'May'), '2023-05');
    // before the noun it dates, after "the", it is the month: "the March accession", but not "the March for Life"
    assert.equal(valueOf('The March accession will let them join the summit.', 'March', '2023-02-10'), '2023-03');
    assert.equal(valueOf('Candidates were chosen for the May elections.', 'May', '2023-04-29'), '2023-05');
    assert.equal(valueOf('Investors could see dividends as soon as March.', 'March'), '2024-03');
    assert.deepEqual(tag('Crowds joined the March for Life as the May government wobbled.').map((t) => t.text), []);
    // a surname inside a sentence: "spokeswoman Hannah August"; a month after a weekday or with its day stays a month
    assert.deepEqual(tag('"No comment," said spokeswoman Hannah August. The firm agreed.').map((t) => t.text), []);
    assert.deepEqual(tag('The company said Thursday August sales rose, as did Aug. 3 orders.', '2010-09-10').map((t) => [t.text, t.value]),
      [['Thursday', '2010-09-09'], ['August', '2010-08'], ['Aug. 3', '2010-08-03']]);
  });

  test('seasons', () => {
    assert.equal(valueOf('Exercises are planned for this spring.', 'this spring'), '2023-SP');
    assert.equal(valueOf('The treaty was signed last fall.', 'last fall'), '2022-FA');
    assert.equal(valueOf('Talks resume next winter.', 'next winter'), '2023-WI');
    // a second season joined by "and" is a season too, and shares the first one's "this"
    assert.deepEqual(tag('Cases may climb this autumn and winter.').map((t) => t.value), ['2023-FA', '2023-WI']);
    // said in November, "this spring" still to come is next year's; past, it is this year's
    assert.equal(valueOf('Another audit should be released this spring, the office said.', 'this spring', '2010-11-14'), '2011-SP');
    assert.equal(valueOf('The first audit was released this spring.', 'this spring', '2010-11-14'), '2010-SP');
    // "the fall in shares", "the fall of the city" are the noun; "last fall in his home" is the season
    assert.deepEqual(tag('The fall in bank shares followed the fall of the old government.').map((t) => t.text), []);
    assert.deepEqual(tag('It may take years to trace the fall out of this.').map((t) => t.text), ['years']);
    assert.deepEqual(tag('The news sent shares down 15% in a late fall on the stock exchange.').map((t) => t.text), []);
    assert.equal(valueOf('He was shot last fall in his home.', 'last fall'), '2022-FA');
    // "the winter months" is the season, months and all
    assert.equal(valueOf('Cases may climb in the winter months.', 'the winter months', '2023-10-03'), '2023-WI');
  });
  test('"may be helping" is a guess about now: a season just ended stays this year\'s', () => {
    assert.equal(valueOf('An unusually cool late spring may be helping to slow the outbreak.', 'late spring', '2009-06-19'), '2009-SP');
  });
});

describe('years, quarters and halves', () => {
  test('"the past week" and "the next month" are a week or a month up to or from now; "the past year" is last year', () => {
    const week = one('Cases doubled over the past week.', 'the past week');
    assert.deepEqual([week.type, week.value, week.direction], ['DURATION', 'P1W', 'past']);
    assert.equal(valueOf('Prices rose in the last month.', 'the last month'), 'P1M');
    assert.deepEqual([one('The UN will hand out meals over the next week.', 'the next week').value, one('Talks resume in the coming week.', 'the coming week').direction], ['P1W', 'future']);
    assert.equal(valueOf('Crime rose over the past year.', 'the past year'), '2022');
    assert.equal(valueOf('The team met last week.', 'last week'), '2023-W21');
    assert.equal(valueOf('The talks end in the last week of March 2011.', 'the last week of March 2011'), '2011-W13');
  });

  test('"the past decade" is ten years up to now; "the last decade" and "this century" are named periods', () => {
    assert.deepEqual([one('Crime fell over the past decade.', 'the past decade').type, valueOf('Crime fell over the past decade.', 'the past decade')], ['DURATION', 'P10Y']);
    assert.equal(valueOf('Wages lagged in the last decade.', 'the last decade'), '201');
    // but "over" or "during" it is the ten years up to now, as "the past decade" is
    assert.equal(valueOf('Output has doubled over the last decade.', 'the last decade'), 'P10Y');
    assert.equal(valueOf('It is the worst crisis of this century.', 'this century'), '20');
  });

  test('bare years and this/last/next year', () => {
    assert.equal(valueOf('The pact dates from 1998.', '1998'), '1998');
    assert.equal(valueOf('Exports grew this year.', 'this year'), '2023');
    assert.equal(valueOf('Exports fell last year.', 'last year'), '2022');
    assert.equal(valueOf('Exports should recover next year.', 'next year'), '2024');
  });

  test('numbers that are not years are left alone', () => {
    assert.equal(tag('The army has 2000 soldiers and spent $1999 on each.').length, 0);
  });

  test('"early next year" is START, "the end of 2023" is END, "mid-2024" is MID', () => {
    const early = one('Full operation is expected early next year.', 'early next year');
    assert.deepEqual([early.value, early.mod], ['2024', 'START']);
    const end = one('It will be ready by the end of 2023.', 'the end of 2023');
    assert.deepEqual([end.value, end.mod, end.deadline], ['2023', 'END', true]);
    const mid = one('A review is due in mid-2024.', 'mid-2024');
    assert.deepEqual([mid.value, mid.mod], ['2024', 'MID']);
    const midMonth = one('Prices fell in mid-March.', 'mid-March');
    assert.deepEqual([midMonth.value, midMonth.mod], ['2023-03', 'MID']);
  });

  test('quarters and halves', () => {
    assert.equal(valueOf('Profit rose in the third quarter.', 'the third quarter', '2023-10-20'), '2023-Q3');
    assert.equal(valueOf('Sales doubled in the fourth quarter.', 'the fourth quarter', '2023-02-10'), '2022-Q4');
    assert.equal(valueOf('Orders fell in Q1 2024.', 'Q1 2024'), '2024-Q1');
    assert.equal(valueOf('Deliveries start in the first half of 2024.', 'the first half of 2024'), '2024-H1');
    // "in 2022" names the year as "of 2022" does
    assert.equal(valueOf('Analysts expect a loss for the final quarter in 2022, on Tuesday.', 'the final quarter in 2022', '2023-01-29'), '2022-Q4');
    assert.equal(valueOf('Sales rose in the first half in 2021.', 'the first half in 2021'), '2021-H1');
    // a half of a month or of a game is no half-year: the month alone stands
    assert.deepEqual(tag('The well will be finished in the first half of August.', '2010-07-11').map((t) => `${t.text}=${t.value}`), ['August=2010-08']);
    assert.deepEqual(tag('He scored in the second half of the game.').map((t) => t.text), []);
    // nor is a half of a century: the century alone stands
    assert.deepEqual(tag('BP grew throughout the second half of the 20th century.').map((t) => `${t.text}=${t.value}`), ['the 20th century=19']);
    assert.equal(valueOf('Revenue in the current quarter looks weak.', 'the current quarter'), '2023-Q2');
    // "the last quarter of" a year is its fourth; "last quarter" alone the one before this
    assert.equal(valueOf('Bonuses will depend on safety in the last quarter of this year.', 'the last quarter of this year'), '2023-Q4');
    assert.equal(valueOf('Profit fell last quarter.', 'last quarter'), '2023-Q1');
    // three or six months of a named year are its quarter or half; without the year they stay lengths
    assert.equal(valueOf('Profit doubled in the first three months of 2010.', 'the first three months of 2010', '2010-04-27'), '2010-Q1');
    assert.equal(valueOf('Claims fell in the first six months of the year.', 'the first six months of the year', '2010-08-23'), '2010-H1');
    assert.equal(valueOf('Output rose in the last three months of 2009.', 'the last three months of 2009', '2010-04-27'), '2009-Q4');
    assert.equal(valueOf('Jobs grew for the first nine months of 1997.', 'the first nine months', '1998-02-06'), 'P9M');
  });

  test('"a year ago" after a quarter is the same quarter a year earlier', () => {
    const text = 'Net income rose in the first quarter from $2 million a year ago.';
    assert.equal(valueOf(text, 'a year ago', '2023-05-02'), '2022-Q1');
    assert.equal(valueOf('The plant closed a year ago.', 'a year ago'), '2022');
  });
});

describe('weeks, months and days around publication', () => {
  test('bare units before "ago" or "from now" are past and future references; "or so" after a count is approximate', () => {
    assert.equal(valueOf('Weeks ago, before the well was capped, the crabs were fine.', 'Weeks ago'), 'PAST_REF');
    assert.equal(valueOf('We committed to the Games a long time ago.', 'a long time ago'), 'PAST_REF');
    assert.equal(valueOf('The effects months or years from now remain unknown.', 'months or years from now'), 'FUTURE_REF');
    assert.equal(valueOf('The leak began just under two months ago.', 'just under two months ago'), '2023-04');
    const approx = one('Blame will be settled 20 or so years from now.', '20 or so years from now');
    assert.deepEqual([approx.value, approx.mod], ['2043', 'APPROX']);
  });

  test('"even today" and "than today" are the present age', () => {
    assert.equal(valueOf('Even today you can find tar on the rocks.', 'today'), 'PRESENT_REF');
    assert.equal(valueOf('The bay was healthier 30 years ago than today.', 'today'), 'PRESENT_REF');
    assert.equal(valueOf('Today the ministers met in Seoul.', 'Today'), '2023-06-03');
  });

  test('"Today," set against a past some years back is the present age', () => {
    assert.equal(valueOf('In 1965 there were 53m hogs on a million farms; today, 65m hogs are held in 65,000 sites.', 'today'), 'PRESENT_REF');
    assert.equal(valueOf('The spill fouled the sound 21 years ago. Today, oil can still be found there.', 'Today'), 'PRESENT_REF');
    // a recent past is the story's own day
    assert.equal(valueOf('The talks stalled on Tuesday. Today, the ministers met again.', 'Today'), '2023-06-03');
    assert.equal(valueOf('The fund was set up in 2022. Today, it pays out.', 'Today'), '2023-06-03');
  });

  test('"today\'s youth" and "the leaders of tomorrow" name an era, not a day', () => {
    assert.deepEqual(tag("It matters for today's youth and the leaders of tomorrow.").map((t) => t.text), []);
    assert.deepEqual(tag("Under today's tax law the costs are deductible, in today's dollars.").map((t) => t.text), []);
    assert.deepEqual(tag("After today's meeting the president spoke.").map((t) => t.text), ['today']);
    assert.equal(valueOf("Today's vote was close.", "Today"), '2023-06-03');
    assert.equal(valueOf('The offer appears in today\'s editions.', 'today'), '2023-06-03');
  });

  test('"the Today show" and "the Daily Herald" are titles', () => {
    assert.deepEqual(tag("She told the network's Today show that the Daily Herald and the Weekly Record erred.").map((t) => t.text), []);
    assert.equal(valueOf('The paper is printed daily.', 'daily'), 'P1D');
    assert.equal(valueOf('Today Mr. Lee flies home.', 'Today'), '2023-06-03');
  });

  test('"the Sunday Times", "the Mail on Sunday", "Fox News Sunday" and "CBS This Morning" are titles', () => {
    const text = 'The minister told the Sunday Telegraph, the Mail on Sunday and "Fox News Sunday" what she had said on CBS This Morning.';
    assert.deepEqual(tag(text).map((t) => t.text), []);
    // nor is an event or a year before "-like" a time
    assert.deepEqual(tag('She covered the Winter Olympics and feared a 1918-like flu.').map((t) => t.text), []);
    assert.equal(valueOf('The Mail reported on Sunday that talks had failed.', 'Sunday'), '2023-05-28');
    assert.equal(valueOf('This morning the mayor resigned.', 'This morning'), '2023-06-03TMO');
  });

  test('deictic days', () => {
    assert.equal(valueOf('Officials said yesterday the launch failed.', 'yesterday'), '2023-06-02');
    assert.equal(valueOf('The envoy arrives tomorrow.', 'tomorrow'), '2023-06-04');
    assert.equal(valueOf('Markets are closed today.', 'today'), '2023-06-03');
  });

  test('"the day before" or "after" a named day is one date, a day off it', () => {
    // 2000-02-24 is a Thursday: last Tuesday is the 22nd
    assert.deepEqual(tag("The day before last Tuesday's hearing, he went to the house.", '2000-02-24').map((t) => [t.text, t.value]), [['The day before last Tuesday', '2000-02-21']]);
    assert.deepEqual(tag('He left the day after Christmas.', '2000-02-24').map((t) => [t.text, t.value]), [['the day after Christmas', '1999-12-26']]);
    // alone at a clause's end it is the day before the one last talked about, here publication's
    assert.deepEqual(tag('He had arrived the day before.', '2000-02-24').map((t) => [t.text, t.value]), [['the day before', '2000-02-23']]);
  });
  test('weeks and months', () => {
    assert.equal(valueOf('The rocket failed earlier this week.', 'earlier this week'), '2023-W22');
    assert.equal(valueOf('The team met last week.', 'last week'), '2023-W21');
    assert.equal(valueOf('Inflation eased last month.', 'last month'), '2023-05');
    // said on a Sunday, "this weekend" is the one under way
    assert.equal(valueOf('Demand this weekend fell short of forecasts.', 'this weekend', '2023-06-04'), '2023-W22-WE');
    assert.equal(valueOf('Storms are due this weekend.', 'this weekend', '2023-06-01'), '2023-W22-WE');
    // "a weekend" that is some particular one is the nearest; after "following", the last; a length or a habit is none
    assert.equal(valueOf('The spill was a topic at a weekend meeting of leaders.', 'a weekend', '2010-06-27'), '2010-W25-WE');
    assert.equal(valueOf('He will fly to Moscow following a weekend board meeting.', 'a weekend', '2010-06-21'), '2010-W24-WE');
    for (const text of ['Seafood boils are a weekend staple.', 'We spent a weekend in the country.', 'After a weekend of talks, they agreed.']) {
      assert.deepEqual(tag(text, '2010-06-21').filter((t) => /weekend/.test(t.text)), [], text);
    }
    // "the next decade" is the ten years ahead, like "the past decade" behind; "the last decade" the one before this
    assert.equal(valueOf('Demand will double over the next decade.', 'the next decade'), 'P10Y');
    assert.equal(valueOf('Costs rose over the past decade.', 'the past decade'), 'P10Y');
    assert.equal(valueOf('Wages lost ground in the last decade.', 'the last decade', '1998-02-06'), '198');
    // "earlier in the week", "later in the month": the current one, as with "this"
    assert.equal(valueOf('The rocket was fuelled earlier in the week.', 'earlier in the week'), '2023-W22');
    assert.equal(valueOf('The envoy returns later in the month.', 'later in the month'), '2023-06');
    const end = one('The fund runs dry by the end of the month.', 'the end of the month');
    assert.deepEqual([end.value, end.mod, end.deadline], ['2023-06', 'END', true]);
  });

  test('"two years ago" and "five months ago"', () => {
    assert.equal(valueOf('The base opened two years ago.', 'two years ago'), '2021');
    assert.equal(valueOf('The base opened five months ago.', 'five months ago'), '2023-01');
    assert.equal(valueOf('He left 10 days ago.', '10 days ago'), '2023-05-24');
  });

  test('"a year and a half ago" counts back in months', () => {
    assert.equal(valueOf('He made the promise almost a year and a half ago.', 'almost a year and a half ago', '2010-06-04'), '2008-12');
    assert.equal(valueOf('The plant shut two and a half years ago.', 'two and a half years ago', '2010-06-04'), '2007-12');
  });

  test('expressions with no calendar anchor get REF values', () => {
    assert.equal(valueOf('Tensions are high now.', 'now'), 'PRESENT_REF');
    assert.equal(valueOf('Such tests failed in the past.', 'the past'), 'PAST_REF');
    assert.equal(valueOf('More tests are likely in the near future.', 'the near future'), 'FUTURE_REF');
    assert.equal(valueOf('In the long term, the pact will need a treaty.', 'the long term'), 'FUTURE_REF');
    // "as soon as possible" is a manner of acting, not a time the text points to
    assert.deepEqual(tag('Crews will seal the leak as soon as possible.').map((t) => t.text), []);
    assert.equal(one('Tensions are high now.', 'now').direction, 'present');
  });
  test('"will one day" and "someday" look ahead with no date; "take one day" is a length', () => {
    assert.equal(valueOf('Officials believe the line will one day reach the border.', 'one day'), 'FUTURE_REF');
    assert.equal(valueOf('She hopes to one day return to the village.', 'one day'), 'FUTURE_REF');
    assert.equal(valueOf('Someday the archive will open.', 'Someday'), 'FUTURE_REF');
    assert.equal(valueOf('The repair will take one day to finish.', 'one day'), 'P1D');
    // a narrative's "One day", "Then one day" is some day of the story, not a length: left untagged
    assert.deepEqual(tag('One day in 1987 he walked in.').map((t) => t.text), ['1987']);
    // but "One day" opening a clause with a modal looks ahead, as does "maybe one day" or "bound to happen one day"
    assert.equal(valueOf('It was built in May. One day a statue will be erected here.', 'One day'), 'FUTURE_REF');
    assert.equal(valueOf('Maybe one day in the courts, he said.', 'one day'), 'FUTURE_REF');
    assert.equal(valueOf('"It was bound to happen one day," he said.', 'one day'), 'FUTURE_REF');
    // a modal earlier in the clause looks ahead too, when "one day" ends it; a length verb just before does not
    assert.equal(valueOf('"We are going to pay for this one day," the chief said.', 'one day'), 'FUTURE_REF');
    assert.equal(valueOf('I am not saying it won\'t happen one day, but not soon.', 'one day'), 'FUTURE_REF');
    assert.equal(valueOf('The repair will take one day.', 'one day'), 'P1D');
    assert.deepEqual(tag('Then one day, he left town.').map((t) => t.text), []);
  });
  test('an unknown count of units after "take", "for some" or "if not"; "the cooler times of the year" is no date', () => {
    assert.equal(valueOf('Experts say the repair could take months.', 'months'), 'PXM');
    assert.equal(valueOf('Clean-up will take weeks if not months.', 'weeks'), 'PXW');
    assert.equal(valueOf('We have prepared for some years.', 'some years'), 'PXY');
    assert.ok(!tag('Thousands take days off sick.').length);
    // a stretch before: "after days of alarm", "follows months of talks"; not the plain noun ("of days gone by")
    assert.equal(valueOf('After days of alarm the streets filled again.', 'days'), 'PXD');
    assert.equal(valueOf('The charge follows months of careful investigation.', 'months'), 'PXM');
    assert.ok(!tag('Tales of days gone by filled the book.').length);
    // the first or last stretch of something: "his final days", "the first hours of the war"; "the early hours of
    // Thursday" is part of that day
    assert.equal(valueOf('Doctors tried to wean him off the drug in his final days.', 'his final days'), 'PXD');
    assert.equal(valueOf('Prisoners were taken in the first hours of the war.', 'the first hours'), 'PTXH');
    assert.deepEqual(tag('Police came in the early hours of Thursday.').map((t) => t.text), ['Thursday']);
    assert.ok(!tag('Flu likes the cooler times of the year.').length);
  });
  test('"as recently as Saturday" tags the day only; an ocean "current" is no time', () => {
    assert.deepEqual(tag('The family said as recently as Saturday that he was well.').map((t) => t.text), ['Saturday']);
    assert.ok(!tag('The oil entered a powerful current that could take it east.').length);
    assert.ok(!tag('The current could carry the slick to the keys.').length);
    assert.ok(!tag('An ocean current is pushing the sheen east.').length);
    assert.equal(valueOf('The current system works.', 'current'), 'PRESENT_REF');
    // nor is the prevailing current, a current affairs show or a slideshow's "{current} of {total}" placeholder
    assert.ok(!tag('He was referring to the prevailing current in the Gulf.').length);
    assert.ok(!tag('She spoke on a current affairs show.').length);
    assert.ok(!tag('BACK {current} of {total} NEXT').length);
    assert.ok(!tag('BACK -LCB- current -RCB- of -LCB- total -RCB- NEXT').length);
  });
  test('"March" in a list of months is the month; a year inside a company name is not a year', () => {
    assert.deepEqual(tag('Inspections took place in February, March and April this year.', '2010-04-26').map((t) => t.value), ['2010-02', '2010-03', '2010-04']);
    assert.ok(!tag('MOEX Offshore 2007 LLC was also named.').length);
  });
  test('"this year than last": "last" alone is last year', () => {
    assert.equal(valueOf('Exports are weaker this year than last, the ministry said.', 'last', '2023-06-03'), '2022');
    assert.ok(!tag('The ministry published the figures last.').some((t) => t.text === 'last'));
  });

  test('"into winter"; "that weekend" after a date; a holiday weekend', () => {
    assert.equal(valueOf('Doctors worry because the country is heading into winter.', 'winter', '2009-05-27'), '2009-WI');
    assert.equal(valueOf('The plant shut on April 20 and the owners flew to Aspen that weekend.', 'that weekend', '2010-05-27'), '2010-W16-WE');
    assert.equal(valueOf('The pumps failed on Tuesday, May 4. That same week the dam held.', 'That same week', '2010-05-27'), '2010-W18');
    // a Monday holiday's weekend is the one before it; Easter's is its own
    assert.equal(valueOf('His trip home over Memorial Day weekend is a poor choice.', 'Memorial Day weekend', '2010-05-27'), '2010-W21-WE');
    assert.equal(valueOf('Shops were shut over the Easter weekend.', 'Easter weekend', '2010-04-07'), '2010-W13-WE');
    assert.equal(valueOf('As she spends the bank holiday weekend at home, the count rises.', 'the bank holiday weekend', '2009-05-03'), '2009-W18-WE');
  });

  test('a month or season said to happen "normally" or "typically" is any year\'s', () => {
    assert.deepEqual(tag('Hay fever season normally ends in August or September.', '2009-04-25').map((t) => [t.text, t.value]),
      [['August', 'XXXX-08'], ['September', 'XXXX-09']]);
    assert.equal(valueOf('The winter months are typically the busiest for the clinic.', 'The winter months', '2009-04-25'), 'XXXX-WI');
    // a habit in another sentence, or in a clause set against the date's, leaves the month dated
    assert.equal(valueOf('He usually walks. The bridge closed in March.', 'March', '2009-04-25'), '2009-03');
    const contrast = tag('The outbreak has dragged the flu season well into June, although flu usually dies down by April.', '2009-06-19');
    assert.deepEqual(contrast.map((t) => [t.text, t.value]), [['June', '2009-06'], ['April', 'XXXX-04']]);
    assert.equal(valueOf('Flu usually peaks in winter, but this year it lasted into June.', 'June', '2009-06-19'), '2009-06');
    // "often", "commonly", "tends to" tell a habit too, and "late"/"early" still bound the season
    assert.deepEqual(tag('Flu strains often fade over the summer, coming back in late summer or early autumn.', '2009-04-29').map((t) => [t.text, t.value, t.mod]),
      [['the summer', 'XXXX-SU', undefined], ['late summer', 'XXXX-SU', 'END'], ['early autumn', 'XXXX-FA', 'START']]);
    assert.equal(valueOf('The virus tends to spread in autumn.', 'autumn', '2009-04-27'), 'XXXX-FA');
  });
  test('"a fortnight ago" is the week two weeks back; "a decade ago" a year, "two decades ago" a decade', () => {
    assert.equal(valueOf('The levee gave way a fortnight ago.', 'a fortnight ago'), '2023-W20');
    assert.equal(valueOf('Britain banned the chemical more than a decade ago.', 'more than a decade ago'), '2013');
    assert.equal(valueOf('The plant opened two decades ago.', 'two decades ago'), '200');
    assert.equal(valueOf('The region saw plague cases decades ago.', 'decades ago'), 'PAST_REF');
  });

  test('bare units: the gap before or after an event, and either of two units', () => {
    assert.equal(valueOf('A rig worker reported the fault weeks before the explosion.', 'weeks'), 'PXW');
    assert.equal(valueOf('Months later, the company settled.', 'Months'), 'PXM');
    assert.deepEqual(tag('Recovery could take years, possibly decades, to complete.').map((t) => t.value), ['PXY', 'PXE']);
    assert.deepEqual(tag('The crews will be busy for months and even years.').map((t) => t.value), ['PXM', 'PXY']);
    assert.equal(valueOf('The team will keep sampling the water in months to come.', 'months'), 'PXM');
    // not "the weeks before", which TimeBank dates, nor a film's title
    assert.deepEqual(tag('The car was seen in the weeks before the shooting.'), []);
    assert.deepEqual(tag('It looked like a scene from 28 Days Later, he said.'), []);
  });

  test('"years of research" heads a noun phrase with a stretch of unknown count; "the latter years of" and ages do not', () => {
    assert.equal(valueOf('She knew, from years of fieldwork on the reef, that it had changed.', 'years'), 'PXY');
    assert.equal(valueOf('The failure led to months of pollution along the coast.', 'months'), 'PXM');
    assert.equal(valueOf('Decades of drilling have altered the marsh.', 'Decades'), 'PXE');
    assert.deepEqual(tag('He spent the latter years of his life abroad.'), []);
    assert.deepEqual(tag('The pupils are between 14 and 17 years of age.'), []);
    assert.deepEqual(tag('The plant used 250 kilowatt-hours of power.'), []);
  });

  test('"by early afternoon" is that part of the day; "an early morning raid" and "Late Night" are not dated', () => {
    const t = one('The shares were up 1% by early afternoon.', 'early afternoon');
    assert.deepEqual([t.type, t.value], ['TIME', '2023-06-03TAF']);
    assert.deepEqual(tag('Police carried out an early morning raid.'), []);
    assert.deepEqual(tag('She was a guest on Late Night with the host.'), []);
  });

  test('"in many quarters" is places; NBC\'s "Today" is a show; "tomorrow\'s World Cup match" is a day', () => {
    assert.deepEqual(tag('The remarks won him little sympathy in many quarters.'), []);
    assert.deepEqual(tag('He was asked on NBC\'s "Today" about the spill.'), []);
    assert.equal(valueOf('Watch the mood after tomorrow\'s World Cup match.', 'tomorrow'), '2023-06-04');
  });

  test('a Sunday paper\'s "this week" ahead is the coming week; "by week\'s end"', () => {
    assert.equal(valueOf('The company will this week reveal the findings of its inquiry.', 'this week', '2010-07-25'), '2010-W30');
    assert.equal(valueOf('Shares fell sharply this week.', 'this week', '2010-07-25'), '2010-W29');
    assert.equal(valueOf('The company will this week reveal the findings of its inquiry.', 'this week', '2010-07-26'), '2010-W30');
    const end = one('Engineers hope that by week\'s end they will have a cap in place.', "week's end", '2010-07-12');
    assert.deepEqual([end.value, end.mod], ['2010-W28', 'END']);
  });
});

describe('seasons of a hemisphere and holiday weekends', () => {
  test('reads "the northern hemisphere winter" as the season of this year, whatever the tense', () => {
    assert.equal(valueOf('Officials fear it might return in the northern hemisphere winter.', 'winter', '2009-06-10'), '2009-WI');
    assert.equal(valueOf('The region was watched for lessons for the northern hemisphere autumn.', 'autumn', '2009-06-10'), '2009-FA');
    // a season as a bare adjective is still no date
    assert.deepEqual(tag('It was a mild winter flu season.', '2009-06-10'), []);
  });
  test('reads "its winter" or "their winter" after a hemisphere as that season of this year', () => {
    assert.equal(valueOf('The virus may change in the southern hemisphere over its winter.', 'winter', '2009-06-10'), '2009-WI');
    assert.equal(valueOf('Nations in the southern hemisphere, now entering their winter, are at risk.', 'winter', '2009-06-10'), '2009-WI');
    // with no hemisphere, a possessive season stays untagged
    assert.deepEqual(tag('The bears slept through their winter.', '2009-06-10'), []);
  });
  test('reads "the July Fourth weekend" as the weekend holding the holiday', () => {
    // 2010-07-04 is a Sunday, in ISO week 26
    assert.equal(valueOf('Passing the record just before the July Fourth weekend hurt.', 'July Fourth weekend', '2010-07-01'), '2010-W26-WE');
    assert.equal(valueOf('Crowds will gather over the Fourth of July weekend.', 'Fourth of July weekend', '2010-07-01'), '2010-W26-WE');
  });
  test('"this coming week" is next week, and a weekend paper\'s "this past week" the week ending then', () => {
    // 2010-06-06 is a Sunday, 2010-06-12 a Saturday, 2010-01-27 a Wednesday
    assert.equal(valueOf('We have a further system to put in place this coming week.', 'this coming week', '2010-06-06'), '2010-W23');
    assert.equal(valueOf('This past week, the president spoke twice.', 'This past week', '2010-06-12'), '2010-W23');
    assert.equal(valueOf('This past week, the president spoke twice.', 'This past week', '2010-01-27'), '2010-W03');
  });
  test('"all summer" is the season, read with the tense', () => {
    assert.equal(valueOf('Thousands of workers roamed the coast all summer.', 'summer', '2010-11-17'), '2010-SU');
    assert.equal(valueOf('Will we just let it go all winter?', 'winter', '2010-05-11'), '2010-WI');
  });
});
