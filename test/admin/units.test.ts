// The admin page's pure parts: escaping template, links, CSRF comparison, Origin check, sign-in limiter.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Request } from 'express';
import { originAllowed, sameToken } from '../../src/admin/csrf.ts';
import { externalLink, html, raw, when } from '../../src/admin/html.ts';
import { createLoginLimiter } from '../../src/admin/login-limit.ts';

test('html`` escapes every interpolation unless it is Html', () => {
  const evil = `<script>alert("x")</script>'&`;
  assert.equal(html`<p>${evil}</p>`.value, '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;&amp;</p>');
  assert.equal(html`<p>${raw('<b>ok</b>')}${html`<i>${'<'}</i>`}</p>`.value, '<p><b>ok</b><i>&lt;</i></p>');
  assert.equal(html`${['<a>', html`<b>`, 3, null, undefined, false]}`.value, '&lt;a&gt;<b>3');
  assert.equal(html`<a title="${'" onmouseover="x'}">`.value, '<a title="&quot; onmouseover=&quot;x">');
});

test('only http(s) URLs become links, with rel set', () => {
  assert.equal(
    externalLink('https://example.com/a?b=1&c=2', 'E<x>').value,
    '<a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer nofollow">E&lt;x&gt;</a>',
  );
  for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>x</script>', '/relative', 'not a url']) {
    const out = externalLink(bad).value;
    assert.doesNotMatch(out, /<a /, bad);
    assert.doesNotMatch(out, /<script/, bad);
  }
  assert.equal(when('2026-11-23T21:42:10.000Z'), '2026-11-23 21:42 UTC');
  assert.equal(when(null), '');
});

test('CSRF tokens compare exactly, whatever their length', () => {
  assert.equal(sameToken('abc', 'abc'), true);
  assert.equal(sameToken('abd', 'abc'), false);
  assert.equal(sameToken('ab', 'abc'), false);
  assert.equal(sameToken('', ''), false);
  assert.equal(sameToken(undefined, 'abc'), false);
  assert.equal(sameToken(['abc'], 'abc'), false);
});

test('Origin must be this host or the public URL when present', () => {
  const req = (headers: Record<string, string>) => ({ get: (h: string) => headers[h.toLowerCase()] }) as unknown as Request;
  const config = { publicUrl: 'https://tidemark.example' };
  assert.equal(originAllowed(req({ host: '127.0.0.1:3000' }), config), true);
  assert.equal(originAllowed(req({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' }), config), true);
  assert.equal(originAllowed(req({ host: 'internal:3000', origin: 'https://tidemark.example' }), config), true);
  assert.equal(originAllowed(req({ host: '127.0.0.1:3000', origin: 'https://evil.example' }), config), false);
  assert.equal(originAllowed(req({ host: '127.0.0.1:3000', origin: 'null' }), config), false);
});

test('the sign-in limiter allows 5 failures a minute per address', () => {
  let now = 0;
  const limiter = createLoginLimiter({ now: () => new Date(now) });
  for (let i = 0; i < 5; i++) {
    assert.equal(limiter.waitFor('a'), 0);
    limiter.recordFailure('a');
    now += 1000;
  }
  assert.ok(limiter.waitFor('a') > 0);
  assert.equal(limiter.waitFor('b'), 0);
  now = 60_000; // the first failure (t=0) is a minute old
  assert.equal(limiter.waitFor('a'), 0);
  limiter.recordFailure('a');
  assert.ok(limiter.waitFor('a') > 0);
  limiter.reset('a');
  assert.equal(limiter.waitFor('a'), 0);
});
