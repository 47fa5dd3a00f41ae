// Reuters newswire from the Debian package r-cran-tm (R's text-mining package ships 81 Reuters stories as XML: 70
// Reuters-21578 stories of 1987 in texts/acq and texts/crude, 10 more in texts/reuters-21578.xml and one RCV1 story
// of 1996). The unseen-news date benchmark reads them from $TIDEMARK_REUTERS_DIR, by default where the package
// installs them; `apt-get download r-cran-tm && dpkg -x r-cran-tm_*.deb DIR` gives them without installing R.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { readEnv } from '../src/config.ts';

export interface ReutersStory { id: string; published: string; text: string }

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

export function reutersDir(): string {
  return readEnv().TIDEMARK_REUTERS_DIR ?? '/usr/lib/R/site-library/tm/texts';
}

// The 1987 bodies are wrapped at about 65 columns and open each paragraph with an indent; the articles Tidemark
// reads (and TempEval's) have one line a paragraph, so the wrapping is undone: indented lines start paragraphs.
function unwrap(body: string): string {
  return body.replace(/\s*\bReuter\s*$/, '').split(/\n(?=[ \t]{2,})/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean).join('\n\n');
}

/** "26-FEB-1987 17:00:56.04" → "1987-02-26". */
function dayOf(stamp: string): string {
  const m = /^\s*(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(stamp);
  if (!m) throw new Error(`unreadable Reuters date "${stamp}"`);
  return `${m[3]}-${String(MONTHS.indexOf(m[2]!) + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** Headline, blank line, dateline and body: the stories with a body, by NEWID (RCV1: "rcv1-ITEMID"). */
export function reutersStories(dir = reutersDir()): Map<string, ReutersStory> {
  if (!existsSync(dir)) throw new Error(`No Reuters stories at ${dir} (install r-cran-tm or set TIDEMARK_REUTERS_DIR)`);
  const stories = new Map<string, ReutersStory>();
  const files = ['acq', 'crude'].flatMap((d) => readdirSync(join(dir, d)).sort().map((f) => join(dir, d, f)));
  for (const file of [...files, join(dir, 'reuters-21578.xml')]) {
    const $ = cheerio.load(readFileSync(file, 'utf8'), { xml: true });
    $('REUTERS').each((_, el) => {
      const r = $(el);
      const body = r.find('BODY').text();
      if (!body.trim()) return;
      const id = r.attr('NEWID')!;
      const text = `${r.find('TITLE').text().trim()}\n\n${r.find('DATELINE').text().trim()} ${unwrap(body)}`;
      if (!stories.has(id)) stories.set(id, { id, published: dayOf(r.find('DATE').text()), text });
    });
  }
  const rcv1 = cheerio.load(readFileSync(join(dir, 'rcv1_2330.xml'), 'latin1'), { xml: true });
  const item = rcv1('newsitem');
  const paragraphs = rcv1('text p').map((_, p) => rcv1(p).text().replace(/\s*\n\s*/g, ' ').trim()).get();
  const id = `rcv1-${item.attr('itemid')}`;
  stories.set(id, { id, published: item.attr('date')!, text: `${rcv1('headline').text().trim()}\n\n${rcv1('dateline').text().trim()} - ${paragraphs.join('\n\n')}` });
  return stories;
}
