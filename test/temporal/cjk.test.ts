// Korean and Japanese expressions as this topic's outlets write them; own sentences, published 2023-06-03.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { one, tag, valueOf } from './helpers.ts';

describe('Korean', () => {
  const ko = (text: string, phrase: string): string => valueOf(text, phrase, '2023-06-03', 'ko');

  test('the seed expressions in Korean', () => {
    const text = '세 나라 국방장관은 3일 경보 정보를 올해 안에 실시간 공유하기로 합의했다. 지난해 11월 정상회의 합의의 후속 조치다.';
    assert.equal(ko(text, '3일'), '2023-06-03');
    const within = one(text, '올해 안에', '2023-06-03', 'ko');
    assert.deepEqual([within.value, within.mod, within.deadline], ['2023', 'END', true]);
    assert.equal(ko(text, '지난해 11월'), '2022-11');
  });

  test('full and partial dates', () => {
    assert.equal(ko('체계는 2023년 12월 19일 본격 가동됐다.', '2023년 12월 19일'), '2023-12-19');
    assert.equal(ko('약정은 2014년 체결됐다.', '2014년'), '2014');
    assert.equal(ko('북한은 지난 5월 위성을 쐈다.', '지난 5월'), '2023-05');
    assert.equal(ko('북한은 12월 도발했다.', '12월'), '2022-12');
    assert.equal(ko('훈련은 12월 열릴 예정이다.', '12월'), '2023-12');
  });

  test('a bare day of the month', () => {
    assert.equal(ko('북한은 29일 미사일을 발사했다.', '29일'), '2023-05-29');
    assert.equal(ko('북한은 1일 미사일을 발사했다.', '1일'), '2023-06-01');
    assert.equal(ko('회담은 15일 열릴 예정이다.', '15일'), '2023-06-15');
  });

  test('a day the calendar does not have is not tagged (a typo in a feed must not become a date)', () => {
    assert.deepEqual(tag('회담은 2023년 2월 30일 열렸다.', '2023-06-03', 'ko').map((t) => t.text), []);
    assert.deepEqual(tag('会談は2023年2月30日に開かれた。', '2023-06-03', 'ja').map((t) => t.text), []);
    // published 2023-07-03: a past "31일" would be June 31
    assert.deepEqual(tag('북한은 31일 미사일을 발사했다.', '2023-07-03', 'ko').map((t) => t.text), []);
    assert.equal(ko('북한은 31일 미사일을 발사했다.', '31일'), '2023-05-31');
  });

  test('a day right after the subject of reported speech is the day of the report', () => {
    // published 2023-06-03: the ministry spoke on the 2nd about something still to come
    assert.equal(ko('국방부는 2일 체계가 올해 안에 가동될 것이라고 밝혔다.', '2일'), '2023-06-02');
    assert.equal(valueOf('防衛省は2日、年内に運用を始める予定だと発表した。', '2日', '2023-06-03', 'ja'), '2023-06-02');
    // inside the quotation a day keeps the quoted verb's tense
    assert.equal(ko('국방부는 체계가 15일 가동될 것이라고 밝혔다.', '15일'), '2023-06-15');
  });

  test('relative periods and their edges', () => {
    const early = one('시스템은 내년 초 완전 가동된다.', '내년 초', '2023-06-03', 'ko');
    assert.deepEqual([early.value, early.mod], ['2024', 'START']);
    assert.equal(one('연내 가동을 목표로 한다.', '연내', '2023-06-03', 'ko').deadline, true);
    assert.equal(ko('지난주 회의가 열렸다.', '지난주'), '2023-W21');
    assert.equal(ko('이달 말 협의한다.', '이달 말'), '2023-06');
    assert.equal(ko('상반기 실적이 나왔다.', '상반기'), '2023-H1');
    assert.equal(ko('2년 전 협의가 시작됐다.', '2년 전'), '2021');
    assert.equal(ko('어제 발표됐다.', '어제'), '2023-06-02');
  });

  test('durations, sets and times', () => {
    const all = tag('협의는 3개월간 이어졌고 훈련은 매년 열린다. 발사는 오후 2시 30분에 있었다.', '2023-06-03', 'ko');
    assert.deepEqual(all.map((t) => [t.type, t.value]), [['DURATION', 'P3M'], ['SET', 'P1Y'], ['TIME', '2023-06-03T14:30']]);
  });
});

describe('Japanese', () => {
  const ja = (text: string, phrase: string): string => valueOf(text, phrase, '2023-06-03', 'ja');

  test('the seed expressions in Japanese', () => {
    const text = '3か国の防衛相は3日、警戒データの共有を年内に始めることで合意した。昨年11月の首脳会談の合意に基づく。';
    assert.equal(ja(text, '3日'), '2023-06-03');
    const within = one(text, '年内', '2023-06-03', 'ja');
    assert.deepEqual([within.value, within.mod, within.deadline], ['2023', 'END', true]);
    assert.equal(ja(text, '昨年11月'), '2022-11');
  });

  test('full dates, eras and bare days', () => {
    assert.equal(ja('運用は2023年12月19日に始まった。', '2023年12月19日'), '2023-12-19');
    assert.equal(ja('運用は２０２３年１２月１９日に始まった。', '２０２３年１２月１９日'), '2023-12-19');
    assert.equal(ja('令和5年に合意した。', '令和5年'), '2023');
    assert.equal(ja('北朝鮮は29日にも発射した。', '29日'), '2023-05-29');
  });

  test('前半 and 後半 of a year are its halves; of a month, its start and end', () => {
    assert.equal(valueOf('今年前半に運用を始める。', '今年前半', '2023-06-03', 'ja'), '2023-H1');
    assert.equal(valueOf('2024年後半に完了する。', '2024年後半', '2023-06-03', 'ja'), '2024-H2');
    assert.equal(one('6月前半に協議した。', '6月前半', '2023-06-03', 'ja').mod, 'START');
  });

  test('同日 and 같은 날 are the day last mentioned; a clock time after a day belongs to it', () => {
    assert.equal(valueOf('合意は1日だった。同日夜に会見した。', '同日', '2023-06-03', 'ja'), '2023-06-01');
    assert.equal(valueOf('합의는 1일 이뤄졌다. 같은 날 일본도 발표했다.', '같은 날', '2023-06-03', 'ko'), '2023-06-01');
    assert.equal(valueOf('합참은 1일(현지시간) 오전 10시 발사를 포착했다.', '오전 10시', '2023-06-03', 'ko'), '2023-06-01T10:00');
    assert.equal(valueOf('防衛省は1日、午前10時に発射を確認した。', '午前10時', '2023-06-03', 'ja'), '2023-06-01T10:00');
  });

  test('relative periods', () => {
    const early = one('来年初めに本格運用する予定だ。', '来年初め', '2023-06-03', 'ja');
    assert.deepEqual([early.value, early.mod], ['2024', 'START']);
    assert.equal(ja('今月中旬に協議した。', '今月中旬'), '2023-06');
    assert.equal(ja('今月、協議した。', '今月'), '2023-06');
    assert.equal(ja('先週の会議で決まった。', '先週'), '2023-W21');
    assert.equal(ja('第3四半期の見通しを示した。', '第3四半期'), '2023-Q3');
    assert.equal(ja('2年前に交渉が始まった。', '2年前'), '2021');
  });

  test('durations, sets and times', () => {
    const all = tag('協議は3か月間続き、訓練は毎年行われる。発射は午後2時30分だった。', '2023-06-03', 'ja');
    assert.deepEqual(all.map((t) => [t.type, t.value]), [['DURATION', 'P3M'], ['SET', 'P1Y'], ['TIME', '2023-06-03T14:30']]);
  });

  test('the language is detected from the script when not given', () => {
    assert.equal(tag('昨年11月に合意した。')[0]?.value, '2022-11');
    assert.equal(tag('지난해 11월 합의했다.')[0]?.value, '2022-11');
    // an English article whose page header carries a Korean name stays English
    assert.equal(tag('소아쌤\nThe allies agreed last November to share the data.')[0]?.value, '2022-11');
  });
});

describe('Korean and Japanese wire-copy habits', () => {
  test('Korean "이날", "올 하반기", "연말까지"', () => {
    const all = tag('국방부는 이날 올 하반기 시스템을 점검하고 연말까지 가동하겠다고 밝혔다.', '2023-06-03', 'ko');
    assert.deepEqual(all.map((t) => [t.text, t.value, t.deadline ?? false]), [
      ['이날', '2023-06-03', false],
      ['올 하반기', '2023-H2', false],
      ['연말까지', '2023', true],
    ]);
  });

  test('Japanese 同日 and 同年 refer back to the date just given', () => {
    const all = tag('2022年11月13日に首脳会談が開かれ、同日に共同声明が出た。同年末までに協議した。', '2023-06-03', 'ja');
    assert.deepEqual(all.map((t) => [t.text, t.value]), [['2022年11月13日', '2022-11-13'], ['同日', '2022-11-13'], ['同年', '2022']]);
  });
});

describe('a day in a relative month', () => {
  test('지난달 31일, 이달 19일, 先月31日, 来月5日', () => {
    assert.equal(valueOf('북한은 지난달 31일 위성을 쐈다.', '지난달 31일', '2023-06-03', 'ko'), '2023-05-31');
    assert.equal(valueOf('회의는 이달 19일 열린다.', '이달 19일', '2023-06-03', 'ko'), '2023-06-19');
    assert.equal(valueOf('北朝鮮は先月31日に発射した。', '先月31日', '2023-06-03', 'ja'), '2023-05-31');
    assert.equal(valueOf('会談は来月5日に開かれる。', '来月5日', '2023-06-03', 'ja'), '2023-07-05');
  });
});
