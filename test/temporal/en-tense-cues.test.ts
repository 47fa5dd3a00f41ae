// Tense cues for bare weekdays, month-days and months: which way they point from the publication day.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tag, valueOf } from './helpers.ts';

// 2023-06-03 is a Saturday
describe('tense cues for bare dates', () => {
  it('reads "due to" before the date itself as "because of", not a plan', () => {
    assert.equal(valueOf('Trading was thin due to the weekend.', 'the weekend', '1987-03-02'), '1987-W09-WE');
    assert.equal(valueOf('The plant, due to reopen in May, was shut.', 'May', '1987-03-02'), '1987-05');
  });
  it('takes an intention with an adverb before "to" as ahead', () => {
    assert.equal(valueOf('The company hopes finally to open the plant on Tuesday.', 'Tuesday'), '2023-06-06');
    assert.equal(valueOf('Crews are aiming to finish the bridge in August.', 'August'), '2023-08');
  });
  it('reads "he\'ll" and "we\'re meeting" as ahead', () => {
    assert.equal(valueOf("On Monday night, she'll face the committee.", 'Monday night'), '2023-06-05TNI');
    assert.equal(valueOf("We're meeting the mayor on Wednesday.", 'Wednesday'), '2023-06-07');
  });
  it('does not take "earlier than" for a past cue', () => {
    assert.equal(valueOf('The peak may come earlier than forecast, perhaps in September.', 'September'), '2023-09');
  });
  it('takes an "un-" verb of undoing as a verb', () => {
    assert.equal(valueOf('When the mayor unveiled the budget in September, critics objected.', 'September'), '2022-09');
  });
  it('reads "would" with a plain verb as ahead, except for a possessive day', () => {
    assert.equal(valueOf('Officials said the ferry would resume service on Thursday.', 'Thursday'), '2023-06-08');
    assert.equal(valueOf('The union said it would appeal against Thursday\'s decision.', 'Thursday'), '2023-06-01');
    // the same for the other modals, and a modal after the date still looks ahead
    assert.equal(valueOf('Donors can help the town after Tuesday\'s flood.', 'Tuesday'), '2023-05-30');
    assert.equal(valueOf('In April, members can attend the summit.', 'April', '2023-12-05'), '2024-04');
  });
  it('keeps an attributive month out of the progressive cue', () => {
    assert.equal(valueOf('The club is still trying to sell itself under an April agreement with its owners.', 'April'), '2023-04');
  });
  it('gives a joined second date the first one\'s cue', () => {
    assert.equal(valueOf('The work should be done by late July or early August.', 'early August'), '2023-08');
    // the end of the range comes after its start, the Thursday ahead
    assert.equal(valueOf('The group said it would hold rallies from Thursday to Sunday.', 'Sunday'), '2023-06-11');
  });
  it('reads "ahead of" a short noun and "to begin" as ahead', () => {
    assert.equal(valueOf('Speaking ahead of council talks Tuesday, the mayor was upbeat.', 'Tuesday'), '2023-06-06');
    assert.equal(valueOf('The repairs, due to begin late Monday, will close the road.', 'Monday'), '2023-06-05');
  });
  it('takes the date something was postponed to as ahead', () => {
    assert.equal(valueOf('The band postponed its concerts in the city to August 30.', 'August 30'), '2023-08-30');
  });
  it('does not count names toward the cue window, nor end a clause at a short quoted name', () => {
    assert.equal(valueOf('The minister will meet his counterparts Anna Maria Lopez and Jean Pierre Dubois at the Foreign Office in London on Friday.', 'Friday'), '2023-06-09');
    assert.equal(valueOf('The charity will hold a "Save The Park" march Sunday in the city.', 'Sunday'), '2023-06-04');
  });
  it('reads "was to" and a present verb of a programme as ahead, but not a noun after a determiner', () => {
    assert.equal(valueOf("The board was to meet on Monday to discuss the dividend.", 'Monday'), '2023-06-05');
    assert.equal(valueOf('The two leaders meet separately Monday with the envoy.', 'Monday'), '2023-06-05');
    assert.equal(valueOf('After the vote Monday, the minister resigned.', 'Monday'), '2023-05-29');
  });
  it('reads a participle after "being" as no past verb, and stops the right clause at ", and"', () => {
    assert.equal(valueOf('The pipes now being welded reach the coast in August.', 'August'), '2023-08');
    assert.equal(valueOf('The ferry returns to service in August, and crews repaired its hull.', 'August'), '2023-08');
  });
  it('takes a past plan verb after the date as the day the plan was made', () => {
    assert.equal(valueOf('On Friday, the government agreed to send more troops.', 'Friday'), '2023-06-02');
    assert.equal(valueOf('He has agreed to meet the envoy on Friday.', 'Friday'), '2023-06-09');
    // a plan told in the past may be of a day just gone (2023-06-08 is a Thursday)
    assert.equal(valueOf('He also planned to discuss the complaints with officials Wednesday.', 'Wednesday', '2023-06-08'), '2023-06-07');
    assert.equal(valueOf('On Friday, the ministry is expected to publish the figures.', 'Friday'), '2023-06-09');
  });
  it('takes an intention verb as ahead only when "to" opens an infinitive', () => {
    assert.equal(valueOf('The council agreed to the plan in April.', 'April', '2023-11-20'), '2023-04');
    assert.equal(valueOf('The council agreed to vote in April.', 'April', '2023-11-20'), '2024-04');
  });
  it('does not read "to be" after a verb of report or seeming as ahead', () => {
    assert.equal(valueOf('Two passengers were found to be carrying the virus on Thursday, officials said.', 'Thursday'), '2023-06-01');
    assert.equal(valueOf('Sales appeared to be recovering in May.', 'May', '2023-11-20'), '2023-05');
    assert.equal(valueOf('The bridge is to be reopened on Thursday.', 'Thursday'), '2023-06-08');
  });
  it('reads "by" with a date as past in a past clause', () => {
    assert.equal(valueOf('Volunteers had cleared most of the beach by Thursday, the mayor says.', 'Thursday'), '2023-06-01');
    assert.equal(valueOf('By March, the river fell to its lowest level.', 'March', '2023-11-20'), '2023-03');
    // still ahead with a future or a plain deadline
    assert.equal(valueOf('By March, the river will reach its lowest level.', 'March', '2023-11-20'), '2024-03');
    assert.equal(valueOf('Crews must clear the beach by Thursday.', 'Thursday'), '2023-06-08');
  });
  it('reads a modifier plus a plain programme verb after a determiner as a noun', () => {
    assert.equal(valueOf('The regulator published a revised rule on Tuesday for small lenders.', 'Tuesday'), '2023-05-30');
    assert.equal(valueOf('Shares jumped after the Senate vote on Thursday.', 'Thursday'), '2023-06-01');
    assert.equal(valueOf('The three ministers meet on Thursday in Oslo.', 'Thursday'), '2023-06-08');
  });
  it('lets an adverb sit between "be" and the participle', () => {
    assert.equal(valueOf('The pact is expected to be formally signed on Tuesday.', 'Tuesday'), '2023-06-06');
    assert.equal(valueOf('The bridge will be fully reopened on Thursday.', 'Thursday'), '2023-06-08');
  });
  it('reads "could" with a plain verb as ahead, but not "could not" or a past ability', () => {
    assert.equal(valueOf('Forecasters said the storm could reach the coast on Tuesday.', 'Tuesday'), '2023-06-06');
    assert.equal(valueOf('The shortage could drag on into September.', 'September', '2023-05-10'), '2023-09');
    assert.equal(valueOf('Rescuers could not reach the village on Tuesday.', 'Tuesday'), '2023-05-30');
  });
  it('ends a sentence at a stop followed by a closing quote, in any quote style', () => {
    // the quoted "wants to" belongs to the sentence before; "said" is this one's verb (published on a Saturday)
    for (const close of ["''", "'", '”', '"']) {
      assert.equal(valueOf(`"The city wants to rebuild.${close} On Tuesday, the mayor said it would take years.`, 'Tuesday'), '2023-05-30');
    }
    assert.equal(valueOf("``The city wants to rebuild,'' she said. The concert on Sunday will raise funds.", 'Sunday'), '2023-06-04');
  });
  it('reads "caused the work to be suspended" as past: the infinitive after a past cause and its object', () => {
    assert.equal(valueOf('Storms caused cleanup efforts to be suspended over the weekend.', 'the weekend', '2010-04-26'), '2010-W16-WE');
    assert.equal(valueOf('The treaty is to be signed over the weekend.', 'the weekend', '2010-04-26'), '2010-W17-WE');
  });
  it('reads "to be broadcast", "should be released" as ahead: a participle after a modal and "be"', () => {
    assert.equal(valueOf('He told the network, in an interview to be broadcast later on Sunday.', 'Sunday', '2010-06-19'), '2010-06-20');
    assert.equal(valueOf('The film will be shown on Friday, he said.', 'Friday', '2010-06-19'), '2010-06-25');
    assert.equal(valueOf('The report should be completed on Friday, she said.', 'Friday', '2010-06-19'), '2010-06-25');
    // "could be administered" plans; "could be seen", "could not be located" report
    assert.equal(valueOf('The first doses could be administered in the autumn.', 'the autumn', '2009-05-14'), '2009-FA');
    assert.equal(valueOf('Smoke could be seen on Tuesday.', 'Tuesday', '2009-05-14'), '2009-05-12');
    // the British "burnt", "spilt" are past forms too, so after "could be" they plan
    assert.equal(valueOf('Some oil could be burnt off towards the weekend.', 'the weekend', '2010-05-03'), '2010-W18-WE');
    assert.equal(valueOf('Oil burnt off at the weekend.', 'the weekend', '2010-05-03'), '2010-W17-WE');
    assert.equal(valueOf('He could not be located on Tuesday.', 'Tuesday', '2009-05-14'), '2009-05-12');
    assert.equal(valueOf('A cool late spring could be helping to slow the outbreak.', 'late spring', '2009-06-19'), '2009-SP');
  });
  it('reads a bare participle after a noun, right before the day, as past; after "to be" or "will be" as ahead', () => {
    // published Friday 2010-05-07: the present "is extending" further left does not make the image's day ahead
    assert.equal(valueOf('Oil is extending west, according to a radar image taken Wednesday night.', 'Wednesday night', '2010-05-07'), '2010-05-05TNI');
    assert.equal(valueOf('The interview is to be shown Wednesday.', 'Wednesday', '2010-05-07'), '2010-05-12');
    assert.equal(valueOf('The speech will be given Wednesday.', 'Wednesday', '2010-05-07'), '2010-05-12');
  });
  it('reads "come Monday" as ahead, "would come Friday" as a verb', () => {
    // published Thursday 2010-06-10
    assert.equal(valueOf('Prices rose, and come Monday the talks resume.', 'Monday', '2010-06-10'), '2010-06-14');
    assert.equal(valueOf('I thought that come January they might be streaming it.', 'January', '2010-06-10'), '2011-01');
    assert.equal(valueOf('He said the report came Monday.', 'Monday', '2010-06-10'), '2010-06-07');
  });
  it('reads "expect X to" as ahead, "didn\'t expect X to" as past', () => {
    // published Sunday 2010-06-27
    assert.equal(valueOf('Forecasters expect the storm to make landfall early on Thursday.', 'Thursday', '2010-06-27'), '2010-07-01');
    assert.equal(valueOf("I didn't expect him to come home on Thursday.", 'Thursday', '2010-06-27'), '2010-06-24');
  });
  it('reads a past verb before "by" as past, a plan or "supposed to" as ahead', () => {
    assert.equal(valueOf('The number of cases soared to 498 by the weekend.', 'the weekend', '2009-06-16'), '2009-W24-WE');
    assert.equal(valueOf('He promised to leave by Friday.', 'Friday', '2009-06-16'), '2009-06-19');
    assert.equal(valueOf('The talks are supposed to conclude by May.', 'May', '1998-03-22'), '1998-05');
    // the future perfect looks ahead
    assert.equal(valueOf('Some 80 tonnes will have leaked by August 15, and by August 31, the total will pass 90.', 'August 31', '2010-06-02'), '2010-08-31');
    assert.equal(valueOf('The tank will have emptied by August.', 'August', '2010-06-02'), '2010-08');
  });
  it('reads "takes place in July" and "the expected start … in May" as ahead', () => {
    assert.equal(valueOf('The festival, which takes place in July, was promoted.', 'July', '2010-06-01'), '2010-07');
    assert.equal(valueOf('Tents were needed before the expected start of the rainy season in May.', 'May', '2010-01-27'), '2010-05');
  });
  it('reads "planned a rally on Saturday" as the planned event, ahead; a cancelled plan keeps its own tense', () => {
    assert.equal(valueOf('Exiles planned a large march in the capital on Saturday.', 'Saturday', '2023-06-01'), '2023-06-03');
    assert.equal(valueOf('A vigil planned at the town hall for Saturday was cancelled after threats.', 'Saturday', '2023-06-01'), '2023-05-27');
    assert.equal(valueOf('The launch went ahead as planned on Monday.', 'Monday', '2023-06-01'), '2023-05-29');
  });
  it('reads "did not … until Monday" as past, but "was not to open until March" as a plan', () => {
    assert.equal(valueOf('The inspectors did not arrive until Monday.', 'Monday', '2023-06-04'), '2023-05-29');
    assert.equal(valueOf("The body wasn't found until Tuesday.", 'Tuesday', '2023-06-04'), '2023-05-30');
    assert.equal(valueOf('The plant was not to open until March.', 'March', '2023-06-04'), '2024-03');
    assert.equal(valueOf('The envoy will not leave until Monday.', 'Monday', '2023-06-04'), '2023-06-05');
  });
  it('reads a date after "ahead of" and a noun phrase as ahead, but not "ahead of schedule"', () => {
    assert.equal(valueOf('Lawmakers released documents ahead of their hearing with the company chief executive on Thursday.', 'Thursday', '2010-06-16'), '2010-06-17');
    assert.equal(valueOf('The work was finished ahead of schedule on Tuesday.', 'Tuesday', '2010-06-16'), '2010-06-15');
  });
  it('reads past a later "since" clause and a present verb of saying', () => {
    // the holiday is four days ahead; "since the strike began" dates its own clause
    assert.equal(valueOf("The mayor's choice to miss the usual Memorial Day parade while on his third trip since the strike began puzzles some.", 'Memorial Day', '2010-05-27'), '2010-05-31');
    // "say" opens what is said, so the past verb before it is not this date's
    assert.equal(valueOf('Voters who mocked the last mayor for his golf trips say his weekend away over Labor Day is a poor choice.', 'Labor Day', '2010-09-02'), '2010-09-06');
    // a present passive is no past verb
    assert.equal(valueOf('Many think his trip over Labor Day is badly timed.', 'Labor Day', '2010-09-02'), '2010-09-06');
  });
  it('a plan verb far before "the April 20 blast" does not move the blast ahead; "By Wednesday, he said they should" looks ahead', () => {
    assert.equal(valueOf('The firm seeks to limit the damage from the April 20 blast that sank the rig.', 'April 20', '2010-06-21'), '2010-04-20');
    assert.equal(valueOf('By Wednesday, the mayor said crews should have the beach clean.', 'Wednesday', '2010-07-05'), '2010-07-07');
    assert.equal(valueOf('By Wednesday, the crews had cleaned the beach.', 'Wednesday', '2010-07-05'), '2010-06-30');
  });
  it('a present perfect does not date what it reports; a plan told in the past takes the nearer day; a purpose infinitive is no cue', () => {
    // "has announced" is past, but the concert it announces is ahead, beyond the 60 days' slack
    assert.equal(valueOf('The family has announced a tribute concert in Cardiff on 8 October.', '8 October', '2011-07-26'), '2011-10-08');
    assert.equal(valueOf('The family announced a tribute concert in Cardiff on 8 October.', '8 October', '2011-07-26'), '2010-10-08');
    // and it is the clause's verb: a past verb before it is not
    assert.equal(valueOf('(an error occurred while loading) The family has announced a concert for Cardiff on 8 October', '8 October', '2011-07-26'), '2011-10-08');
    // "was expected", "were due": the day may have come or not; the nearer one
    assert.equal(valueOf('The tests were due on Monday but a leak delayed them.', 'Monday', '2010-08-04'), '2010-08-02');
    assert.equal(valueOf('The new cap was expected to begin collecting oil Sunday night.', 'Sunday night', '2010-07-12'), '2010-07-11TNI');
    assert.equal(valueOf('An aide said the report was due Friday.', 'Friday', '2010-08-04'), '2010-08-06');
    // "to prepare" looks ahead from the cutting, which was done on Monday
    assert.equal(valueOf('Robots cut small pipes at the bottom of the gulf on Monday to prepare to place a new valve.', 'Monday', '2010-06-01'), '2010-05-31');
  });
  it('reads a plain verb after a modal or "to" as no past, and forecasts and sure things as ahead', () => {
    // 2010-07-22 is a Thursday
    assert.equal(valueOf('Officials concluded that the storm would likely hit the rig with strong winds on Saturday morning.', 'Saturday morning', '2010-07-22'), '2010-07-24TMO');
    assert.equal(valueOf('The storm is forecast to hit the coast on Sunday.', 'Sunday', '2010-07-22'), '2010-07-25');
    assert.equal(valueOf('The storm hit the coast on Sunday.', 'Sunday', '2010-07-22'), '2010-07-18');
    assert.equal(valueOf('A hurricane is all but certain to cross the gulf before the season ends in November.', 'November', '2010-05-30'), '2010-11');
    assert.equal(valueOf('The firm faced a payment to bondholders due in August that it could not meet.', 'August', '2009-06-15'), '2009-08');
  });
  it('takes a programme verb in the present as scheduling the day, and a subordinate clause\'s own verb first', () => {
    // 2009-04-30 is a Thursday
    assert.equal(valueOf('The first layoff notices go out on Friday, mostly to contractors.', 'Friday', '2009-04-30'), '2009-05-01');
    assert.equal(valueOf('He meets at the White House with the company\'s executives, including its chairman, on Wednesday.', 'Wednesday', '2010-06-14'), '2010-06-16');
    // the main clause's "could ban" is ahead; the vote of the "after" clause was in July
    assert.equal(valueOf('Washington could ban the firm from new leases after lawmakers in July voted for an amendment.', 'July', '2010-10-01'), '2010-07');
    assert.equal(valueOf('The firm will appeal after the court on Friday rejected its bid.', 'Friday', '2010-10-06'), '2010-10-01');
  });
  it('takes a "when" clause after the date, a passive arrangement, and no later plan for a date naming an event', () => {
    assert.equal(valueOf('Oil spewed into the sea for 87 days until July 15, when engineers sealed the well.', 'July 15', '2010-09-19'), '2010-07-15');
    assert.equal(valueOf('The vote is set for Friday, when the board will decide.', 'Friday', '2010-09-15'), '2010-09-17');
    assert.equal(valueOf('The belongings are being sold in December.', 'December', '2011-11-16'), '2011-12');
    assert.equal(valueOf('They assumed that within 150 days of the April 20 spill, BP will have stopped the flow.', 'April 20', '2010-07-15'), '2010-04-20');
  });

  it('a present perfect passive is a present: "has been confirmed to take part in a concert in October"', () => {
    assert.equal(valueOf('The singer has been confirmed to take part in a tribute concert in October.', 'October', '2011-08-24'), '2011-10');
  });

  it('reads an "-ed" word after a preposition as an adjective, a plan\'s "by" date as its target, and skips a "who" aside', () => {
    // "escaped" describes the oil; the clause's verb is "plans"
    assert.equal(valueOf('The company plans to handle 80,000 barrels of escaped oil per day by mid-July.', 'mid-July', '2011-06-16'), '2011-07');
    assert.equal(valueOf('Storms may delay two relief wells intended to seal the leak by August.', 'August', '2011-06-16'), '2011-08');
    // a promise's deadline lies ahead of the promise, unless it was already past when told ("had pledged")
    assert.equal(valueOf('She pledged legislation by August to address the causes.', 'August', '2010-06-10'), '2010-08');
    assert.equal(valueOf('By then BP had pledged a fund by August.', 'August', '2010-06-10'), '2009-08');
    // what went "as scheduled" went then: no plan ahead
    assert.equal(valueOf('He retired from the Coast Guard, as scheduled, on June 30.', 'June 30', '2010-10-01'), '2010-06-30');
    // 2011-10-05 is a Wednesday: the aside's "will" is not the main clause's verb
    assert.equal(valueOf('On Tuesday his sisters, who will be singing at the show, defended the decision.', 'Tuesday', '2011-10-05'), '2011-10-04');
  });

  it('an infinitive after a past verb names an act on either side of publication, so the nearer date; not after "managed to"', () => {
    assert.equal(valueOf('The minister welcomed the offer to host a donors\' conference in March.', 'March', '2010-01-26'), '2010-03');
    assert.equal(valueOf('He prepared to embark on a run of concerts in London in July.', 'July', '2009-06-28'), '2009-07');
    // 2010-01-28 is a Thursday: the rescuers did pull her out on Sunday
    assert.equal(valueOf('A team managed to pull the girl from the rubble on Sunday.', 'Sunday', '2010-01-28'), '2010-01-24');
    assert.equal(valueOf('He returned to work in March.', 'March', '2010-01-26'), '2009-03');
  });

  it('reads a "when" clause of an arrangement as ahead, and "so-called" as no past verb', () => {
    assert.equal(valueOf('Oil could keep leaking until August, when relief wells are expected to be finished.', 'August', '2023-06-01'), '2023-08');
    // 2023-05-29 is a Monday
    assert.equal(valueOf('Engineers will attempt a so-called top kill on Wednesday.', 'Wednesday', '2023-05-29'), '2023-05-31');
  });

  it('reads a plan made in the past ("planned to", "agreed to") as open both ways, so the nearer date', () => {
    assert.equal(valueOf('The president first planned to visit the region in March, but had to cancel.', 'March', '2023-06-04'), '2023-03');
    assert.equal(valueOf('The fund agreed to pay the firm a fee starting in mid-June.', 'mid-June', '2023-11-04'), '2023-06');
    // a present plan still looks ahead, and so does the passive "expected to"
    assert.equal(valueOf('The fund has agreed to pay the first claims in March.', 'March', '2023-06-04'), '2024-03');
    assert.equal(valueOf('Aid is urgent, with the storm season expected to start around June.', 'June', '2023-01-29'), '2023-06');
    // "was set up in June to look into it" is no plan: the panel was set up then
    assert.equal(valueOf('The commission, which was set up in June to look into the causes, reported yesterday.', 'June', '2023-01-06'), '2022-06');
  });

  it('reads "could" before a verb of the senses as the past', () => {
    // 2023-05-29 is a Monday
    assert.equal(valueOf('On Thursday, I could smell the fuel from the harbour.', 'Thursday', '2023-05-29'), '2023-05-25');
  });
  it('reads a compound ending in "-ed" as an adjective, not a past verb', () => {
    // 2023-05-31 is a Wednesday; "remote-controlled" after the date used to make it last Thursday
    const text = 'Engineers plan to lower the 100-tonne concrete and steel box over the site on Thursday, using remote-controlled submarines.';
    assert.equal(valueOf(text, 'Thursday', '2023-05-31'), '2023-06-01');
    assert.equal(valueOf('The ferry was re-opened on Thursday.', 'Thursday', '2023-05-31'), '2023-05-25');
  });
  it('reads "was not likely to … until" as a plan, and a "by" opening its clause by the verb after it', () => {
    assert.equal(valueOf('The well is to be plugged, but that was not likely to come until Tuesday.', 'Tuesday'), '2023-06-06');
    assert.equal(valueOf('The ship did not arrive until Tuesday.', 'Tuesday'), '2023-05-30');
    assert.equal(valueOf('Crews started pumping mud on Tuesday, and by Friday engineers were waiting for the cement.', 'Friday'), '2023-06-02');
    assert.equal(valueOf('The tests are going well, and by Friday engineers will know more.', 'Friday'), '2023-06-09');
    // the past verb before the comma is another clause's; a dashed aside is skipped when looking for the verb
    assert.equal(valueOf('Crews should finish the casing, Allen said, and by Friday, crews plan to start blasting mud.', 'Friday', '2010-07-25'), '2010-07-30');
    assert.equal(valueOf('He said the well could be contained -- but not plugged -- by Sunday.', 'Sunday', '2010-07-09'), '2010-07-11');
  });
  it('reads "this weekend" told in the past early in the week as the weekend just gone', () => {
    // 2023-06-06 is a Tuesday, 2023-06-07 a Wednesday
    assert.equal(valueOf('BP responded this weekend with a new plan.', 'this weekend', '2023-06-06'), '2023-W22-WE');
    assert.equal(valueOf('BP will respond this weekend.', 'this weekend', '2023-06-06'), '2023-W23-WE');
    assert.equal(valueOf('And this weekend, forgo the imported wine.', 'this weekend', '2023-06-07'), '2023-W23-WE');
  });
  it('reads a participle after "may", "might" or "can be" as ahead, but "may be helping" as now', () => {
    assert.equal(valueOf('Officials fear the leak might not be stopped before August.', 'August'), '2023-08');
    assert.equal(valueOf('She said the road may be reopened by September.', 'September'), '2023-09');
    assert.equal(valueOf('An unusually cool late spring may be helping to keep infections down.', 'late spring'), '2023-SP');
  });
  it('does not read a noun after a preposition as a scheduled verb', () => {
    // "play" in "in play" is no "plays Sunday"; the past verb after the date decides
    assert.equal(valueOf('Scientists put every one of those estimates in play Thursday as they struggled to agree.', 'Thursday'), '2023-06-01');
    assert.equal(valueOf('The orchestra plays Thursday in the park.', 'Thursday'), '2023-06-08');
  });
  it('reads "wouldn\'t budge" or "would not comment" with a day as a refusal then, not a plan', () => {
    const text = "The admiral wouldn't budge Friday from the forecast of a mid-August finish.";
    assert.equal(valueOf(text, 'Friday'), '2023-06-02');
    assert.equal(valueOf(text, 'mid-August'), '2023-08');
    assert.equal(valueOf('A spokesman would not comment on Thursday.', 'Thursday'), '2023-06-01');
  });
  it('reads "would" in a report as yesterday when the weekday is yesterday, else ahead', () => {
    assert.equal(valueOf('Officials said the ferry would resume service on Friday.', 'Friday'), '2023-06-02');
    assert.equal(valueOf('Officials said the ferry would resume service on Thursday.', 'Thursday'), '2023-06-08');
    // a month still looks ahead, and the end of a range comes after its start (2023-06-05 is a Monday)
    assert.equal(valueOf('He said he would visit the region in March.', 'March'), '2024-03');
    const range = tag('Activists said they would hold rallies from Thursday to Saturday.', '2023-06-05');
    assert.deepEqual(range.map((t) => t.value), ['2023-06-08', '2023-06-10']);
  });
  it('reads a date naming an event that has happened as past, whatever the clause says later', () => {
    // 2010-07-20 is a Tuesday
    const text = 'Vidrine, who ran the rig at the time of its explosion, on 20 April, will not testify.';
    assert.equal(valueOf(text, '20 April', '2010-07-20'), '2010-04-20');
    assert.equal(valueOf('The panel will look into the disaster on April 20.', 'April 20', '2010-07-20'), '2010-04-20');
    // not an election, which may lie ahead
    assert.equal(valueOf('Voters will turn out for the election on November 2.', 'November 2', '2010-07-20'), '2010-11-02');
  });
  it('reads a date inside a reported clause whose verb is a modal as the nearer one, not as past', () => {
    // 2009-05-04 is a Monday
    const text = 'The virus could mutate, he said, and a second wave of infections in the autumn could be more severe.';
    assert.equal(valueOf(text, 'the autumn', '2009-05-04'), '2009-FA');
    assert.equal(valueOf('Forecasters warned that strong winds over Sunday could push the oil ashore.', 'Sunday', '2010-05-01'), '2010-05-02');
    // after "said that", the clause's modal may come a few words on (2010-05-28 is a Friday)
    assert.equal(valueOf('He said that on Saturday two teams of about 50 people would be sent out.', 'Saturday', '2010-05-28'), '2010-05-29');
    assert.equal(valueOf('He said that on Saturday two teams of about 50 people were sent out.', 'Saturday', '2010-05-28'), '2010-05-22');
    // the day of the report itself stays past
    assert.equal(valueOf('He told reporters on Friday it would rise.', 'Friday', '2009-05-04'), '2009-05-01');
  });
  it('reads "until at least" as ahead, and a sentence opened by "until" by the clause it leads into', () => {
    // 2009-05-04 is a Monday
    assert.equal(valueOf('The school has been closed until at least Thursday after a pupil fell ill.', 'Thursday', '2009-05-04'), '2009-05-07');
    assert.equal(valueOf('Until Thursday, the school will stay closed.', 'Thursday', '2009-05-04'), '2009-05-07');
    assert.equal(valueOf('Until Saturday, none of the oil had reached the shore.', 'Saturday', '2009-05-04'), '2009-05-02');
    const text = 'For 87 days, from April 20, when the well blew out, until Thursday afternoon, the well defied every plan.';
    assert.equal(valueOf(text, 'Thursday afternoon', '2010-07-16'), '2010-07-15TAF');
  });
  it('reads a date that is hoped for, expected, or looming as ahead', () => {
    // 2010-05-25 is a Tuesday
    const text = "He spoke on Tuesday, voicing continued frustration but hope that Wednesday's attempt would work.";
    assert.equal(valueOf(text, 'Wednesday', '2010-05-25'), '2010-05-26');
    assert.equal(valueOf('Leaders worried, with elections looming in November.', 'November', '2010-05-14'), '2010-11');
    // without the cue, a past clause keeps the month past
    assert.equal(valueOf('Leaders worried, with elections held in November.', 'November', '2010-05-14'), '2009-11');
    assert.equal(valueOf('Bloodied by the debates, the Democrats head toward elections in November.', 'November', '2010-05-31'), '2010-11');
  });
  it('reads a month owning an event that has happened as past, even after "until"', () => {
    const text = "Until April's BP accident in the Gulf, it was the country's worst spill.";
    assert.equal(valueOf(text, 'April', '2010-07-16'), '2010-04');
    assert.equal(valueOf('Until June\'s vote, the board will wait.', 'June', '2010-07-16'), '2011-06');
    // the event may have lowercase modifiers, but not one that puts it ahead
    assert.equal(valueOf("He is safe after Tuesday's 7.0-magnitude quake.", 'Tuesday', '2010-01-17'), '2010-01-12');
    assert.equal(valueOf("Until June's planned attack, the guards will wait.", 'June', '2010-07-16'), '2011-06');
    // a day set before the event's noun, with no verb to go by
    assert.equal(valueOf('A fund set up in the aftermath of its April 20 oil well blowout', 'April 20', '2011-01-31'), '2010-04-20');
    assert.equal(valueOf('By May 5 the attack will begin.', 'May 5', '2011-01-31'), '2011-05-05');
  });
  it('starts a new clause at a colon before a capital, looking back but not ahead', () => {
    const text = 'The work is going smoothly: In late May, two of its surveyors set out on an air boat.';
    assert.equal(valueOf(text, 'late May', '2010-07-04'), '2010-05');
    // a heading "Wednesday:" still takes the verb after it (2010-06-21 is a Monday)
    assert.equal(valueOf('Wednesday: The chairman met the president.', 'Wednesday', '2010-06-21'), '2010-06-16');
  });
  it('starts a new clause at a capitalised "On" after a word, where a caption runs into the story', () => {
    // 2010-05-15 is a Saturday: the caption's "will not reach" is not the tense of Friday's speech
    const text = 'The blame will not reach the White House On Friday, the president condemned the oil firms.';
    assert.equal(valueOf(text, 'Friday', '2010-05-15'), '2010-05-14');
    assert.equal(valueOf('The blame will reach the White House on Friday.', 'Friday', '2010-05-15'), '2010-05-21');
  });
  it('reads "should have the vaccine ready" and "is likely" as ahead, but "should have finished" as past', () => {
    const text = 'A spokesman said Novartis should have the vaccine ready in September.';
    assert.equal(valueOf(text, 'September', '2009-06-12'), '2009-09');
    assert.equal(valueOf('They should have finished in September.', 'September', '2009-06-12'), '2008-09');
    assert.equal(valueOf('He said they may have to wait until September.', 'September', '2009-06-12'), '2009-09');
    // a forecast with "likely" looks ahead too, told in August
    assert.equal(valueOf('A storm is likely before the end of the season in November.', 'November', '2010-08-03'), '2010-11');
    assert.equal(valueOf('It most likely happened in March.', 'March', '2010-08-03'), '2010-03');
  });
  it('gives a participle joined by "and" the modal passive before it, but not an infinitive\'s', () => {
    // 2010-05-05 is a Wednesday: the crate is hooked up the coming Saturday, not the one just gone
    const text = 'An engineer said the crate would be lowered to the seabed by tomorrow and connected to a ship on Saturday.';
    assert.equal(valueOf(text, 'Saturday', '2010-05-05'), '2010-05-08');
    assert.equal(valueOf('The crate was lowered and connected to a ship on Saturday.', 'Saturday', '2010-05-05'), '2010-05-01');
    // told in June, the birds "to be washed and freed in early May" were this May's
    assert.equal(valueOf('The first pelican to be washed and freed in early May was a young male.', 'early May', '2010-06-08'), '2010-05');
  });
  it('starts a clause at ", and on" before a date, and reads "it expected to" as a plan told in the past', () => {
    // 2010-05-27 is a Thursday: the visit is ahead, the statement after ", and on Wednesday," was made the day before
    const text = 'The minister plans to tour the coast again, on Friday, and on Wednesday, his office denied the report.';
    assert.equal(valueOf(text, 'Friday', '2010-05-27'), '2010-05-28');
    assert.equal(valueOf(text, 'Wednesday', '2010-05-27'), '2010-05-26');
    // 2010-01-18 is a Monday: what "it expected" on Sunday was the day before; "the ferry is expected to" looks ahead
    assert.equal(valueOf('The agency said it expected to feed 50,000 people on Sunday.', 'Sunday', '2010-01-18'), '2010-01-17');
    assert.equal(valueOf('The ferry is expected to sail on Sunday.', 'Sunday', '2010-01-18'), '2010-01-24');
  });
  it('reads "last" after a modal as the verb, a forecast\'s date and a target\'s month as near publication', () => {
    // 2023-06-03 is a Saturday
    assert.equal(valueOf('The clean-up could last well into the autumn.', 'the autumn'), '2023-FA');
    assert.equal(valueOf('Forecasters predicted high winds and waves through Monday that could push the oil ashore.', 'Monday'), '2023-06-05');
    assert.equal(valueOf('He predicted on Monday that prices would fall.', 'Monday'), '2023-05-29');
    assert.equal(valueOf('The firm kept to its August target to finish the well.', 'August'), '2023-08');
  });
  it('reads a condition in the present ("if it comes back in September") as still ahead', () => {
    assert.equal(valueOf('If it comes back in September, say, there is little time.', 'September', '2009-06-14'), '2009-09');
    assert.equal(valueOf('If flu spreads and becomes more severe in the winter months, there will be concerns.', 'the winter months', '2009-05-08'), '2009-WI');
    // a past verb inside the condition keeps the past
    assert.equal(valueOf('If you look at what happened in September, it is bad.', 'September', '2009-06-14'), '2008-09');
  });
});
