import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/milestones/sentences.ts';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

test('English: abbreviations and initials do not end a sentence', () => {
  assert.deepEqual(texts('The deal was signed on Dec. 29, 2014 by U.S. officials. Gen. Kim said so. "It works," he said.'), [
    'The deal was signed on Dec. 29, 2014 by U.S. officials.',
    'Gen. Kim said so.',
    '"It works," he said.',
  ]);
});

test('Korean and Japanese sentence ends', () => {
  assert.deepEqual(texts('한미일은 19일 공유체계를 가동했다. 3국은 훈련 계획도 세웠다.'), ['한미일은 19일 공유체계를 가동했다.', '3국은 훈련 계획도 세웠다.']);
  assert.deepEqual(texts('日米韓は19日、運用を開始した。防衛省によると、正常に機能している。'), ['日米韓は19日、運用を開始した。', '防衛省によると、正常に機能している。']);
});

test('paragraph breaks end sentences and offsets point into the text', () => {
  const text = 'Headline without stop\n\nBody sentence one. Body two.';
  const got = splitSentences(text);
  assert.deepEqual(got.map((s) => s.text), ['Headline without stop', 'Body sentence one.', 'Body two.']);
  for (const s of got) assert.equal(text.slice(s.start, s.start + s.text.length), s.text);
  assert.deepEqual(got.map((s) => s.index), [0, 1, 2]);
});
