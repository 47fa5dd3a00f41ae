// Forms the 2002 articles people mailed to lists showed: dates inside web addresses, a month or season "that" points
// back to, the attacks' day written "9/11" or "September 11", years written short.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tag, valueOf } from './helpers.ts';

// 2002-08-28 is a Wednesday.
const PUB = '2002-08-28';

describe('articles mailed to lists', () => {
  test('a date inside a web address is part of the address', () => {
    const text = 'Full story: http://www.nytimes.com/2002/08/25/business/25TEXA.html and www.usatoday.com/money/2002-09-30-bear_x.htm, filed 2002/08/25.';
    assert.deepEqual(tag(text, PUB).map((t) => [t.text, t.value]), [['2002/08/25', '2002-08-25']]);
    assert.equal(tag(text, PUB)[0]!.start, text.lastIndexOf('2002/08/25'));
  });

  test('"that September", "that summer" are in the year last talked about', () => {
    const text = 'The fund put $20 million into it in early 2000. It joined a second round that September and left that summer.';
    assert.equal(valueOf(text, 'that September', PUB), '2000-09');
    assert.equal(valueOf(text, 'that summer', PUB), '2000-SU');
    // with no year told before, the month is read as a bare one would be
    assert.equal(valueOf('Sales peaked that June.', 'that June', PUB), '2002-06');
  });

  test('a "that" opening a clause, "that may" and "that fall" as a tumble stay out of it', () => {
    assert.deepEqual(tag('It opened in 2000. He said that September was slow.', PUB).map((t) => t.text), ['2000', 'September']);
    assert.deepEqual(tag('I know that may be true.', PUB), []);
    assert.deepEqual(tag('He joined in 2000 and hurt his back from that fall.', PUB).map((t) => t.text), ['2000']);
    assert.equal(valueOf('They met in 1998. In that fall they wed.', 'that fall', PUB), '1998-FA');
    // a day after the month is a date of its own: "after that May 26 order"
    assert.deepEqual(tag('Use fell sharply after that May 26 order.', PUB).map((t) => t.text), ['May 26']);
  });

  test('"9/11" and a bare "September 11" in a clause not about the future are the attacks', () => {
    assert.equal(valueOf('The towers were almost fully leased before 9/11.', '9/11', PUB), '2001-09-11');
    assert.equal(valueOf("We weren't that fond of him before September 11, but afterwards we were.", 'September 11', PUB), '2001-09-11');
    assert.equal(valueOf('Ceremonies will be held on September 11.', 'September 11', PUB), '2002-09-11');
    // before 2001 it is a day like any other, and "9/11/2001" is a whole date
    assert.deepEqual(tag('Rates rose 9/11.', '1999-08-28'), []);
    assert.equal(valueOf('He flew on 9/11/2001.', '9/11/2001', PUB), '2001-09-11');
  });

  test("a year written short after a preposition of time: \"since '87\", \"in '99\"", () => {
    const text = "It was the worst quarter since '87, though shares rose in '99.";
    assert.deepEqual(tag(text, PUB).map((t) => [t.text, t.value]), [["'87", '1987'], ["'99", '1999']]);
    assert.equal(valueOf("The class of '02 met.", "'02", PUB), '2002');
    // with no preposition of time before it, "the model '87" names no year
    assert.deepEqual(tag("The model '87 sold well.", PUB), []);
  });
});

describe('a day and its date in apposition', () => {
  test('"this coming Sunday, March eighth" is one date; "Oct. 12, the day before" stays two', () => {
    assert.deepEqual(tag("Women's Day is this coming Sunday, March eighth.", '1998-03-05').map((t) => [t.text, t.value]),
      [['this coming Sunday, March eighth', '1998-03-08']]);
    assert.deepEqual(tag('Shares fell after Oct. 12, the day before the plunge.', '1989-10-30').map((t) => t.text), ['Oct. 12', 'the day']);
  });
});

describe('newsletter forms (2002 mail, second set)', () => {
  test('an adverb between "are" and the participle keeps the clause present: Christmas ahead in October', () => {
    const text = 'The freight is not moving, and retailers are more worried about Christmas with every passing day.';
    assert.equal(valueOf(text, 'Christmas', '2002-10-08'), '2002-12-25');
    // in the past tense it is the one gone by
    assert.equal(valueOf('Retailers were more worried about Christmas.', 'Christmas', '2002-10-08'), '2001-12-25');
  });

  test('"that same day" after a month is a day of that month; after a year, the day told before it', () => {
    const text = 'Doctors were killed, most recently last October. His name was crossed out that same day.';
    assert.equal(valueOf(text, 'that same day', '1999-02-06'), '1998-10-XX');
    const moose = 'Early on Election Day a moose hit her 1991 Dodge. She could not follow it up until later that day.';
    assert.equal(valueOf(moose, 'later that day', '2002-12-01'), '2002-11-05');
  });

  test('"every business day" is daily; "the next weeks" is a stretch ahead', () => {
    assert.equal(valueOf('The letter comes out every business day.', 'every business day', PUB), 'P1D');
    assert.equal(valueOf('They will talk it over in the next weeks.', 'the next weeks', PUB), 'PXW');
    // "the next days of June" are days of a month, not a stretch from now
    assert.deepEqual(tag('The next days of June were hot.', PUB).map((t) => t.text), ['June']);
  });

  test('"April fools" names no month; April Fools\' Day is the first of April', () => {
    assert.deepEqual(tag('Time makes April fools of us all.', PUB), []);
    assert.equal(valueOf("The prank was played on April Fools' Day.", "April Fools' Day", PUB), '2002-04-01');
  });

  test('an asteroid designation and a Sunday paper name no time', () => {
    assert.deepEqual(tag('An orbit suggests that 2002 NT7 may hit us. In 2002 BP drilled.', PUB).map((t) => t.text), ['2002']);
    assert.deepEqual(tag('Maine Sunday Telegram, Portland, Maine', PUB), []);
  });

  test('a count of days in a title-case headline is a length; "60 Minutes" in a sentence is a show', () => {
    assert.equal(valueOf('President Acts To Halt Port Lockout for 80 Days (Seattle Times)', '80 Days', PUB), 'P80D');
    assert.deepEqual(tag('She told the show 60 Minutes that she was sorry.', PUB), []);
  });
});

describe('press releases and mail stamps quoted in a later story', () => {
  test('a release dateline with its city tells "today" from its own day', () => {
    const text = 'A story about drives.\n\nMILPITAS, Calif., September 9, 2002-\n\nMaxtor Corporation today announced new drives.';
    assert.equal(valueOf(text, 'today', '2002-09-11'), '2002-09-09');
    const cambridge = 'More on XML.\n\nCAMBRIDGE, Mass. - July 8, 2002 - DataPower Technology today announced funding.';
    assert.equal(valueOf(cambridge, 'today', '2002-08-27'), '2002-07-08');
  });

  test("a chronology's line opening with a full date moves no reference day", () => {
    const text = 'Timeline of the spill:\nApril 20, 2010 - The rig explodes.\nNov. 2 - BP raises its estimate.';
    assert.equal(valueOf(text, 'Nov. 2', '2011-01-11'), '2010-11-02');
  });

  test('a mail date line is one time; "per decade" is a rate', () => {
    assert.deepEqual(tag('Date: Wed, 24 Jul 2002 21:44:19 -0600 Bob, so.', '2002-07-25').map((t) => [t.text, t.type, t.value]),
      [['Wed, 24 Jul 2002 21:44:19 -0600', 'TIME', '2002-07-24T21:44']]);
    assert.deepEqual(tag('a trend of 0.155 degrees per decade', PUB).map((t) => [t.type, t.value]), [['SET', 'P10Y']]);
  });

  test('a title-case line before a year and a dash is no length: "Sir John Tusa, 1989 -- Day-By-Day"', () => {
    assert.deepEqual(tag('Presented by Sir John Tusa, 1989 -- Day-By-Day recreates the year.', PUB).map((t) => t.text), ['1989']);
  });
});
