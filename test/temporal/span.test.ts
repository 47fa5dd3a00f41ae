// calendarSpan: the days a DATE value covers, for the milestone stage.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { calendarSpan } from '../../src/temporal/index.ts';

describe('calendarSpan', () => {
  test('days, months and years', () => {
    assert.deepEqual(calendarSpan({ value: '2023-06-03' }), { date: '2023-06-03', precision: 'day', start: '2023-06-03', end: '2023-06-03' });
    assert.deepEqual(calendarSpan({ value: '2022-11' }), { date: '2022-11', precision: 'month', start: '2022-11-01', end: '2022-11-30' });
    assert.deepEqual(calendarSpan({ value: '2024-02' }), { date: '2024-02', precision: 'month', start: '2024-02-01', end: '2024-02-29' });
    assert.deepEqual(calendarSpan({ value: '2014' }), { date: '2014', precision: 'year', start: '2014-01-01', end: '2014-12-31' });
  });

  test('weeks, quarters, halves and seasons are named by the finest unit that holds them', () => {
    assert.deepEqual(calendarSpan({ value: '2024-H1' }), { date: '2024', precision: 'year', start: '2024-01-01', end: '2024-06-30' });
    assert.deepEqual(calendarSpan({ value: '2023-Q3' }), { date: '2023', precision: 'year', start: '2023-07-01', end: '2023-09-30' });
    assert.deepEqual(calendarSpan({ value: '2023-W22' }), { date: '2023', precision: 'year', start: '2023-05-29', end: '2023-06-04' });
    assert.deepEqual(calendarSpan({ value: '2023-W23' }), { date: '2023-06', precision: 'month', start: '2023-06-05', end: '2023-06-11' });
    assert.deepEqual(calendarSpan({ value: '2023-WI' }), { date: '2023', precision: 'year', start: '2023-12-01', end: '2024-02-29' });
    assert.deepEqual(calendarSpan({ value: '2023-SU' }), { date: '2023', precision: 'year', start: '2023-06-01', end: '2023-08-31' });
  });

  test('times keep their day', () => {
    assert.deepEqual(calendarSpan({ value: '2023-06-03T14:30' }), { date: '2023-06-03', precision: 'day', start: '2023-06-03', end: '2023-06-03' });
  });

  test('START and END narrow the span to its first or last third', () => {
    assert.deepEqual(calendarSpan({ value: '2024', mod: 'START' }), { date: '2024', precision: 'year', start: '2024-01-01', end: '2024-04-30' });
    assert.deepEqual(calendarSpan({ value: '2023', mod: 'END' }), { date: '2023', precision: 'year', start: '2023-09-01', end: '2023-12-31' });
    assert.deepEqual(calendarSpan({ value: '2023-06', mod: 'END' }), { date: '2023-06', precision: 'month', start: '2023-06-21', end: '2023-06-30' });
    assert.deepEqual(calendarSpan({ value: '2023-06', mod: 'MID' }), { date: '2023-06', precision: 'month', start: '2023-06-11', end: '2023-06-20' });
  });

  test('ranges cover both ends', () => {
    assert.deepEqual(calendarSpan({ value: '2014', range: { start: '2014', end: '2016' } }), { date: '2014', precision: 'year', start: '2014-01-01', end: '2016-12-31' });
    assert.deepEqual(calendarSpan({ value: '2023-06-27', range: { start: '2023-06-27', end: '2023-06-29' } }), { date: '2023-06', precision: 'month', start: '2023-06-27', end: '2023-06-29' });
  });

  test('durations, references and unknown parts have no span', () => {
    for (const value of ['P2Y', 'PRESENT_REF', 'PAST_REF', 'XXXX-WI', 'XXXX-WXX-4', '1989-WXX']) assert.equal(calendarSpan({ value }), null, value);
  });
});
