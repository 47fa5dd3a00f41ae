import assert from 'node:assert/strict';
import { test } from 'node:test';
import { discoverFeeds } from '../../src/feeds/discover.ts';
import { fixture } from './helpers.ts';

test('feeds advertised by a page: absolute, via <base>, de-duplicated, comments last', () => {
  const html = fixture('page.html').toString('utf8');
  assert.deepEqual(discoverFeeds(html, 'https://news.example.test/section/story.html'), [
    'https://news.example.test/section/feed.xml',
    'https://news.example.test/atom.xml',
    'https://news.example.test/feed.json',
    'https://news.example.test/comments/feed/',
  ]);
});

test('without <base>, relative hrefs resolve against the page URL; non-feed links are ignored', () => {
  const html = `<link rel="alternate" type="application/atom+xml" href="../atom">
    <link rel="stylesheet" type="text/xml" href="a.xsl"><link rel="alternate" type="text/html" href="/m">
    <link rel="ALTERNATE" type="Application/RSS+XML; charset=utf-8" href="//cdn.example.test/rss">`;
  assert.deepEqual(discoverFeeds(html, 'http://example.test/news/today/'), [
    'http://example.test/news/atom',
    'http://cdn.example.test/rss',
  ]);
  assert.deepEqual(discoverFeeds('<p>no feeds</p>', 'http://example.test/'), []);
});
