import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FeedParseError, parseFeed } from '../../src/feeds/parse.ts';
import { fixture } from './helpers.ts';

const url = 'http://127.0.0.1/feed';
const isCode = (code: string) => (e: unknown) => e instanceof FeedParseError && e.code === code;

test('truncated XML keeps the complete items and says so', async () => {
  const feed = await parseFeed(fixture('truncated.rss.xml'), { url });
  assert.deepEqual(feed.items.map((i) => i.title), ['First complete item — with an HTML entity', 'Second complete item']);
  assert.equal(feed.title, 'Cut short & still readable');
  assert.match(feed.warnings.join(' '), /cut short/);
});

test('stray "&", HTML entities, control characters and leading junk are forgiven', async () => {
  const xml = `\n\n  junk<?xml version="1.0"?><rss version="2.0"><channel><title>A & B &copy; C\u0001</title>
    <item><title>Caf&eacute; &hellip; &#146;s</title></item></channel></rss>`;
  const feed = await parseFeed(Buffer.from(xml), { url });
  assert.equal(feed.title, 'A & B © C');
  assert.equal(feed.items[0]?.title, 'Café … ’s', '&#146; is read as windows-1252, as browsers do');
  assert.ok(feed.warnings.length > 0);
});

test('a clean feed has no warnings', async () => {
  const feed = await parseFeed(Buffer.from('<rss version="2.0"><channel><title>ok</title></channel></rss>'), { url });
  assert.deepEqual(feed.warnings, []);
  assert.deepEqual(feed.items, []);
});

test('an HTML page is not_a_feed, and the message points to autodiscovery', async () => {
  await assert.rejects(parseFeed(fixture('page.html'), { url, contentType: 'text/html' }), (e: unknown) =>
    isCode('not_a_feed')(e) && /discoverFeeds/.test((e as Error).message));
});

test('XHTML with an XML declaration is still recognised as a page', async () => {
  const xhtml = '<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head/></html>';
  await assert.rejects(parseFeed(Buffer.from(xhtml), { url }), (e: unknown) => isCode('not_a_feed')(e) && /discoverFeeds/.test((e as Error).message));
});

test('other XML is not_a_feed; an empty body is empty; hopeless XML is malformed', async () => {
  await assert.rejects(parseFeed(Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'), { url }), isCode('not_a_feed'));
  await assert.rejects(parseFeed(Buffer.alloc(0), { url }), isCode('empty'));
  await assert.rejects(parseFeed(Buffer.from('   \n '), { url }), isCode('empty'));
  await assert.rejects(parseFeed(Buffer.from('plain text, no markup'), { url }), isCode('not_a_feed'));
  await assert.rejects(parseFeed(Buffer.from('<rss version="2.0"><channel><item><title>x</titl></item></channel></rss>'), { url }), (e: unknown) =>
    isCode('malformed')(e) && /not well-formed XML and not recoverable: Unexpected close tag/.test((e as Error).message));
});

test('a broken item later in the feed costs only itself and what follows', async () => {
  const xml = '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>kept</title></entry><entry><title>lost</ti></entry></feed>';
  const feed = await parseFeed(Buffer.from(xml), { url });
  assert.deepEqual(feed.items.map((i) => i.title), ['kept']);
  assert.match(feed.warnings.join(' '), /kept 1 complete item\(s\) before the error/);
});

test('large and pathological input finishes quickly', async () => {
  const items = Array.from({ length: 3000 }, (_, i) => `<item><title>t${i} &amp; &</title><description>${'<b>x</b>'.repeat(20)}</description></item>`).join('');
  const started = Date.now();
  const feed = await parseFeed(Buffer.from(`<rss version="2.0"><channel>${items}`), { url });
  assert.equal(feed.items.length, 3000);
  const hostile = [
    `<rss version="2.0"><channel><item><title>${'<'.repeat(50000)}</title></item></channel></rss>`,
    `<rss version="2.0"><channel><item><title>${'<!x'.repeat(50000)}`, // sax's slow path for unknown "<!"
    `<rss version="2.0"><channel>${'<x>'.repeat(50000)}`,
    `${'<!--'.repeat(50000)}<rss version="2.0"><channel/></rss>`,
    `<rss version="2.0"><channel><item><description><![CDATA[${'<script><!--'.repeat(50000)}]]></description></item></channel></rss>`,
  ];
  for (const text of hostile) await parseFeed(Buffer.from(text), { url }).catch((e: unknown) => assert.ok(e instanceof FeedParseError));
  assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
});

test('mutated fixtures never crash: a ParsedFeed with valid dates, or a FeedParseError', async () => {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const inserts = ['&', '<', ']]>', '<![CDATA[', '\u0000', '&bogus;', '</item>', '<entry>', '\uffff', '<!DOCTYPE x [<!ENTITY a "&a;&a;">]>'];
  for (const name of ['euc-kr.rss.xml', 'shift-jis.atom.xml', 'rdf.xml', 'atom03.xml', 'feed.json', 'truncated.rss.xml']) {
    const original = fixture(name);
    for (let k = 0; k < 40; k++) {
      let body: Buffer;
      if (k % 3 === 0) body = original.subarray(0, Math.floor(random() * original.length));
      else if (k % 3 === 1) {
        body = Buffer.from(original);
        for (let j = 0; j < 4; j++) body[Math.floor(random() * body.length)] = Math.floor(random() * 256);
      } else {
        const text = original.toString('latin1');
        const at = Math.floor(random() * text.length);
        body = Buffer.from(text.slice(0, at) + inserts[k % inserts.length] + text.slice(at), 'latin1');
      }
      try {
        const feed = await parseFeed(body, { url });
        for (const item of feed.items) {
          for (const date of [item.publishedAt, item.updatedAt]) assert.ok(date === null || !Number.isNaN(date.getTime()));
        }
      } catch (error) {
        assert.ok(error instanceof FeedParseError, `${name} #${k}: ${String(error)}`);
      }
    }
  }
});
