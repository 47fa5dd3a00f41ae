import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeUrl } from '../../src/feeds/normalize-url.ts';

test('variants of one article URL normalise to the same string', () => {
  const variants = [
    'https://www.Example.COM:443/news/2023/12/19/warning-link/?utm_source=rss&utm_medium=feed&id=7&a=1#comments',
    'https://example.com/news/2023/12/19/warning-link?a=1&id=7&fbclid=abc',
    'HTTPS://EXAMPLE.com/news/2023/12/19/warning-link/?id=7&a=1&gclid=x&mc_cid=y&ocid=z&cmpid=q',
  ];
  for (const v of variants) assert.equal(normalizeUrl(v), 'https://example.com/news/2023/12/19/warning-link?a=1&id=7');
});

test('what can change the page is kept', () => {
  assert.equal(normalizeUrl('http://example.com:8080/a/B?x=2&x=1'), 'http://example.com:8080/a/B?x=2&x=1');
  assert.equal(normalizeUrl('https://news.naver.com/main/read.nhn?oid=001&aid=0014386473'), 'https://news.naver.com/main/read.nhn?aid=0014386473&oid=001');
  assert.equal(normalizeUrl('http://example.com/'), 'http://example.com');
  assert.equal(normalizeUrl('https://example.com/%ED%95%9C?q=%EA%B2%BD%EB%B3%B4'), 'https://example.com/%ED%95%9C?q=%EA%B2%BD%EB%B3%B4');
});

test('relative URLs resolve against a base; junk comes back trimmed', () => {
  assert.equal(normalizeUrl('../b/?utm_campaign=x', 'https://www.example.com/a/c/'), 'https://example.com/a/b');
  assert.equal(normalizeUrl('  not a url  '), 'not a url');
  assert.equal(normalizeUrl('mailto:desk@example.com'), 'mailto:desk@example.com');
});
