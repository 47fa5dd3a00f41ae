import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeHtml, safeHttpUrl } from '../../src/digest/html.ts';
import { dayIn } from '../../src/digest/day.ts';
import { hasNews, renderDigest, type DigestContent } from '../../src/digest/render.ts';

const hostile = '<script>alert("x")</script> & "quotes"';

function content(over: Partial<DigestContent> = {}): DigestContent {
  return {
    topic: { slug: 'mw', name: 'Missile warning' },
    day: '2026-03-10',
    timeZone: 'Asia/Seoul',
    periodStart: new Date('2026-03-08T15:00:00Z'),
    milestones: [
      {
        date: '2026-03-09',
        title: hostile,
        kind: 'agreement',
        status: 'happened',
        sources: [{ quote: 'They said <b>"now"</b>', articleTitle: 'Story <i>one</i>', outlet: 'Outlet <x>', url: 'https://news.example/a?x=1&y=2' }],
      },
    ],
    moreMilestones: 0,
    articles: [
      { title: 'Evil link', outlet: null, url: 'javascript:alert(1)', publishedAt: new Date('2026-03-09T01:00:00Z') },
      { title: 'Good link', outlet: 'Yonhap', url: 'https://en.yna.co.kr/view/1', publishedAt: null },
    ],
    moreArticles: 3,
    pledges: [
      { title: 'Launch real-time sharing', deadline: '2026-01-31' },
      { title: 'Review the mechanism', deadline: '2026-12-31' },
    ],
    unsubscribeUrl: 'http://tidemark.test/unsubscribe?token=abc',
    ...over,
  };
}

test('escapeHtml and safeHttpUrl', () => {
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  assert.equal(safeHttpUrl('https://a.example/p?q=1'), 'https://a.example/p?q=1');
  assert.equal(safeHttpUrl('  http://a.example '), 'http://a.example/');
  for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', '/relative', 'mailto:a@b.c', '', null]) {
    assert.equal(safeHttpUrl(bad), null, String(bad));
  }
});

test('dayIn uses the digest time zone', () => {
  assert.equal(dayIn(new Date('2026-03-09T15:30:00Z'), 'Asia/Seoul'), '2026-03-10');
  assert.equal(dayIn(new Date('2026-03-09T15:30:00Z'), 'UTC'), '2026-03-09');
});

test('HTML escapes everything from feeds and links only http(s) URLs', () => {
  const { html } = renderDigest(content());
  assert.ok(!html.includes('<script>'), 'no live script tag');
  assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;'));
  assert.ok(html.includes('They said &lt;b&gt;&quot;now&quot;&lt;/b&gt;'));
  assert.ok(html.includes('Outlet &lt;x&gt;'));
  assert.ok(html.includes('<a href="https://news.example/a?x=1&amp;y=2">Story &lt;i&gt;one&lt;/i&gt;</a>'));
  assert.ok(!/href="javascript/i.test(html), 'javascript: URL is not a link');
  assert.ok(html.includes('Evil link'));
  assert.ok(html.includes('<a href="https://en.yna.co.kr/view/1">Good link</a>'));
  assert.ok(html.includes('<a href="http://tidemark.test/unsubscribe?token=abc">Unsubscribe</a>'));
  assert.ok(html.includes('…and 3 more articles.'));
});

test('plain text is plain: no escaping, no tags added, one line per item', () => {
  const { text } = renderDigest(content());
  assert.ok(text.includes(`- 2026-03-09  ${hostile} (agreement, happened)`));
  assert.ok(text.includes('"They said <b>"now"</b>" (Outlet <x>, https://news.example/a?x=1&y=2)'));
  assert.ok(!text.includes('&lt;') && !text.includes('&amp;'));
  assert.ok(text.includes('- Evil link (2026-03-09)\n  javascript:alert(1)'));
  assert.ok(text.includes('Unsubscribe: http://tidemark.test/unsubscribe?token=abc'));
  assert.ok(!/<(a|p|li|h\d)\b/.test(text.replace(hostile, '').replace('<b>"now"</b>', '')));
});

test('open pledges are listed soonest first with overdue ones marked', () => {
  const { html, text } = renderDigest(content());
  assert.ok(text.includes('OPEN PLEDGES\n- Launch real-time sharing, due 2026-01-31 (overdue)\n- Review the mechanism, due 2026-12-31\n'));
  assert.ok(html.includes('<h2>Open pledges</h2>'));
  const none = renderDigest(content({ pledges: [] }));
  assert.ok(!none.text.includes('OPEN PLEDGES') && !none.html.includes('Open pledges'));
});

test('subject counts news and never carries a newline from a feed', () => {
  const { subject } = renderDigest(content({ topic: { slug: 'mw', name: 'Missile\r\nBcc: x@evil.example' } }));
  assert.equal(subject, 'Missile Bcc: x@evil.example: 1 new milestone, 5 articles (2026-03-10)');
  const empty = content({ milestones: [], articles: [], moreArticles: 0 });
  assert.equal(hasNews(empty), false);
  assert.equal(hasNews(content()), true);
  assert.match(renderDigest(empty).text, /No new milestones\.[\s\S]*No new articles\./);
});

test('long quotes are clipped at a word boundary in both bodies', () => {
  const quote = `${'word '.repeat(100)}END`;
  const c = content();
  c.milestones[0]!.sources[0]!.quote = quote;
  const { html, text } = renderDigest(c);
  assert.ok(!text.includes('END') && !html.includes('END'));
  assert.match(text, /"(word ){50,}word…"/);
});
