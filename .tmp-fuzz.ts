import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { FeedParseError, parseFeed } from './src/feeds/parse.ts';
const root = '/work/shared/data/feeds-dev';
const files: string[] = [];
const walk = (d: string) => { for (const e of readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else if (/\.(xml|rss|atom)$/.test(p)) files.push(p); } };
walk(root);
let seed = 42; const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
let crashes = 0, runs = 0, slow = 0, invalidDates = 0;
const junk = ['&', '<', '>', ']]>', '<![CDATA[', '\u0000', '&#xD800;', '&foo;', '</item>', '<item>', '"', '\uFFFF', '<!DOCTYPE x [<!ENTITY a "&a;">]>'];
for (const f of files) {
  const orig = readFileSync(f);
  for (let k = 0; k < 6; k++) {
    let b: Buffer;
    const r = rnd();
    if (r < 0.3) b = orig.subarray(0, Math.floor(rnd() * orig.length));
    else if (r < 0.6) { b = Buffer.from(orig); for (let j = 0; j < 5; j++) b[Math.floor(rnd() * b.length)] = Math.floor(rnd() * 256); }
    else { const s = orig.toString('latin1'); const at = Math.floor(rnd() * s.length); b = Buffer.from(s.slice(0, at) + junk[Math.floor(rnd() * junk.length)] + s.slice(at), 'latin1'); }
    const t = performance.now();
    runs++;
    try {
      const feed = await parseFeed(b, { url: 'http://127.0.0.1/x', contentType: rnd() < 0.5 ? null : 'text/xml; charset=utf-8' });
      for (const i of feed.items) for (const d of [i.publishedAt, i.updatedAt]) if (d && Number.isNaN(d.getTime())) invalidDates++;
    } catch (e) {
      if (!(e instanceof FeedParseError)) { crashes++; if (crashes < 10) console.log('CRASH', f, (e as Error).stack?.split('\n').slice(0, 4).join(' | ')); }
    }
    if (performance.now() - t > 2000) { slow++; console.log('SLOW', f, performance.now() - t); }
  }
}
console.log({ runs, crashes, slow, invalidDates });
