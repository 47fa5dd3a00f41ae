// Test helpers: tag a sentence and pick out one expression by its text.
import assert from 'node:assert/strict';
import { tagDates, type Lang, type Timex } from '../../src/temporal/index.ts';

export function tag(text: string, published = '2023-06-03', lang?: Lang): Timex[] {
  return tagDates(text, { published, ...(lang ? { lang } : {}) });
}

/** The timex whose text is exactly `phrase` (fails the test when absent). */
export function one(text: string, phrase: string, published = '2023-06-03', lang?: Lang): Timex {
  const all = tag(text, published, lang);
  const hit = all.find((t) => t.text === phrase);
  assert.ok(hit, `no timex "${phrase}" in ${JSON.stringify(all.map((t) => t.text))}`);
  return hit;
}

export function valueOf(text: string, phrase: string, published = '2023-06-03', lang?: Lang): string {
  return one(text, phrase, published, lang).value;
}
