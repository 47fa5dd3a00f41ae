// Expressions anchored to the story rather than to publication, named days, spoken years and span edges.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { one, tag, valueOf } from './helpers.ts';

describe('anchored to the story', () => {
  test('"January of that year" is in the year last mentioned; "of last year" counts from publication', () => {
    assert.equal(valueOf('The plant opened in 2011. In March of that year it flooded.', 'March of that year'), '2011-03');
    assert.equal(valueOf('The pier reopened in April of last year.', 'April of last year'), '2022-04');
  });

  test('"of that awful year" and "that same year" are the year last mentioned too', () => {
    assert.equal(valueOf('The flu struck in 1918. In June of that awful year, she stayed.', 'June of that awful year', '2009-04-30'), '1918-06');
    assert.equal(valueOf('He moved in 1918. That same year, he died.', 'That same year', '2009-04-30'), '1918');
  });

  test('"the following year" and "that year" count from the last date mentioned', () => {
    const text = 'He was promoted on Sept. 22, 1995, and the following year he became attache. Prices fell that year.';
    assert.equal(valueOf(text, 'the following year'), '1996');
    assert.equal(valueOf(text, 'that year'), '1996');
    assert.equal(valueOf('Sales will rise next year.', 'next year'), '2024');
  });

  test('"a year later" counts from the last date mentioned, publication only when none is', () => {
    assert.equal(valueOf('The cull began in 2001. A year later, the scientists tried again.', 'A year later'), '2002');
    assert.equal(valueOf('A year later, the plant will close.', 'A year later'), '2024');
  });

  test('"earlier that day" and "the next morning" count from the day just mentioned', () => {
    const text = 'The talks opened on March 3. Earlier that day, envoys met; they signed the next morning.';
    assert.equal(valueOf(text, 'Earlier that day'), '2023-03-03');
    assert.equal(valueOf(text, 'the next morning'), '2023-03-04TMO');
    // a sentence may open on "Next day," without the article
    assert.equal(valueOf('Envoys met on March 3. Next day, on boats and planes, they toured the coast.', 'Next day'), '2023-03-04');
    // with no day to count from there is nothing to resolve
    assert.deepEqual(tag('Trades made that day lost money.').map((t) => t.text), []);
    // a day still ahead, named in an earlier sentence, is not "the same day" of a sentence told in the past (Saturday 2023-06-03)
    const delay = 'The move will wait until next week, perhaps Tuesday. The delay was announced on the same day the firm cut its estimate.';
    assert.equal(valueOf(delay, 'the same day'), '2023-06-03');
  });

  test('"the day before" at a clause\'s end is the day before the one just mentioned; "the other day" is a recent past', () => {
    // published Saturday 2023-06-03
    assert.equal(valueOf('Crews rescued two people on Friday and two the day before.', 'the day before'), '2023-06-01');
    assert.equal(valueOf('He said the same yesterday and the day before.', 'the day before'), '2023-06-01');
    assert.equal(valueOf('Police met to discuss a shoot-out the night before.', 'the night before'), '2023-06-02TNI');
    // before a noun it is a day counted from that event, which the day rules read
    assert.notEqual(tag('They sold the day before the crash.').at(0)?.value, '2023-06-02');
    assert.equal(valueOf('I saw a sign on a train the other day.', 'the other day'), 'PAST_REF');
    assert.equal(valueOf('The ferry sails every other day.', 'every other day'), 'P2D');
  });

  test('a day counted within an event is publication, the day before when told in the past, or the date beside it', () => {
    // published Saturday 2023-06-03
    assert.equal(valueOf('Today is the eighth day of the blockade.', 'the eighth day'), '2023-06-03');
    assert.equal(valueOf("It's the second day of an offensive by the army against villages held by rebels.", 'the second day'), '2023-06-03');
    assert.equal(valueOf('The strike, now in its 63rd day, has closed the port.', 'its 63rd day'), '2023-06-03');
    assert.equal(valueOf('As the strike entered its 60th day, the union met the owners.', 'its 60th day'), '2023-06-03');
    assert.equal(valueOf('It was the second day of hearings on the collapse.', 'the second day'), '2023-06-02');
    assert.equal(valueOf('As of Wednesday, the 85th day of the strike, no talks were held.', 'the 85th day'), '2023-05-31');
    assert.equal(valueOf('Shares peaked on May 12, the day before the crash, and fell after.', 'the day'), '2023-05-12');
    // the start of an event, a length, a calendar day and a count ahead are not the day of writing
    for (const text of ['From the first day of the strike the port was shut.', 'The film earned $20m in its first day.', 'He will speak on the third day of the summit.']) {
      assert.deepEqual(tag(text).map((t) => t.text), [], text);
    }
    assert.equal(valueOf('Rent is due on the first day of March.', 'March'), '2023-03');
    assert.deepEqual(tag('He talked about the day he left.').map((t) => t.text), []);
  });

  test('"the day of his death", "the day after the quake", "the day he died" take the day the story gave the event', () => {
    const text = 'The singer died on 25 June 2009 at his home. The doctor said he was with him on the day he died, and on the morning of his death gave him a sedative. Fans gathered the day after his death.';
    assert.equal(valueOf(text, 'the day'), '2009-06-25');
    assert.equal(valueOf(text, 'the morning'), '2009-06-25TMO');
    assert.deepEqual(tag(text).filter((t) => t.start > text.indexOf('Fans')).map((t) => t.value), ['2009-06-26']);
    const quake = 'Around 200,000 people died in the 12 January earthquake. The day after the earthquake, aid began to arrive.';
    assert.equal(valueOf(quake, 'The day', '2010-01-29'), '2010-01-13');
    // an event the story gives no day is left alone, as is a title
    assert.deepEqual(tag('He spoke about the day of his death.').map((t) => t.text), []);
    assert.deepEqual(tag('On 15 September 2008 the bank failed. The Day That Lehman Died is a radio play.').map((t) => t.text), ['15 September 2008']);
  });

  test('"Tuesday\'s earthquake" is the day the story gave the quake, if it fell on a Tuesday in the last three weeks', () => {
    const text = 'The quake struck on Tuesday, 12 January. Many died in last Tuesday\'s earthquake. Reports of Tuesday\'s devastating quake were grim. On Tuesday, aid arrived.';
    assert.deepEqual(tag(text, '2010-01-24').map((t) => t.value), ['2010-01-12', '2010-01-12', '2010-01-12', '2010-01-19']);
    // a week too far back, or another weekday, is left to the usual reading
    assert.deepEqual(tag(text, '2010-02-05').map((t) => t.value).slice(1), ['2010-02-02', '2010-02-02', '2010-02-02']);
    assert.deepEqual(tag('The quake struck on Tuesday, 12 January. Friday\'s quake was smaller.', '2010-01-24').map((t) => t.value), ['2010-01-12', '2010-01-22']);
  });

  test('a clock time without a day belongs to the day just mentioned', () => {
    const text = 'The launch came on Wednesday. The missile was fired at 6:40 a.m. from a site near Pyongyang.';
    assert.equal(valueOf(text, '6:40 a.m.'), '2023-05-31T06:40');
    assert.equal(valueOf('The missile was fired at 6:40 a.m.', '6:40 a.m.'), '2023-06-03T06:40');
    // a date after "since" opens a stretch up to now: the story stays on the publication day
    const since = 'Shares have halved since 20 April, when the rig blew up. By 2.30 pm they had recovered from the previous day.';
    assert.equal(valueOf(since, '2.30 pm'), '2023-06-03T14:30');
    assert.equal(valueOf(since, 'the previous day'), '2023-06-02');
    // a day that only names an event in an earlier sentence is background; a clause naming the event keeps it
    const background = 'The May 20 rig explosion killed 11 workers. As the cap was removed at 4:25 p.m., no oil leaked.';
    assert.equal(valueOf(background, '4:25 p.m.'), '2023-06-03T16:25');
    const death = 'He caused the singer\'s death on May 20. He gave him a pill at 1.30 am on the morning of his death.';
    assert.equal(valueOf(death, '1.30 am'), '2023-05-20T01:30');
    // a day still ahead is not the day of a time told in the past; in its own clause it still is
    const ahead = 'The dividend will be paid on 21 June. Shares fell at the start of the call at 1400 BST.';
    assert.equal(valueOf(ahead, '1400 BST'), '2023-06-03T14:00');
    assert.equal(valueOf('The vote is on 21 June. Polls will close at 1400 BST.', '1400 BST'), '2023-06-21T14:00');
  });

  test('a month and day after a full date of an earlier year stay in that year\'s story', () => {
    const text = 'He fitted the boiler on December 16, 2021. She came home for Christmas and returned on December 27.';
    assert.equal(valueOf(text, 'Christmas'), '2021-12-25');
    assert.equal(valueOf(text, 'December 27'), '2021-12-27');
    // without the earlier date, or too long after it, the publication decides
    assert.equal(valueOf('She returned on December 27.', 'December 27'), '2022-12-27');
    assert.equal(valueOf('It began on January 5, 2021. The firm collapsed on December 27.', 'December 27'), '2022-12-27');
    // paragraphs away from a caption's old date, a day of the last few weeks is the news's own (published 2023-06-03)
    const caption = `A test bomb went off on 18 April, 1953, in Nevada. ${'Talk of a blast to seal the well will not die. '.repeat(20)}He told a forum on May 29 that it could work.`;
    assert.equal(valueOf(caption, 'May 29'), '2023-05-29');
  });

  test('a chronology\'s lines keep its year whatever their verbs say', () => {
    // published 2023-06-03: each line is an entry of the 2022 story, though it "says" what "must" or "will" happen
    const text = 'Nov. 10, 2022 - The pipeline bursts.\nDec. 2 - The regulator says the firm must pay for the clean-up.\nDec. 20 - The firm says it will sell assets.';
    assert.equal(valueOf(text, 'Dec. 2'), '2022-12-02');
    assert.equal(valueOf(text, 'Dec. 20'), '2022-12-20');
    // in running text the verb still decides
    assert.equal(valueOf('It began on Nov. 10, 2022. The firm says it will sell assets by Dec. 20.', 'Dec. 20'), '2023-12-20');
  });

  test('a weekday written with a month and day picks the year it falls in', () => {
    // published 2023-06-03: 29 December 2022 was a Thursday, 2023 a Friday
    assert.equal(valueOf('Fans gathered on Thursday, Dec. 29.', 'Thursday, Dec. 29'), '2022-12-29');
    assert.equal(valueOf('The talks end Friday, Dec. 29.', 'Friday, Dec. 29'), '2023-12-29');
  });

  test('a year-earlier comparison in a quarterly report', () => {
    const text = 'Net income in the first quarter rose to $5 million from $3 million a year earlier, and the year-ago quarter included a charge.';
    assert.equal(valueOf(text, 'a year earlier', '2023-05-02'), '2022-Q1');
    assert.equal(valueOf(text, 'the year-ago quarter', '2023-05-02'), '2022-Q1');
  });

  test('a fiscal quarter reported as ended anchors "a year earlier" though it bears the current quarter\'s number', () => {
    const text = 'Profit for its fourth quarter ended Sept. 30 fell to $4 million from $9 million a year earlier.';
    assert.equal(valueOf(text, 'a year earlier', '2023-11-02'), '2022-Q4');
    // a quarter still to come is not a report on it: "a year earlier" stays the year before
    const ahead = 'It expects a fourth-quarter charge. Sales were $9 million, up from $7 million a year earlier.';
    assert.equal(valueOf(ahead, 'a year earlier', '2023-11-02'), '2022');
  });

  test('a period said to have ended closes on or before publication, and its quarter takes that year', () => {
    const text = 'In the same quarter a year ago, the second quarter ended Nov. 30, the chain lost $2 million.';
    assert.equal(valueOf(text, 'Nov. 30', '2023-11-28'), '2022-11-30');
    assert.equal(valueOf(text, 'the second quarter', '2023-11-28'), '2022-Q2');
    // a day just ahead is still this year's when nothing says the period is over
    assert.equal(valueOf('The chain will report results on Nov. 30.', 'Nov. 30', '2023-11-28'), '2023-11-30');
    assert.equal(valueOf('The offer expires Nov. 30.', 'Nov. 30', '2023-11-28'), '2023-11-30');
    // with the year written, the quarter is that year's
    assert.equal(valueOf('Its fourth quarter ended Sept. 30, 2022, was its best.', 'fourth quarter', '2023-11-28'), '2022-Q4');
  });

  test('"the quarter ended July 31" is the calendar quarter holding most of its months, unless a fiscal one was named', () => {
    assert.equal(valueOf('In the quarter ended July 31, the retailer lost $2 million.', 'the quarter', '2023-10-30'), '2023-Q2');
    assert.equal(valueOf('In the quarter ended Jan. 31, the retailer lost $2 million.', 'the quarter', '2023-03-02'), '2022-Q4');
    assert.equal(valueOf('For the quarter ended Sept. 30, the airline earned $9 million.', 'the quarter', '2023-10-26'), '2023-Q3');
    const fiscal = 'The maker posted a profit for its fiscal first quarter. Sales for the quarter ended Sept. 29 rose 39%.';
    assert.equal(tag(fiscal, '2023-10-26').find((t) => t.text === 'the quarter')?.value, '2023-Q1');
  });

  test('"this quarter\'s loss" in a report on a quarter just ended is that quarter; a forecast stays the current one', () => {
    const report = 'It posted a loss for the third quarter ended Sept. 30. This quarter\'s loss includes a $4 million charge.';
    assert.equal(tag(report, '2023-11-01').find((t) => t.text === 'This quarter')?.value, '2023-Q3');
    const forecast = 'It posted a loss for the third quarter ended Sept. 30. This quarter\'s profit will suffer from the strike.';
    assert.equal(tag(forecast, '2023-11-01').find((t) => t.text === 'This quarter')?.value, '2023-Q4');
  });

  test('the latest quarter reported stays the reference when an earlier one is recalled', () => {
    const text = 'Net rose in the third quarter from a year ago. After a flat second quarter, sales recovered. Costs were lower than a year ago.';
    const all = tag(text, '2023-11-01').filter((t) => t.text === 'a year ago');
    assert.deepEqual(all.map((t) => t.value), ['2022-Q3', '2022-Q3']);
  });

  test('"that quarter" is the quarter named last', () => {
    const text = 'In the year-ago quarter, the company lost money. Results for that quarter included a charge.';
    assert.equal(valueOf(text, 'that quarter', '2023-11-01'), valueOf(text, 'the year-ago quarter', '2023-11-01'));
  });

  test('"N days before" an event is a duration, not a date from publication', () => {
    const t = one('He was seen there 10 days before the attack.', '10 days');
    assert.deepEqual([t.type, t.value], ['DURATION', 'P10D']);
  });
});

describe('tense cues', () => {
  test('an -ed word after a determiner or with "un-" describes a noun; it is not the verb', () => {
    assert.equal(valueOf('The split would be paid on a still unspecified date in January.', 'January', '2023-10-26'), '2024-01');
    assert.equal(valueOf('The bonus would be paid on the agreed date in January.', 'January', '2023-10-26'), '2024-01');
    assert.equal(valueOf('The company disclosed the sale in January.', 'January', '2023-10-26'), '2023-01');
  });

  test('schedules and deadlines point ahead', () => {
    assert.equal(valueOf('Trading is to resume in Paris Tuesday.', 'Tuesday'), '2023-06-06');
    assert.equal(valueOf('The envoy could arrive as early as Tuesday.', 'Tuesday'), '2023-06-06');
    assert.equal(valueOf('The notes are payable July 1.', 'July 1'), '2023-07-01');
    // a present verb of a programme still schedules the day past a name or a place
    assert.equal(valueOf('Obama meets Svanberg on Wednesday.', 'Wednesday'), '2023-06-07');
    assert.equal(valueOf('The meeting that matters takes place in the White House on Wednesday.', 'Wednesday'), '2023-06-07');
    assert.equal(valueOf('The nurse continues testifying on Tuesday.', 'Tuesday'), '2023-06-06');
  });

  test('a past perfect with "until" stays in the past', () => {
    assert.equal(valueOf('Until Thursday, police had not named him.', 'Thursday'), '2023-06-01');
    // a state that lasted up to the date is past; a deadline moved to the date is ahead
    assert.equal(valueOf('The leak ran until May 15, when the well was sealed.', 'May 15', '2023-09-27'), '2023-05-15');
    assert.equal(valueOf('The offer was extended until Oct. 3.', 'Oct. 3', '2023-09-27'), '2023-10-03');
  });

  test('a present verb before the date hides a past one further left', () => {
    // "is reopened" is a present passive, not a past verb; "said" belongs to another clause
    assert.equal(valueOf('Officials said the shelter closed, and the new ward is reopened in the autumn.', 'the autumn', '2023-05-10'), '2023-FA');
    assert.equal(valueOf('The storm passed, but farmers are bracing for the winter.', 'the winter', '2023-05-10'), '2023-WI');
  });
});

describe('vague and approximate spans', () => {
  test('unknown counts of units', () => {
    assert.equal(valueOf('The region was ruled from Moscow for centuries.', 'centuries'), 'PXC');
    assert.equal(valueOf('Relatives could not visit for years.', 'years'), 'PXY');
    assert.equal(valueOf('Officials voiced concern in recent weeks.', 'recent weeks'), 'PXW');
    assert.equal(valueOf('Rates may fall in the coming months.', 'the coming months'), 'PXM');
    assert.equal(valueOf('Sales boomed in recent years.', 'recent years'), 'PAST_REF');
    assert.equal(valueOf('Over the longer term the plan should pay.', 'the longer term'), 'FUTURE_REF');
    assert.equal(valueOf('She is older by two whole days.', 'two whole days'), 'P2D');
    assert.equal(valueOf('The virus spread around the world in a matter of weeks.', 'a matter of weeks'), 'PXW');
  });

  test('"at this time" and "to this day" are now; TimeML leaves the preposition out', () => {
    assert.equal(valueOf('It would be premature to comment at this time.', 'this time'), 'PRESENT_REF');
    assert.equal(valueOf('The town is still poor to this day.', 'this day'), 'PRESENT_REF');
    assert.deepEqual(tag('Sales are down from what they were at this time last year.').map((t) => t.text), ['last year']);
  });

  test('"this season" of a trade or the weather is dated by its year', () => {
    assert.equal(valueOf('Forecasters expect up to 14 hurricanes this season.', 'this season'), '2023');
    assert.equal(valueOf('Boats stayed in port this fishing season.', 'this fishing season'), '2023');
    assert.deepEqual(tag('The season opened with a storm.').map((t) => t.text), []);
  });

  test('"later in the day" and "as the day wore on" are the day the story is telling', () => {
    // publication day, or a day named just before within the week up to it (2023-06-03 is a Saturday)
    assert.equal(valueOf('The minister arrived in the capital later in the day.', 'the day'), '2023-06-03');
    assert.equal(valueOf('As the day wore on, the well kept leaking.', 'the day'), '2023-06-03');
    assert.equal(valueOf('The rig was evacuated on Thursday. Earlier in the day, a fire broke out.', 'the day'), '2023-06-01');
    assert.equal(valueOf('The rig exploded on April 20. Crews hoped to finish the cut later in the day.', 'the day'), '2023-06-03');
    // "the day's" names the day the news is about: the last day named in the week up to publication, however far back
    const hearing = 'The panel questioned the rig\'s owners on Thursday. The rig exploded on April 20 and sank two days later. '
      + 'The day\'s main witness was a BP engineer.';
    assert.equal(valueOf(hearing, 'The day'), '2023-06-01');
    assert.equal(valueOf('The day\'s events shocked the town.', 'The day'), '2023-06-03');
  });

  test('approximations keep their words and get APPROX', () => {
    const ago = one('The rebels took the town nearly four years ago.', 'nearly four years ago');
    assert.deepEqual([ago.type, ago.value, ago.mod], ['DATE', '2019', 'APPROX']);
    const orSo = one('Prices should hold for the next year or so.', 'the next year or so');
    assert.deepEqual([orSo.value, orSo.mod], ['2024', 'APPROX']);
    const around = one('Farmers first planted rice here around 4,000 years ago.', 'around 4,000 years ago');
    assert.deepEqual([around.type, around.value, around.mod], ['DATE', 'BC1978', 'APPROX']);
  });
});

describe('named days and spoken years', () => {
  test('"the first week of August" is the ISO week with most of its days in the month; a holiday weekend its weekend', () => {
    assert.equal(valueOf('Plugging should start in the first week of August.', 'the first week of August', '2010-07-25'), '2010-W31');
    assert.equal(valueOf('The talks end in the last week of March 2011.', 'the last week of March 2011'), '2011-W13');
    assert.equal(valueOf('Crowds gather as the Memorial Day holiday weekend gets under way.', 'Memorial Day holiday weekend', '2010-05-28'), '2010-W21-WE');
  });

  test('"overnight" is the night before publication, or the coming one ahead; not the sudden sense', () => {
    // a TIME of the night, which a later clock time does not take as its day
    const night = one('BP said it had reached a milestone overnight. The cap was fitted at 10 a.m.', 'overnight', '2010-08-04');
    assert.deepEqual([night.type, night.value], ['TIME', '2010-08-03TNI']);
    assert.equal(valueOf('BP said it had reached a milestone overnight. The cap was fitted at 10 a.m.', '10 a.m.', '2010-08-04'), '2010-08-04T10:00');
    assert.equal(valueOf('Crews will start pumping overnight.', 'overnight', '2010-08-04'), '2010-08-04TNI');
    assert.deepEqual(tag("Change like this doesn't happen overnight, and he became famous overnight.").map((t) => t.text), []);
    assert.deepEqual(tag('She will stay overnight in a hotel with an overnight bag.').map((t) => t.text), []);
  });
  test('a curly apostrophe and spelled-out centuries', () => {
    assert.equal(valueOf('The single came out on Valentine’s Day.', 'Valentine’s Day'), '2023-02-14');
    assert.equal(valueOf('Steel shaped the twentieth century.', 'the twentieth century'), '19');
    assert.equal(valueOf('She studies 18th-century maps.', '18th-century'), '17');
  });

  test('a lower-case time word capitalised inside a name is no time', () => {
    for (const text of ['She was quoted by Lagos Today on the matter.', 'He wrote for Garden Weekly until he retired.', 'The study ran in the journal Current Zoology.', 'The band won Album of the Year.', 'Stars joined the Hope for Nepal Now telethon.']) {
      assert.deepEqual(tag(text).filter((t) => /today|weekly|current|year|now/i.test(t.text)).map((t) => t.text), [], text);
    }
    assert.equal(valueOf('Roads were empty Yesterday the shops stayed shut.', 'Yesterday'), '2023-06-02');
  });

  test('holidays take the nearest year the tense allows', () => {
    assert.equal(valueOf('The boy was rescued on Thanksgiving Day.', 'Thanksgiving Day'), '2022-11-24');
    assert.equal(valueOf('Shops will close on Christmas.', 'Christmas'), '2023-12-25');
    // a plan named by the date still takes the modal: "could mean a Christmas timeframe", "meet its August timetable"
    assert.equal(valueOf('The expert said that could mean a Christmas timeframe.', 'Christmas', '2010-06-13'), '2010-12-25');
    assert.equal(valueOf('He hoped the firm would meet its August timetable.', 'August', '2010-06-13'), '2010-08');
    // a year after "in" is the holiday's own ("the day before" it is one date with it)
    assert.equal(valueOf('It was the day before Thanksgiving in 2011 when the dolphin was found.', 'the day before Thanksgiving', '2013-05-01'), '2011-11-23');
    assert.equal(valueOf('The dolphin was found on Thanksgiving in 2011.', 'Thanksgiving', '2013-05-01'), '2011-11-24');
  });

  test('other fixed and Monday holidays, with a capitalised "Weekend" and a year after a comma', () => {
    assert.equal(valueOf('A tsunami struck the coast on Boxing Day, 2004.', 'Boxing Day, 2004'), '2004-12-26');
    assert.equal(valueOf("Parades were held on St. Patrick's Day.", "St. Patrick's Day", '2011-05-01'), '2011-03-17');
    assert.equal(valueOf("Banks were shut on Veterans' Day.", "Veterans' Day", '2011-05-01'), '2010-11-11');
    // third Monday of January 2011
    assert.equal(valueOf('Schools closed on Martin Luther King Jr. Day.', 'Martin Luther King Jr. Day', '2011-05-01'), '2011-01-17');
    // 2010-05-29 is a Saturday; Memorial Day 2010 fell on May 31
    assert.equal(valueOf('The mayor is hosting a party on a boat this Memorial Day Weekend.', 'this Memorial Day Weekend', '2010-05-29'), '2010-W21-WE');
  });

  test('"the Sept. 11 attacks" is the day of 2001, a September 11 meeting is not', () => {
    assert.equal(valueOf('He ran the fund for victims of the Sept. 11 terrorist attacks.', 'Sept. 11', '2010-06-17'), '2001-09-11');
    assert.equal(valueOf("He met September 11 victim's families.", 'September 11', '2010-06-17'), '2001-09-11');
    assert.equal(valueOf('He ran the September 11 fund for victims.', 'September 11', '2010-08-23'), '2001-09-11');
    assert.equal(valueOf('The board meets on September 11 to vote.', 'September 11', '2010-06-17'), '2010-09-11');
  });

  test('Easter moves: Easter Sunday by the Gregorian computus, its week, Good Friday and the school holidays', () => {
    assert.equal(valueOf('Easter 2000 fell late.', 'Easter 2000'), '2000-04-23');
    assert.equal(valueOf('Churches were full on Easter Sunday and on Good Friday.', 'Easter Sunday', '2009-05-05'), '2009-04-12');
    assert.equal(valueOf('Churches were full on Easter Sunday and on Good Friday.', 'Good Friday', '2009-05-05'), '2009-04-10');
    // the week that ends on Easter Sunday, begun the day after the Sunday before it
    assert.equal(valueOf('Pilgrims gathered as Easter week began.', 'Easter week', '2000-04-17'), '2000-W16');
    assert.equal(valueOf('A pupil who travelled during the Easter holidays fell ill.', 'Easter holidays', '2009-05-05'), '2009-04');
    assert.equal(tag('Molasses did not harm the Easter Island statue or the Easter eggs.').length, 0);
  });

  test('"Super Tuesday" is the first Tuesday of March, not the nearest Tuesday', () => {
    assert.equal(valueOf('Both senators hope to sweep the South on Super Tuesday.', 'Super Tuesday', '2024-02-20'), '2024-03-05');
    assert.equal(valueOf('The governor quit after a poor showing on Super Tuesday.', 'Super Tuesday', '2016-04-12'), '2016-03-01');
  });

  test('spoken years in broadcast transcripts', () => {
    assert.equal(valueOf('In nineteen ninety-six the games came to Atlanta.', 'nineteen ninety-six'), '1996');
    assert.equal(valueOf('January nineteen ninety-seven. Atlanta again.', 'January nineteen ninety-seven'), '1997-01');
    assert.equal(valueOf('The approach of the year two thousand worried many.', 'the year two thousand'), '2000');
    assert.equal(tag('Glass makers kept secrets for more than two thousand years.').some((t) => t.value === '2000'), false);
  });
});

describe('span edges follow TimeML', () => {
  test('no possessive, no determiner before an adjectival quarter, no "over"', () => {
    assert.equal(one("Wednesday's ruling stands.", 'Wednesday').end, 9);
    assert.equal(valueOf('The third-quarter loss widened.', 'third-quarter', '2023-10-20'), '2023-Q3');
    assert.equal(valueOf('Prices rose over the past 20 years.', 'the past 20 years'), 'P20Y');
  });

  test('"earlier" before a day is left out, before a week it is START', () => {
    assert.equal(valueOf('Earlier Friday, troops moved north.', 'Friday'), '2023-06-02');
    assert.equal(one('The rocket failed earlier this week.', 'earlier this week').mod, 'START');
  });

  test('"for the year ended March 31" is a twelve-month span', () => {
    const t = one('Revenue for the year ended March 31 rose.', 'the year');
    assert.deepEqual([t.type, t.value], ['DURATION', 'P1Y']);
  });
});

describe('pages of dated entries', () => {
  const page = [
    'May 27, 2010 20:34 UTC The spill was the talk of the briefing today.',
    'May 24, 2010 21:58 UTC The message from the podium today was clear, and a poll came out on Monday.',
  ].join('\n');
  test('an entry stamped at the head of its line is the reference for what the entry says', () => {
    const today = tag(page, '2010-05-28').filter((t) => t.text === 'today').map((t) => t.value);
    assert.deepEqual(today, ['2010-05-27', '2010-05-24']);
    // 2010-05-24 is itself a Monday, so the poll's Monday is that day
    assert.equal(valueOf(page, 'Monday', '2010-05-28'), '2010-05-24');
  });
  test('one stamp alone, or a stamp after publication, leaves publication as the reference', () => {
    assert.equal(valueOf('May 24, 2010 21:58 UTC The message today was clear.', 'today', '2010-05-28'), '2010-05-28');
    const late = 'June 27, 2010 20:34 UTC It rained today.\nJune 24, 2010 21:58 UTC It was dry today.';
    assert.deepEqual(tag(late, '2010-05-28').filter((t) => t.text === 'today').map((t) => t.value), ['2010-05-28', '2010-05-28']);
  });
  test('a diary stamped "18 JANUARY, 2200 GMT" takes the stamp\'s day, in the year of publication or the one before', () => {
    const diary = '19 JANUARY, 0900 GMT, PORT-AU-PRINCE We arrived today.\n18 JANUARY, 2200 GMT, THE AIRPORT We wait. Crews loaded pallets today.';
    const today = tag(diary, '2010-01-19').filter((t) => t.text === 'today').map((t) => t.value);
    assert.deepEqual(today, ['2010-01-19', '2010-01-18']);
    // four digits before a zone are a clock, not a year
    assert.equal(valueOf('19 JANUARY, 1815 GMT, ENTERING HAITI We crossed.', '19 JANUARY, 1815 GMT', '2010-01-19'), '2010-01-19T18:15');
  });
  test('reader comments: "At 08:26 am on 17 Jun 2009, lincoln wrote:" is one time, and what a comment says is told from it', () => {
    const thread = 'Great post today. At 08:26 am on 17 Jun 2009, lincoln wrote: Today I read the posters. At 18:40 19th Jun 2009, jenny wrote: Yesterday was fine.';
    assert.deepEqual(tag(thread, '2009-06-16').map((t) => [t.text, t.value]), [
      ['today', '2009-06-16'], ['08:26 am on 17 Jun 2009', '2009-06-17T08:26'], ['Today', '2009-06-17'], ['18:40 19th Jun 2009', '2009-06-19T18:40'], ['Yesterday', '2009-06-18'],
    ]);
    // in prose the day after "on" stays its own expression; a thread may run for months after the post ("At 5:04 pm on
    // 04 Dec 2009, M2 wrote: December 4th 265 deaths"), but a stamp more than a year after publication is ignored
    assert.deepEqual(tag('At 9 am on 2 June 2009, the plane left.', '2009-06-16').map((t) => t.text), ['9 am', '2 June 2009']);
    const late = 'Post. At 08:26 am on 17 Nov 2009, lincoln wrote: Today. At 5:04 pm on 04 Dec 2009, M2 wrote: December 4th 265 deaths (240 last week).';
    assert.deepEqual(tag(late, '2009-05-21').filter((t) => t.type === 'DATE').map((t) => [t.text, t.value]), [['Today', '2009-11-17'], ['December 4th', '2009-12-04'], ['last week', '2009-W48']]);
    assert.equal(valueOf('Post. At 08:26 am on 17 Dec 2010, lincoln wrote: Today. At 09:26 am on 18 Dec 2010, bob wrote: Today.', 'Today', '2009-06-16'), '2009-06-16');
  });
  test('a broadcast transcript is told from the day it aired, not the day the page went up', () => {
    const show = 'This is a rush transcript from "Hannity," June 16, 2010. HANNITY: Today on Capitol Hill BP stood for questions. The White House yesterday tried to spin it.';
    assert.deepEqual(tag(show, '2010-06-18').map((t) => [t.text, t.value]), [['June 16, 2010', '2010-06-16'], ['Today', '2010-06-16'], ['yesterday', '2010-06-15']]);
    // an air day long before publication is no transcript header to trust
    assert.equal(valueOf('This is a rush transcript from "Hannity," March 16, 2010. HANNITY: Today we talk.', 'Today', '2010-06-18'), '2010-06-18');
  });
  test('"as we head into November\'s elections" looks ahead', () => {
    assert.equal(valueOf("It is a poor backdrop as we head into November's elections.", 'November', '2010-07-23'), '2010-11');
  });
});
