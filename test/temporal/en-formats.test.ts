// Dates written out in many styles, ranges, durations, times and sets.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { one, tag, valueOf } from './helpers.ts';

describe('written dates', () => {
  test('one day in many styles', () => {
    for (const phrase of ['Dec. 29, 2014', 'December 29, 2014', '29 December 2014', '2014-12-29', '12/29/2014', 'the 29th of December 2014']) {
      assert.equal(valueOf(`The arrangement was signed on ${phrase}.`, phrase), '2014-12-29', phrase);
    }
  });

  test('hyphen and dot forms: 4-29-2010 in US order, 29.12.2014 day first, and day first through a text that writes one so', () => {
    assert.equal(valueOf('See the Journal (4-29-2010) on risk.', '4-29-2010', '2010-05-01'), '2010-04-29');
    assert.equal(valueOf('They married on 23.1.1818 in Llanbadarn.', '23.1.1818', '2010-06-29'), '1818-01-23');
    const register = 'The register lists Elizabeth 4-3-1867; Martha 18-3-1869; John 1-6-1881.';
    assert.equal(valueOf(register, '4-3-1867', '2010-06-29'), '1867-03-04');
    assert.equal(valueOf(register, '1-6-1881', '2010-06-29'), '1881-06-01');
    assert.deepEqual(tag('The score was 3-1 and version 2.1 shipped.', '2010-06-29'), []);
  });

  test('a month and day without a year takes the year from the tense', () => {
    assert.equal(valueOf('The pact was signed Dec. 29.', 'Dec. 29'), '2022-12-29');
    assert.equal(valueOf('The pact takes effect Dec. 29.', 'Dec. 29'), '2023-12-29');
    assert.equal(valueOf('The dividend is payable July 1.', 'July 1'), '2023-07-01');
  });

  test('month and year', () => {
    assert.equal(valueOf('It went live in December 2023.', 'December 2023'), '2023-12');
    assert.equal(valueOf('It went live in Nov. 2022.', 'Nov. 2022'), '2022-11');
  });

  test('tokenised text as in research corpora', () => {
    assert.equal(valueOf('The rig exploded on April 20 , 2010 , killing 11 .', 'April 20 , 2010'), '2010-04-20');
    assert.equal(valueOf('It was Friday , Oct. 13 , 1989 .', 'Friday , Oct. 13 , 1989'), '1989-10-13');
  });

  test('"the week of March 6" is that ISO week', () => {
    assert.equal(valueOf('A hearing is set for the week of March 6, 2000.', 'the week of March 6, 2000'), '2000-W10');
  });

  test('weekday with a date', () => {
    assert.equal(valueOf('The summit opened Sunday, Nov. 13, 2022.', 'Sunday, Nov. 13, 2022'), '2022-11-13');
  });
});

describe('ranges', () => {
  test('"June 27-29" gives both days and the range', () => {
    const all = tag('The drills will run June 27-29 off Jeju.');
    assert.deepEqual(all.map((t) => [t.text, t.value]), [['June 27', '2023-06-27'], ['29', '2023-06-29']]);
    assert.deepEqual(all[0]?.range, { start: '2023-06-27', end: '2023-06-29' });
  });

  test('"from 2014 to 2016" gives both years and the range', () => {
    const all = tag('Data was shared from 2014 to 2016.');
    assert.deepEqual(all.map((t) => t.value), ['2014', '2016']);
    assert.deepEqual(all[1]?.range, { start: '2014', end: '2016' });
    // a range may start with a month, and a year straight after a comma is still a year
    assert.deepEqual(tag('Member, committee on rules Aug 1998-2001: Member.').map((t) => [t.text, t.value]), [['Aug 1998', '1998-08'], ['2001', '2001']]);
    assert.deepEqual(tag('He studied at the University of Delhi,1996 and paid 1,996 rupees.').map((t) => t.value), ['1996']);
  });
  test('"the 1960s and 70s": a short second decade takes the first one\'s century', () => {
    assert.deepEqual(tag('It was the staple of parties in the 1960s and 70s.').map((t) => t.value), ['196', '197']);
  });
  test('"1995-7" is a range of years written with one digit', () => {
    assert.deepEqual(tag('During the scare of 1995-7, ministers panicked.').map((t) => t.value), ['1995', '1997']);
    // never backwards
    assert.deepEqual(tag('In 2009-1 the index fell.'), []);
  });

  test('the second month of a range takes the first one\'s year, or the next when it comes earlier in the year', () => {
    assert.equal(valueOf('If the beaches were closed from May to August, the region would lose $1 billion.', 'August', '2023-07-12'), '2023-08');
    assert.equal(valueOf('The rink is open from November to February.', 'February', '2023-11-20'), '2024-02');
    // the first may carry a day and the second an edge: "from June 1 to the end of November"
    assert.equal(valueOf('The storm season runs from June 1 to the end of November.', 'the end of November', '2010-05-14'), '2010-11');
  });

  test('a quarter or half written as its months', () => {
    assert.equal(valueOf('Growth slowed in the July-to-September quarter.', 'the July-to-September quarter', '2023-11-02'), '2023-Q3');
    assert.equal(valueOf('Sales rose in the April-June quarter.', 'the April-June quarter', '2023-08-01'), '2023-Q2');
    assert.equal(valueOf('Profit fell in the January to June period of 2022.', 'the January to June period of 2022'), '2022-H1');
    // other month ranges stay two months
    assert.deepEqual(tag('Output peaked in the June-September period.', '2023-11-02').map((t) => [t.text, t.value]), [['June', '2023-06'], ['September', '2023-09']]);
  });

  test('the first month of a pair takes the year of the second: "in March and April of 2008"', () => {
    assert.deepEqual(tag('Most passengers traveled in March and April of 2008.', '2009-06-30').map((t) => t.value), ['2008-03', '2008-04']);
    assert.deepEqual(tag('Sales fell in May or June 2007.', '2009-06-30').map((t) => t.value), ['2007-05', '2007-06']);
  });

  test('"the weekend of 14 August" is that weekend', () => {
    assert.equal(valueOf('He will take his family to the coast for the weekend of 14 August.', 'the weekend of 14 August', '2010-07-23'), '2010-W32-WE');
  });

  test('a clock before a short weekday and its date takes that date', () => {
    const all = tag('Broadcast 4:30 PM Thu, 11 Jun 2009. Available until 12:00 AM Thu, 1 Jan 2099.', '2009-06-11');
    assert.deepEqual(all.map((t) => [t.text, t.value]), [['4:30 PM Thu, 11 Jun 2009', '2009-06-11T16:30'], ['12:00 AM Thu, 1 Jan 2099', '2099-01-01T00:00']]);
  });

  test('a spelled-out "two thousand" before a noun is a count, not the year 2000', () => {
    assert.deepEqual(tag('More than two thousand students painted their faces.'), []);
    assert.equal(valueOf('Elections are due in two thousand.', 'two thousand', '1998-02-05'), '2000');
  });

  test('"ET" after a clock is its zone, and a date after "on" still dates the clock', () => {
    const all = tag('Join the news conference at 10:30 a.m. ET on May 8, 2009.', '2009-05-05');
    assert.deepEqual(all.map((t) => [t.text, t.value]), [['10:30 a.m. ET', '2009-05-08T10:30'], ['May 8, 2009', '2009-05-08']]);
  });

  test('a clock after a year is no second year: "2009 - 17:54 GMT"', () => {
    const all = tag('Last updated: 1 may, 2009 - 17:54 GMT', '2009-05-01');
    assert.deepEqual(all.map((t) => [t.text, t.value]), [['2009', '2009'], ['17:54 GMT', '2009-05-01T17:54']]);
    assert.deepEqual(tag('He served in 1980 - 82.').map((t) => t.value), ['1980', '1982']);
  });

  test('a list of years is not a range', () => {
    const all = tag('Tests were held in 1994, 1995 and 1997.');
    assert.deepEqual(all.map((t) => [t.value, t.range]), [['1994', undefined], ['1995', undefined], ['1997', undefined]]);
  });
});

describe('spoken dates', () => {
  test('"January the 12th" is a day; "the" before a plain number is not', () => {
    assert.equal(valueOf("Hello, it's Thursday, January the 12th, and here is the news.", 'Thursday, January the 12th', '2023-01-13'), '2023-01-12');
    assert.equal(valueOf('In March the 3 firms merged.', 'March', '2023-06-03'), '2023-03');
  });

  test('a day in words after its month, "effective March first", "set April one for the debut", is a day', () => {
    assert.equal(valueOf('The rate became effective March first.', 'March first', '1987-03-02'), '1987-03-01');
    assert.equal(valueOf('The exchange set April one for the debut of the new procedure.', 'April one', '1987-03-02'), '1987-04-01');
    assert.equal(valueOf('NYMEX WILL EXPAND OFF-HOUR TRADING APRIL ONE', 'APRIL ONE', '1987-03-02'), '1987-04-01');
    assert.equal(valueOf('Three directors will be named on March Four to serve on the board.', 'March Four', '1987-03-02'), '1987-03-04');
    // words that count what follows are no day
    assert.equal(valueOf('In May two companies merged.', 'May', '1987-03-02'), '1986-05');
  });
});

describe('durations', () => {
  test('"a single day" is a day\'s length', () => {
    const day = one('Rescuers pulled out 40 people in a single day.', 'a single day');
    assert.deepEqual([day.type, day.value], ['DURATION', 'P1D']);
  });

  test('halves of a unit', () => {
    assert.equal(valueOf('The talks ran for half an hour.', 'half an hour'), 'PT30M');
    assert.equal(valueOf('The canal took half a decade to dig.', 'half a decade'), 'P5Y');
    assert.equal(valueOf('The feud has gone on for a half century.', 'a half century'), 'P50Y');
    assert.equal(valueOf('The mill closed half a century ago.', 'half a century ago'), '1973');
    assert.equal(valueOf('The mill closed a century ago.', 'a century ago'), '1923');
    assert.equal(valueOf('Rents doubled half a year later.', 'half a year'), 'P6M');
    // dozens and a quarter century
    assert.equal(valueOf('The ban came a dozen years earlier.', 'a dozen years earlier'), 'P12Y');
    assert.equal(valueOf('He waited half a dozen years.', 'half a dozen years'), 'P6Y');
    assert.equal(valueOf('The mill closed two dozen years ago.', 'two dozen years ago'), '1999');
    assert.equal(valueOf('The ban endured for a quarter century.', 'a quarter century'), 'P25Y');
    assert.equal(valueOf('It took a quarter of a century.', 'a quarter of a century'), 'P25Y');
  });

  test('a unit before "earlier" or "out" is a distance in time, and "a quarter million" a fraction', () => {
    assert.equal(one('Orders reached 41.2, up from 38.5 a week earlier.', 'a week').type, 'DURATION');
    assert.equal(one('Nobody can forecast rainfall a year out.', 'a year').type, 'DURATION');
    assert.deepEqual(tag('The flood displaced a quarter million residents.').map((t) => t.text), []);
    assert.deepEqual(tag('He was paid a quarter-of-a-million dollars.').map((t) => t.text), []);
    assert.deepEqual(tag('Firms may get a third or a quarter as many doses.').map((t) => t.text), []);
    assert.deepEqual(tag('Deaths would be at least three quarters less.').map((t) => t.text), []);
    // but a run of quarters that brought results is a stretch of time
    assert.equal(valueOf('The unit turned a profit after several quarters of losses.', 'several quarters'), 'PXQ');
    assert.equal(valueOf('The company will not pay three quarters of dividends.', 'three quarters'), 'P3Q');
    assert.equal(valueOf('It follows two quarters of falling sales.', 'two quarters'), 'P2Q');
    assert.equal(valueOf('Officials have met over the past weeks.', 'the past weeks'), 'PXW');
    assert.deepEqual(tag('Three quarters of voters backed it, and a quarter of profits came from Asia.').map((t) => t.text), []);
  });

  test('"the second baby in as many days" counts the ordinal', () => {
    assert.equal(valueOf('She is the second baby found in as many days.', 'many days', '2010-01-28'), 'P2D');
    assert.equal(valueOf('It was the third strike in as many weeks.', 'many weeks'), 'P3W');
    assert.equal(valueOf('He waited as many days as he could.', 'many days'), 'PXD');
    // a quarter told among other shares is a share too; alone, it is three months
    assert.deepEqual(tag('Another quarter evaporated, one quarter ended up dispersed and one quarter is still afloat.').map((t) => t.text), []);
    assert.deepEqual(tag('Skimming removed one quarter (25 percent) of the oil.').map((t) => t.text), []);
    assert.deepEqual(tag('That means roughly a quarter to half of the flow is piped to the ship.').map((t) => t.text), []);
    assert.equal(valueOf('Its impact was mostly confined to one quarter.', 'one quarter'), 'P1Q');
  });

  test('counts of units', () => {
    assert.equal(valueOf('The study took two years.', 'two years'), 'P2Y');
    assert.equal(valueOf('It lasted 24 hours.', '24 hours'), 'PT24H');
    assert.equal(valueOf('They met for the past three months.', 'the past three months'), 'P3M');
    // "past" as an adjective of a count the tagger has no unit for is not "the past"
    assert.deepEqual(tag('Riots broke out in the past three summers.').map((t) => t.text), []);
    assert.equal(valueOf('Results of the first nine months were flat.', 'the first nine months'), 'P9M');
    assert.equal(valueOf('A two-year plan was adopted.', 'two-year'), 'P2Y');
    assert.equal(valueOf('The flight took 2 1/2 hours.', '2 1/2 hours'), 'PT2H30M');
    assert.equal(valueOf('It took several years.', 'several years'), 'PXY');
    assert.equal(valueOf('The lease runs P2Y from signing.', 'P2Y'), 'P2Y');
  });

  test('a hyphenated number word is one count, and a count may take an adjective of feeling', () => {
    assert.equal(valueOf('Twenty-four hours after the quake, aid arrived.', 'Twenty-four hours'), 'PT24H');
    assert.equal(valueOf('Fifty-eight days into the leak, the cap held.', 'Fifty-eight days'), 'P58D');
    assert.equal(valueOf('The well was sealed five agonizing months after the blast.', 'five agonizing months'), 'P5M');
    assert.equal(valueOf('He faced seven contentious hours of questions.', 'seven contentious hours'), 'PT7H');
    // "a crucial week" is not a length
    assert.deepEqual(tag('The company faces a crucial week.').map((t) => t.text), []);
  });

  test('a range of counts is one duration at its lower bound; "30-odd years" is approximate', () => {
    assert.equal(valueOf('The parts will not be ready for six to eight days.', 'six to eight days'), 'P6D');
    assert.equal(valueOf('A plan has been in place for four or five years.', 'four or five years'), 'P4Y');
    assert.equal(valueOf('Relief typically takes 6-8 weeks.', '6-8 weeks'), 'P6W');
    assert.equal(one('The virus has been around for 30-odd years.', '30-odd years').mod, 'APPROX');
    assert.equal(valueOf('Schools will close for up to five school days.', 'up to five school days'), 'P5D');
    assert.ok(!tag('The boy is 5 or 6 years old.').length);
  });
  test('durations carry type DURATION and approximate ones a mod', () => {
    assert.equal(one('The trial is expected to last six weeks.', 'six weeks').value, 'P6W');
    assert.equal(one('The hearing could last several days.', 'several days').value, 'PXD');
    const t = one('The talks went on for about two weeks.', 'about two weeks');
    assert.deepEqual([t.type, t.value, t.mod], ['DURATION', 'P2W', 'APPROX']);
  });

  test('a unit after "the end of the week" makes it an adjective of length', () => {
    assert.deepEqual(tag('She spoke at the end of the week-long summit.').map((t) => [t.text, t.value]), [['week-long', 'P1W']]);
  });

  test('ages are not durations', () => {
    assert.deepEqual(tag('Pupils aged between 14 and 17 years of age fell ill.').map((t) => t.text), []);
    assert.equal(tag('A 6-year-old boy and a man, 52 years old, were hurt.').length, 0);
    assert.equal(tag('The home takes children from newborns to 12-year-olds.').length, 0);
    for (const ages of ['aged two months to 12 years', 'aged between 18 months and 60 years', 'aged 5-24 years', 'aged 6 to 18 years', 'some as young as two months']) {
      assert.deepEqual(tag(`Most cases are among people ${ages}.`).map((t) => t.text), [], ages);
    }
  });

  test('the age of an event in days, weeks or months is a duration, that of a child is not', () => {
    assert.deepEqual(tag('Talks to end the three-week-old strike resumed.').map((t) => [t.text, t.value]), [['three-week-old', 'P3W']]);
    assert.equal(valueOf('Rebels broke the 40-day-old ceasefire.', '40-day-old'), 'P40D');
    assert.equal(tag('Nurses cared for a two-month-old baby and a 30-year-old man.').length, 0);
  });
});

describe('times and sets', () => {
  test('"a second" is a rate only after a number of things', () => {
    assert.equal(valueOf('The server handled 5,000 requests a second.', 'a second'), 'PT1S');
    assert.deepEqual(tag('The ruling exposes a second flaw in the plan.').map((t) => t.text), []);
  });

  test('clock times', () => {
    const t = one('The missile was fired at 2:30 p.m.', '2:30 p.m.');
    assert.deepEqual([t.type, t.value], ['TIME', '2023-06-03T14:30']);
    assert.equal(valueOf('It landed at 10 a.m. Friday.', '10 a.m. Friday'), '2023-06-02T10:00');
    assert.equal(valueOf('The deadline is noon Tuesday.', 'noon Tuesday'), '2023-06-06T12:00');
    assert.equal(valueOf('He will leave at 4 in the morning.', '4 in the morning'), '2023-06-03T04:00');
    // a page stamp with its fields apart is one time; a year before a count stays a year
    assert.deepEqual(tag('2023 06 03 09:15 JST SEOUL (Reuters) - In 2023 12 drills were held.').map((t) => [t.text, t.type, t.value]),
      [['2023 06 03 09:15 JST', 'TIME', '2023-06-03T09:15'], ['2023', 'DATE', '2023']]);
    // a 24-hour time or midnight takes the day written after it, even past a parenthesis
    assert.deepEqual(tag('The vote is due on 26 June; talks were at 14:30 GMT on Wednesday.').map((t) => [t.text, t.value]),
      [['26 June', '2023-06-26'], ['14:30 GMT', '2023-05-31T14:30'], ['Wednesday', '2023-05-31']]);
    assert.equal(valueOf('A truce took effect at midnight (2200 GMT) on Sunday.', 'midnight'), '2023-05-28T24:00');
    // a time without a colon is a time only with its zone; the conversion in brackets is a second time
    const quake = tag('The quake struck at 1653 local time (2153 GMT) on Tuesday.');
    assert.deepEqual(quake.map((t) => [t.text, t.value]), [['1653 local time', '2023-05-30T16:53'], ['2153 GMT', '2023-05-30T21:53'], ['Tuesday', '2023-05-30']]);
    // written without the zone, the conversion in brackets tells the time from a year
    const bare = tag('The quake struck at 1653 (2153 GMT) on Tuesday. By 1100 (1600 GMT) the count had risen.');
    assert.deepEqual(bare.map((t) => [t.text, t.type, t.value]),
      [['1653', 'TIME', '2023-05-30T16:53'], ['2153 GMT', 'TIME', '2023-05-30T21:53'], ['Tuesday', 'DATE', '2023-05-30'], ['1100', 'TIME', '2023-05-30T11:00'], ['1600 GMT', 'TIME', '2023-05-30T16:00']]);
    assert.equal(valueOf('The talks began in 1998 in Geneva.', '1998'), '1998');
    // a measure after a four-digit number makes it an amount
    assert.deepEqual(tag('The probe was sent down some 1500 metres and pumped 2000 barrels.').map((t) => t.text), []);
    assert.equal(valueOf('Updated 16.36 BST, after the vote.', '16.36 BST'), '2023-06-03T16:36');
    // a blog stamp in "UK time" with its day is one time
    assert.equal(valueOf('Fergus Walsh | 10:25 UK time, Monday, 15 May 2023 I am going to talk', '10:25 UK time, Monday, 15 May 2023'), '2023-05-15T10:25');
  });

  test('a clock time takes the full date written after it; after "on" the date is an expression of its own', () => {
    // past a parenthesis too, and a time in the parenthesis takes the same day
    const launch = tag('The ferry leaves at 8 a.m. EDT (12 p.m. GMT) on July 9 from the old pier.', '2023-06-28');
    assert.deepEqual(launch.map((t) => [t.text, t.value]), [['8 a.m. EDT', '2023-07-09T08:00'], ['12 p.m. GMT', '2023-07-09T12:00'], ['July 9', '2023-07-09']]);
    assert.deepEqual(tag('Posted at 9:05 am on 02 Mar 2022, then edited.').map((t) => [t.text, t.value]), [['9:05 am', '2022-03-02T09:05'], ['02 Mar 2022', '2022-03-02']]);
    // the first of two times takes the day written after the second
    assert.deepEqual(tag('Between 2am and 3am on 27 May, aides rewrote it.', '2023-11-10').map((t) => [t.text, t.value]),
      [['2am', '2023-05-27T02:00'], ['3am', '2023-05-27T03:00'], ['27 May', '2023-05-27']]);
    assert.deepEqual(tag('It ran in print at 00.01 BST on Sunday 7 May 2023.').map((t) => [t.text, t.type, t.value]),
      [['00.01 BST', 'TIME', '2023-05-07T00:01'], ['Sunday 7 May 2023', 'DATE', '2023-05-07']]);
    // a weekday with its date after the parenthesis: "(2153 GMT) on Tuesday, 12 January"
    assert.deepEqual(tag('The quake struck at 1653 local time (2153 GMT) on Tuesday, 12 January.', '2010-01-24').map((t) => t.value),
      ['2010-01-12T16:53', '2010-01-12T21:53', '2010-01-12']);
    assert.equal(valueOf('Bids close at 5 p.m. EST, Nov. 6.', '5 p.m. EST, Nov. 6'), '2023-11-06T17:00');
    assert.equal(valueOf('Bids close at 5 p.m. EST, Nov. 6, 2023.', '5 p.m. EST, Nov. 6, 2023'), '2023-11-06T17:00');
  });

  test('sets', () => {
    assert.deepEqual(tag('The allies train every week and publish data daily.').map((t) => [t.type, t.value]), [['SET', 'P1W'], ['SET', 'P1D']]);
    assert.equal(valueOf('Inspections occur each Thursday.', 'each Thursday'), 'XXXX-WXX-4');
    assert.equal(valueOf('Drills are held every summer.', 'every summer'), 'XXXX-SU');
    assert.equal(valueOf('Flights leave on Tuesday nights.', 'Tuesday nights'), 'XXXX-WXX-2TNI');
    // the first of two weekdays shares the plural of the second; two days alone stay dates
    assert.equal(valueOf('Two new flights will leave on Monday and Tuesday nights.', 'Monday'), 'XXXX-WXX-1TNI');
    assert.equal(valueOf('The shop opens on Saturday and Sundays.', 'Saturday'), 'XXXX-WXX-6');
    assert.match(valueOf('They met on Monday and Tuesday.', 'Monday'), /^\d{4}-\d\d-\d\d$/);
    assert.equal(valueOf('The market is closed on Sundays.', 'Sundays'), 'XXXX-WXX-7');
    assert.equal(valueOf('On weekends the shrine draws crowds.', 'weekends'), 'XXXX-WXX-WE');
    assert.equal(valueOf('On the weekends he worked at the store.', 'weekends'), 'XXXX-WXX-WE');
    assert.equal(valueOf('He drives there every weekend.', 'every weekend'), 'XXXX-WXX-WE');
    // a rate after "people", "feet" or an abbreviated amount
    assert.equal(one('Malaria kills 400,000 people a year.', 'a year').type, 'SET');
    assert.equal(one('The well vents 9 million cubic feet a day.', 'a day').type, 'SET');
    assert.equal(one('The scheme costs £2bn a year and pays $4.5m a day.', 'a day').type, 'SET');
    // and after what the things are of
    assert.equal(one('The well leaks 5,000 barrels of oil a day.', 'a day').type, 'SET');
    assert.equal(one('The ship pumps 50 barrels of mud a minute.', 'a minute').type, 'SET');
    assert.equal(one('He led the group for a week.', 'a week').type, 'DURATION');
    // "as long as a month" is a length: the "s" of "as" makes no plural of things
    assert.equal(one('The appeal could take as long as a month or two.', 'a month').type, 'DURATION');
    assert.equal(one('Fees run as high as $5 a month.', 'a month').type, 'SET');
    // "per day" and "per annum" are the same rates; "per hour" and "per second" measure speed
    assert.deepEqual(tag('The well leaks 5,000 barrels per day and the fee is 3% per annum.').map((t) => [t.text, t.type, t.value]),
      [['per day', 'SET', 'P1D'], ['per annum', 'SET', 'P1Y']]);
    assert.equal(tag('The chip runs 15 million instructions per second and the car 60 miles per hour.').length, 0);
    assert.equal(valueOf('The skimmers clean 200 gallons of water per minute.', 'per minute'), 'PT1M');
    assert.equal(valueOf('With each passing day the damage grows.', 'each passing day'), 'P1D');
    // "five days a week" is how much of each week: one SET over the week, not a length and a rate
    assert.deepEqual(tag('Crews went from one day a week to five days a week, and pumps ran 24 hours a day.').map((t) => [t.text, t.type, t.value]),
      [['one day a week', 'SET', 'P1W'], ['five days a week', 'SET', 'P1W'], ['24 hours a day', 'SET', 'P1D']]);
    assert.equal(valueOf('The clerks work 4 days in a week.', '4 days in a week'), 'P1W');
    // a price per unit written as a modifier is the same rate, not a range of units
    assert.deepEqual(tag('It will undercut his $700-an-hour fees and $5,000-a-week rents.').map((t) => [t.text, t.type, t.value]),
      [['an-hour', 'SET', 'PT1H'], ['a-week', 'SET', 'P1W']]);
    // but "in a week of storms" is a week of its own
    assert.deepEqual(tag('She won in 5 days in a week of storms.').map((t) => t.text), ['5 days', 'a week']);
  });

  test('"many years" is a length of unknown count like "several years"; "how many days" asks one', () => {
    assert.equal(valueOf('It will shape energy policy for many years to come.', 'many years'), 'PXY');
    assert.equal(valueOf('It may be many months before the port reopens.', 'many months'), 'PXM');
    assert.deepEqual(tag('How many days will the repairs take?').map((t) => t.text), []);
  });

  test('a hyphenated half counts: "three-and-a-half hours"', () => {
    assert.equal(valueOf('The crossing took three-and-a-half hours.', 'three-and-a-half hours'), 'PT3H30M');
    assert.equal(valueOf('It ends a two-and-a-half-year inquiry.', 'two-and-a-half-year'), 'P2Y6M');
  });

  test('a live page\'s bare "HHMM:" entry stamps are times, a list of years is not', () => {
    const live = tag('Live updates 0946: Norman Smith, political correspondent. 1020: A minister spoke of Saturday. 1651: The vote passed.', '2011-11-08');
    assert.deepEqual(live.map((t) => [t.text, t.type, t.value]),
      [['0946', 'TIME', '2011-11-08T09:46'], ['1020', 'TIME', '2011-11-08T10:20'], ['Saturday', 'DATE', '2011-11-05'], ['1651', 'TIME', '2011-11-08T16:51']]);
    assert.deepEqual(tag('Key dates. 1998: Talks begin. 2003: War starts. 2010: The spill.').map((t) => t.value), ['1998', '2003', '2010']);
  });

  test('a length in two units is one duration; a school year is no length', () => {
    assert.equal(valueOf('He accounted for the one hour and 40 minutes between doses.', 'the one hour and 40 minutes'), 'PT1H40M');
    assert.equal(valueOf('The oil reached the marsh in a month and a day.', 'a month and a day'), 'P1M1D');
    assert.equal(valueOf('The talks took two years and three months.', 'two years and three months'), 'P2Y3M');
    assert.deepEqual(tag('She served two days and a week later left.').map((t) => t.value), ['P2D', 'P1W']);
    // the step of a set too, but not a rate followed by another length
    assert.deepEqual(tag('Drivers burn that much every five hours and 10 minutes.').map((t) => [t.text, t.type, t.value]), [['every five hours and 10 minutes', 'SET', 'PT5H10M']]);
    assert.deepEqual(tag('Take it three times a day and 40 minutes before meals.').map((t) => t.value), ['P1D', 'PT40M']);
    assert.equal(tag('The school closed after five year seven pupils fell ill.').length, 0);
    assert.equal(tag('Some 6,500 staff were on zero-hours contracts.').length, 0);
    // a unit with no calendar of its own, or a count left vague, ahead of now
    assert.equal(valueOf('MPs vote within the next fortnight.', 'the next fortnight'), 'P2W');
    assert.equal(valueOf('Records will fall in the next couple years.', 'the next couple years'), 'P2Y');
    assert.equal(valueOf('Warming is a threat in the next decades.', 'the next decades'), 'PXE');
  });

  test('a capitalised set word or "Today" inside a title is no time', () => {
    assert.equal(tag('The minister wrote for the Daily Telegraph and the Weekly Standard.').length, 0);
    // a lower-case "daily" can be the paper too: before its name after a kind of paper, or before "newspaper"
    assert.equal(tag('The Communist Party daily Granma and the daily newspaper Le Monde both ran it.').length, 0);
    assert.equal(tag('She reported for daily newspapers in Ohio and weekly magazines in Texas.').length, 0);
    assert.equal(valueOf('No decision is due before the half-yearly figures.', 'half-yearly'), 'P6M');
    // "a day-care centre" is a nursery
    assert.deepEqual(tag('She runs a day-care center in the town.'), []);
    assert.equal(tag('She told USA Today and the Today programme about it.').length, 0);
    assert.equal(valueOf('Today, the Daily Express printed it.', 'Today'), '2023-06-03');
  });
});

describe('times written with a day, the hour or a short unit', () => {
  test('a day followed by its clock time is one time, as in a wire dateline or a page stamp', () => {
    const dateline = one('WASHINGTON | Thu Aug 19, 2010 4:46 pm EDT WASHINGTON (Wire) - Scientists said', 'Thu Aug 19, 2010 4:46 pm EDT', '2010-08-19');
    assert.equal(dateline.type, 'TIME');
    assert.equal(dateline.value, '2010-08-19T16:46');
    assert.equal(valueOf('Friday 24 September 2010 12.16 BST Letters', 'Friday 24 September 2010 12.16 BST', '2010-09-24'), '2010-09-24T12:16');
    // but "at" between them is a preposition, which a TIMEX3 never holds: a date and a time
    assert.deepEqual(tag('The polls close on June 12 at 10 p.m. EDT.', '2010-06-01').map((t) => [t.text, t.type, t.value]),
      [['June 12', 'DATE', '2010-06-12'], ['10 p.m. EDT', 'TIME', '2010-06-12T22:00']]);
    assert.equal(valueOf('Work would start in the week beginning 6 September.', 'the week beginning 6 September', '2010-08-20'), '2010-W36');
    assert.equal(valueOf('By Ann Lee | Sunday, November 14, 2010; 7:04 PM The agency said', 'Sunday, November 14, 2010; 7:04 PM', '2010-11-14'), '2010-11-14T19:04');
    // the stamp ends at its clock: the weekday after it opens the story
    const stamped = tag('By Ann Lee | Tuesday, November 9, 2010; 9:09 PM Monday was a quiet day.', '2010-11-09');
    assert.deepEqual(stamped.map((t) => [t.text, t.value]), [['Tuesday, November 9, 2010; 9:09 PM', '2010-11-09T21:09'], ['Monday', '2010-11-08']]);
    assert.equal(valueOf('Release date: Friday, 6 May 2022 – 4:10pm The office said', 'Friday, 6 May 2022 – 4:10pm', '2022-05-06'), '2022-05-06T16:10');
    // a day and a part of the day next to it stay two expressions
    assert.deepEqual(tag('Rescuers have a window today, tonight and tomorrow.', '2010-01-15').map((t) => t.text), ['today', 'tonight', 'tomorrow']);
    // an abbreviated weekday counts only in a dateline's capitals
    assert.equal(one('The panel sat June 5 to hear the case.', 'June 5', '2010-06-15').text, 'June 5');
  });

  test("o'clock gives the hour as written, or the half of the day the text names", () => {
    assert.equal(valueOf("And four o'clock came and went.", "four o'clock", '2009-06-26'), '2009-06-26T04:00');
    assert.equal(valueOf("When I got home at nine o'clock last night I heard the news.", "nine o'clock last night", '2010-01-15'), '2010-01-14T21:00');
    assert.equal(valueOf("He returned after one o'clock in the morning.", "one o'clock in the morning", '2010-01-15'), '2010-01-15T01:00');
    assert.equal(valueOf("The vote is at nine o'clock tonight.", "nine o'clock tonight", '2010-01-15'), '2010-01-15T21:00');
    // a clock with its half of the day written takes "last night" or "this morning" as its day, in one expression
    assert.equal(valueOf('At around 10pm last night, a neighbour called.', 'around 10pm last night', '2010-01-15'), '2010-01-14T22:00');
    assert.equal(valueOf('An aftershock at 0605 local time this morning caused panic.', '0605 local time this morning', '2010-01-21'), '2010-01-21T06:05');
  });

  test('short units of web pages: hrs, mins, yrs', () => {
    // publication has no clock time: hours ago is that day, or a day before per whole 24 hours
    assert.equal(valueOf('Spill claims rise - 9 hrs ago', '9 hrs ago', '2010-06-15'), '2010-06-15');
    assert.equal(valueOf('The well was capped 48 hours ago.', '48 hours ago', '2010-06-15'), '2010-06-13');
    assert.equal(valueOf('The flight took 3 hrs and 20 mins.', '3 hrs and 20 mins'), 'PT3H20M');
    assert.equal(valueOf('The wait was 20 mins.', '20 mins'), 'PT20M');
    assert.equal(valueOf('He served 5 yrs in the post.', '5 yrs'), 'P5Y');
    // a police log's 24-hour clock: "21:30hrs" is a time, not a length of "30 hrs"
    assert.deepEqual(tag('The pair left at 21:30hrs and were stopped around 23:00 hrs.', '2022-05-06').map((t) => [t.text, t.value]),
      [['21:30hrs', '2022-05-06T21:30'], ['around 23:00 hrs', '2022-05-06T23:00']]);
  });

  test('a day joined to a day-month by "and" or "or" is a date of its own', () => {
    const events = tag('Nobody spoke about the events of 1 and 2 April until May.', '2009-05-10');
    assert.deepEqual(events.slice(0, 2).map((t) => [t.text, t.value]), [['1', '2009-04-01'], ['2 April', '2009-04-02']]);
    assert.equal(valueOf('The well will be sealed on 14 or 15 August.', '14', '2010-08-02'), '2010-08-14');
  });

  test('a day and month with "last year", "that year" or an ordinal word', () => {
    assert.equal(valueOf('Jackson died at his home on 25 June last year.', '25 June last year', '2010-02-09'), '2009-06-25');
    assert.equal(valueOf('The band split in 2007. It reformed on June 3 that year.', 'June 3 that year', '2010-02-09'), '2007-06-03');
    assert.equal(valueOf('The streets were empty on the first of May.', 'the first of May', '2009-05-02'), '2009-05-01');
    assert.equal(valueOf('It opened on the twenty-first of June 2009.', 'the twenty-first of June 2009'), '2009-06-21');
  });

  test("a person's age in months is no duration, even with an adjective before the noun", () => {
    assert.deepEqual(tag('A 23-month-old Mexican child has died.', '2009-04-29'), []);
    assert.equal(valueOf('The three-month-old strike goes on.', 'three-month-old', '2009-04-29'), 'P3M');
  });

  test('a colon time after "at", "around" or "by" is a time without a zone; "2:12 - 8 hrs ago" starts no range', () => {
    assert.deepEqual(tag('The alarm sounded at around 21:49 on April 20.', '2010-09-09').map((t) => [t.text, t.value]),
      [['around 21:49', '2010-04-20T21:49'], ['April 20', '2010-04-20']]);
    assert.equal(valueOf('The data were gathered at 16:00 on 17 June 2010.', '16:00', '2010-06-20'), '2010-06-17T16:00');
    assert.deepEqual(tag('The home side won 2:1 at the weekend.', '2010-06-20').map((t) => t.text), ['the weekend']);
    assert.deepEqual(tag('Boat people clip 2:12 - 8 hrs ago', '2010-01-19').map((t) => [t.text, t.value]), [['8 hrs ago', '2010-01-19']]);
  });

  test('"in the last day" and "the past hour" are lengths up to now; "the last day of" is a date', () => {
    assert.equal(valueOf('Reported cases doubled in the last day to 59.', 'the last day', '2009-05-27'), 'P1D');
    assert.equal(valueOf('Over the past hour the queue has grown.', 'the past hour'), 'PT1H');
    assert.deepEqual(tag('It rained on the last day of the fair.'), []);
    assert.equal(valueOf('Shares have lost a third in the month since the rig exploded.', 'the month', '2010-05-20'), 'P1M');
  });

  test('a BBC stamp\'s "09:58 UK" is a time; "mid-afternoon on Tuesday" takes the Tuesday; "weeklong" is a length', () => {
    assert.equal(valueOf('Page last updated at 08:58 GMT, Thursday, 24 June 2010 09:58 UK The singer', '09:58 UK', '2010-06-24'), '2010-06-24T09:58');
    assert.deepEqual(tag('The 2012 UK Games drew crowds.', '2010-06-24').map((t) => [t.text, t.value]), [['2012', '2012']]);
    assert.equal(valueOf('By mid-afternoon on Tuesday the studio was full.', 'mid-afternoon', '2010-01-27'), '2010-01-26TAF');
    assert.equal(valueOf('Members leave for a weeklong break.', 'weeklong', '2010-05-25'), 'P1W');
  });
  test('quarters counted keep the quarter unit; "the first quarter of the year"; no range runs into "18 hrs ago" or out of "9/11"', () => {
    assert.equal(valueOf('Losses mounted over the past two quarters.', 'the past two quarters', '2010-05-11'), 'P2Q');
    assert.equal(valueOf('It will pay $1 billion per quarter.', 'per quarter', '2010-05-11'), 'P1Q');
    assert.equal(valueOf('In the first quarter of the year, the company earned $5 billion.', 'the first quarter of the year', '2010-05-11'), '2010-Q1');
    assert.deepEqual(tag('Charity single out Feb. 7 - 18 hrs ago', '2010-01-28').map((t) => [t.text, t.value]), [['Feb. 7', '2010-02-07'], ['18 hrs ago', '2010-01-28']]);
    assert.deepEqual(tag('He compared the spill to 9/11 - 2 hrs ago', '2010-06-13').map((t) => [t.text, t.value]), [['9/11', '2001-09-11'], ['2 hrs ago', '2010-06-13']]);
  });
  test('a 24-hour time with a leading zero after a word of when is a time; a phone number is not', () => {
    assert.equal(valueOf('Crews went out at 0930 on Monday.', '0930', '2010-01-20'), '2010-01-18T09:30');
    assert.equal(valueOf('Rescuers were in place by 0200.', '0200', '2010-01-20'), '2010-01-20T02:00');
    assert.deepEqual(tag('Call 0800 123 456 for help.').map((t) => t.text), []);
  });

  test('a day ending a window ("through September 30") is the nearest such day', () => {
    assert.equal(valueOf('The law bans releasing detainees through September 30.', 'September 30', '2009-06-24'), '2009-09-30');
    assert.equal(valueOf('The fund had fallen 2% this year through Oct. 19.', 'Oct. 19', '1989-10-27'), '1989-10-19');
  });
  test('the first month of a range takes the year written after the second', () => {
    assert.equal(valueOf('The average from January to October 2023 has already passed the record.', 'January', '2023-11-09'), '2023-01');
    assert.equal(valueOf('Between March and June 2021 sales rose.', 'March', '2023-11-09'), '2021-03');
    assert.equal(valueOf('From November to February 2022, prices fell.', 'November', '2023-11-09'), '2021-11');
  });

  test('"the 2nd half of 2011"; "the last Thursday of November" is a day, "the last Tuesday of the month" none', () => {
    assert.equal(valueOf('It may be the 2nd half of 2011 before the ruling.', 'the 2nd half of 2011'), '2011-H2');
    assert.equal(valueOf('The vote will be on the last Thursday of November.', 'the last Thursday of November'), '2023-11-30');
    assert.equal(valueOf('They met on the second Tuesday in March 2011.', 'the second Tuesday in March 2011'), '2011-03-08');
    assert.deepEqual(tag('Figures are normally reported on the last Tuesday of the month.').map((t) => t.text), []);
  });

  test('a bare plural unit "away" or in a pair after "probably" is a length of unknown count', () => {
    assert.equal(valueOf('Firms in the Gulf are weeks away from bankruptcy.', 'weeks'), 'PXW');
    assert.equal(valueOf('It will be many months, and probably years, before the cost is known.', 'years'), 'PXY');
  });
  test('a clock right after a dated year in a comment stamp is a time on that day', () => {
    const text = 'Great piece. 8th November 2011 - 17:42 This comment was removed. 9 November 2011, 8:26 Oh please.';
    assert.equal(valueOf(text, '8th November 2011 - 17:42', '2011-11-09'), '2011-11-08T17:42');
    assert.equal(valueOf(text, '9 November 2011, 8:26', '2011-11-09'), '2011-11-09T08:26');
    // a year alone before a clock reading gives it no day
    assert.deepEqual(tag('In 2011, 17:42 was the record.', '2011-11-09').map((t) => t.text), ['2011']);
  });
  test('a clock before a date with an ordinal day is one time: "At 04:23 23rd Aug 2010, dylen wrote"', () => {
    assert.equal(valueOf('At 04:23 23rd Aug 2010, dylen wrote: thanks.', '04:23 23rd Aug 2010', '2010-01-25'), '2010-08-23T04:23');
    assert.equal(valueOf('The vote closes at 5 p.m. Aug. 23rd, 2010.', '5 p.m. Aug. 23rd, 2010', '2010-01-25'), '2010-08-23T17:00');
  });
  test('"a night out" is an outing, not a length', () => {
    assert.deepEqual(tag('He caught the virus during a night out with friends.', '2009-05-01'), []);
    assert.equal(valueOf('He stayed a night at the hotel.', 'a night', '2009-05-01'), 'P1D');
  });
  test('"March of every year" is one set', () => {
    const set = one('In March of every year, the fishermen head out.', 'March of every year', '2010-07-16');
    assert.deepEqual([set.type, set.value], ['SET', 'XXXX-03']);
  });
  test('"every morning" and "every night" are a part of each day', () => {
    const morning = one('There will be a lottery every morning to allocate seats.', 'every morning', '2011-09-27');
    assert.deepEqual([morning.type, morning.value], ['SET', 'XXXX-XX-XXTMO']);
    assert.equal(valueOf('Each evening the host chats to comedians.', 'Each evening', '2010-08-01'), 'XXXX-XX-XXTEV');
    assert.equal(valueOf('He calls every night.', 'every night', '2010-08-01'), 'XXXX-XX-XXTNI');
    assert.equal(valueOf('The show airs nightly.', 'nightly', '2010-08-01'), 'XXXX-XX-XXTNI');
  });
  test('"another day" or "another week" is a length of one unit', () => {
    assert.equal(valueOf('BP can keep the cap closed for another day, says Allen.', 'another day', '2010-07-19'), 'P1D');
    assert.equal(valueOf('Schools will remain shut for another week.', 'another week', '2009-05-10'), 'P1W');
    assert.equal(valueOf('She has about another year and a half of this.', 'about another year and a half', '2010-11-17'), 'P1Y6M');
    // but not "another day of evidence", a day of the trial
    assert.deepEqual(tag('That is a matter for another day of evidence.', '2011-10-13'), []);
  });
  test('"midweek" is the middle of this week, of the last one told in the past early in a week, of the next one ahead at a weekend', () => {
    const mid = one('The first attempt could get under way mid-week.', 'mid-week', '2010-05-10');
    assert.deepEqual([mid.value, mid.mod], ['2010-W19', 'MID']);
    assert.equal(valueOf('Shares fell midweek.', 'midweek', '2010-05-10'), '2010-W18');
    assert.equal(valueOf('They leave for their holiday midweek.', 'midweek', '2010-08-15'), '2010-W33');
  });
  test('"the first few days" is an unknown number of days; "Black Wednesday" names no day of the week', () => {
    assert.equal(valueOf('In the first few days of a disaster people panic.', 'the first few days', '2010-01-15'), 'PXD');
    assert.deepEqual(tag('He walked past on Black Wednesday in 1992.', '2010-06-04').map((t) => t.text), ['1992']);
    assert.deepEqual(tag('They added a rap to Sunday Bloody Sunday.', '2010-01-20'), []);
  });
  test('"an average year" and "eight typical years" are lengths of that many units', () => {
    assert.equal(valueOf('Seasonal flu kills 250,000 people in an average year.', 'an average year', '2009-04-27'), 'P1Y');
    assert.equal(valueOf('The paths were computed over eight typical years.', 'eight typical years', '2010-07-15'), 'P8Y');
  });
  test('"every now and then" and "a Coptic weekly" name no time', () => {
    assert.deepEqual(tag('Of course, every now and then we do hear something.', '2010-05-24'), []);
    // "now-" before an adjective describes the noun: "the now-sunken rig"
    assert.deepEqual(tag('Royalties went to the now-defunct agency that leased the now-sunken rig.', '2010-08-09'), []);
    assert.deepEqual(tag('said Youssef Sidhom, editor of a secular Coptic weekly, adding that', '2009-05-12'), []);
    assert.equal(valueOf('The council meets weekly.', 'weekly', '2009-05-12'), 'P1W');
  });
  test('"Jan 2,2003" with no space is a date; "a Christmas tree", "Father Christmas" and the verb "last" are no part of a date', () => {
    assert.deepEqual(tag('He was governor from Jan 2,2003 to Jan 4,2007.', '2010-09-28').map((t) => t.value), ['2003-01-02', '2007-01-04']);
    assert.deepEqual(tag('On Jan 2,300 people came.', '2010-09-28'), []);
    assert.deepEqual(tag('You can see it: it lights up like a Christmas tree.', '2011-01-06'), []);
    assert.deepEqual(tag('He is not a kind of Father Christmas handing out gifts.', '2010-01-19'), []);
    assert.deepEqual(tag('Flu epidemics generally last a few weeks in any one town.', '2009-04-30').map((t) => t.text), ['a few weeks']);
  });
  test('a clock time of a daily schedule is on no day in particular, its conversion in brackets too', () => {
    const text = 'The show is on the radio daily at 0910 local time (1410 GMT), for 20 minutes.';
    assert.deepEqual(tag(text, '2010-01-25').filter((t) => t.type === 'TIME').map((t) => t.value), ['XXXX-XX-XXT09:10', 'XXXX-XX-XXT14:10']);
    assert.equal(valueOf('The daily tally rose at 3pm on Tuesday.', '3pm', '2010-05-20'), '2010-05-18T15:00');
  });
  test('"a couple weeks", as Americans write it, is two weeks, as "a couple of weeks" is', () => {
    assert.equal(valueOf('It will likely take a couple weeks for new permits.', 'a couple weeks', '2010-10-12'), 'P2W');
    assert.equal(valueOf('They had been treading water for a couple of hours.', 'a couple of hours', '2010-09-02'), 'PT2H');
    assert.deepEqual(tag('He and a couple friends left.', '2010-09-02'), []);
  });
  test('"within minutes" is an unknown number of minutes; "the minutes of the meeting" are no time', () => {
    assert.equal(valueOf('Within minutes of the quake, a plume of dust rose.', 'minutes', '2010-01-13'), 'PTXM');
    assert.deepEqual(tag('The minutes of the meeting showed concern.', '2010-01-13'), []);
    // seconds likewise, but not a second helping
    assert.equal(valueOf('But within seconds, the bird landed again.', 'seconds', '2010-05-27'), 'PTXS');
    assert.deepEqual(tag('He went back for seconds.', '2010-05-27'), []);
  });
  test('a schedule\'s "4.00-5.00 pm" is two times, the first in the second\'s half of the day unless it runs past noon', () => {
    assert.deepEqual(tag('4.00-5.00 pm BBC RADIO 4. Then 11.00-1.00 pm BBC TWO.', '2011-06-13').map((t) => [t.text, t.value]), [
      ['4.00', '2011-06-13T16:00'], ['5.00 pm', '2011-06-13T17:00'], ['11.00', '2011-06-13T11:00'], ['1.00 pm', '2011-06-13T13:00'],
    ]);
  });
  test('"the morning of 25 June 2009" is that part of the day; "the night of" leaves the night out', () => {
    assert.equal(valueOf('Jackson died on the morning of 25 June 2009, after a long night.', 'the morning of 25 June 2009', '2011-01-04'), '2009-06-25TMO');
    assert.equal(valueOf('He arrived in Beijing on the afternoon of 16 May aboard a flight.', 'the afternoon of 16 May', '2009-05-21'), '2009-05-16TAF');
    assert.deepEqual(tag('He was shot on the night of Oct. 23 in his kitchen.', '1998-10-26').map((t) => t.text), ['Oct. 23']);
  });
  test('"every single day" is every day; "one day or other" is some day ahead; "DEC." in capitals is a name', () => {
    assert.equal(valueOf('It has been that way every single day since the disaster.', 'every single day', '2010-06-18'), 'P1D');
    assert.equal(valueOf('I think that, in one day or other, we will come to know.', 'one day or other', '2009-06-08'), 'FUTURE_REF');
    assert.deepEqual(tag('Text GIVE to donate to the DEC appeal. Money goes to DEC.. You pay the fee.', '2010-01-20'), []);
  });
  test('"a couple weeks back" is "a couple of weeks ago"; "two weeks back to" is no date', () => {
    assert.equal(valueOf('Here is the one I did a couple weeks back: see it.', 'a couple weeks back', '2010-06-15'), '2010-W22');
    assert.equal(valueOf('We had a hot summer a couple of years back and the heat killed many.', 'a couple of years back', '2009-04-30'), '2007');
    assert.equal(valueOf('It set the plan two weeks back to where it was.', 'two weeks', '2009-04-30'), 'P2W');
  });
});
