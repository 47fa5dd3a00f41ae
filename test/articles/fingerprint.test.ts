import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fingerprint, hammingDistance, NEAR_DUPLICATE_BITS, storyKeyFor } from '../../src/articles/fingerprint.ts';

const wire = `SEOUL -- South Korea, the United States and Japan began sharing North Korean missile warning data in real time on Tuesday, completing a plan their defence chiefs set out in June. The three countries connected the warning system run by Seoul and Washington with the one run by Tokyo and Washington, officials said. The arrangement lets each country see a launch detected by the others within seconds. Officials said the link had been tested for several weeks before it was declared fully operational. North Korea has fired a record number of missiles this year.`;

test('a syndicated copy with a new headline, byline and tail is the same story', () => {
  const copy = `By Staff Writer\n\n${wire.replace('SEOUL --', 'SEOUL (Wire) --')} Copyright 2023 The Coastal Post. All rights reserved.`;
  const a = fingerprint(wire)!;
  const b = fingerprint(copy)!;
  assert.ok(hammingDistance(a, b) <= NEAR_DUPLICATE_BITS, `distance ${hammingDistance(a, b)}`);
  assert.equal(storyKeyFor(b, 'ffffffffffffffffaaaa', [{ fingerprint: a, storyKey: '0123456789abcdef' }]), '0123456789abcdef');
});

test('a different story on the same topic is not', () => {
  const other = `TOKYO -- Japan's defence ministry said on Friday it would spend more on missile defence next year, including new radars on its western coast. The budget request, the largest on record, also covers interceptors and satellites. The ministry said the plan reflects launches by North Korea and the need to protect remote islands. Lawmakers will debate the request in December, and the cabinet is expected to approve it before the end of the year.`;
  const d = hammingDistance(fingerprint(wire)!, fingerprint(other)!);
  assert.ok(d > NEAR_DUPLICATE_BITS + 6, `distance ${d}`);
  assert.equal(storyKeyFor(fingerprint(other), 'abcdefabcdefabcd00', [{ fingerprint: fingerprint(wire), storyKey: '0123456789abcdef' }]), 'abcdefabcdefabcd');
});

test('Korean copies match by character shingles; very short texts get no fingerprint', () => {
  const ko = '한미일 3국은 북한 미사일 경보정보를 실시간으로 공유하는 체계를 19일부터 정상 가동했다고 국방부가 밝혔다. 3국은 지난 6월 싱가포르에서 열린 국방장관 회담에서 연내 가동에 합의한 바 있다. 이 체계는 각국이 탐지한 미사일 정보를 즉시 주고받도록 한다.';
  const koCopy = `[서울=연합] ${ko} 무단 전재 금지.`;
  assert.ok(hammingDistance(fingerprint(ko)!, fingerprint(koCopy)!) <= NEAR_DUPLICATE_BITS);
  assert.equal(fingerprint('Short text.'), null);
});
