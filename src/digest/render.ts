// The digest email, HTML and plain text, as a pure function of what is new. Everything from feeds is
// escaped in the HTML; only http(s) URLs become links.
import { dayIn } from './day.ts';
import { clip, escapeHtml as esc, linkOrText, oneLine, safeHttpUrl } from './html.ts';

export interface DigestSource {
  quote: string;
  articleTitle: string | null;
  outlet: string | null;
  url: string;
}

export interface DigestMilestone {
  date: string; // YYYY | YYYY-MM | YYYY-MM-DD
  title: string;
  kind: string;
  status: string; // happened | planned
  sources: DigestSource[];
}

export interface DigestArticle {
  title: string | null;
  outlet: string | null;
  url: string;
  publishedAt: Date | null;
}

export interface DigestPledge {
  title: string;
  deadline: string | null; // YYYY-MM-DD
}

export interface DigestContent {
  topic: { slug: string; name: string };
  day: string; // the digest's day, YYYY-MM-DD in timeZone
  timeZone: string;
  periodStart: Date;
  milestones: DigestMilestone[];
  moreMilestones: number; // new ones left out to keep the email short
  articles: DigestArticle[];
  moreArticles: number;
  pledges: DigestPledge[]; // open pledges, soonest deadline first
  unsubscribeUrl: string;
}

export interface RenderedDigest {
  subject: string;
  html: string;
  text: string;
}

export const hasNews = (c: DigestContent): boolean =>
  c.milestones.length + c.moreMilestones + c.articles.length + c.moreArticles > 0;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function digestSubject(c: DigestContent): string {
  const milestones = c.milestones.length + c.moreMilestones;
  const articles = c.articles.length + c.moreArticles;
  const counts = milestones || articles ? `${plural(milestones, 'new milestone')}, ${plural(articles, 'article')}` : 'nothing new';
  return oneLine(`${c.topic.name}: ${counts} (${c.day})`);
}

export function renderDigest(c: DigestContent): RenderedDigest {
  return { subject: digestSubject(c), html: renderHtml(c), text: renderText(c) };
}

const articleLabel = (a: { title: string | null; articleTitle?: string | null; url: string }) =>
  oneLine(a.title ?? a.articleTitle ?? '') || a.url;

const QUOTE_MAX = 300;
const quoteOf = (s: DigestSource) => clip(oneLine(s.quote), QUOTE_MAX);

const overdue = (p: DigestPledge, day: string) => (p.deadline && p.deadline < day ? ' (overdue)' : '');

// ---- HTML ----

function htmlSource(s: DigestSource): string {
  const where = [s.outlet ? esc(oneLine(s.outlet)) : '', linkOrText(oneLine(s.articleTitle ?? '') || 'source', s.url)];
  return `<blockquote style="margin:4px 0 4px 12px;color:#444">“${esc(quoteOf(s))}”<br><small>${where.filter(Boolean).join(' · ')}</small></blockquote>`;
}

function htmlMilestones(c: DigestContent): string {
  if (!c.milestones.length) return '<h2>New milestones</h2><p>No new milestones.</p>';
  const items = c.milestones.map(
    (m) =>
      `<li><strong>${esc(m.date)}</strong> — ${esc(oneLine(m.title))} <small>(${esc(m.kind)}, ${esc(m.status)})</small>${m.sources.map(htmlSource).join('')}</li>`,
  );
  const more = c.moreMilestones ? `<p>…and ${plural(c.moreMilestones, 'more milestone')}.</p>` : '';
  return `<h2>New milestones</h2><ul>${items.join('')}</ul>${more}`;
}

function htmlArticles(c: DigestContent): string {
  if (!c.articles.length) return '<h2>New articles</h2><p>No new articles.</p>';
  const items = c.articles.map((a) => {
    const meta = [a.outlet ? esc(oneLine(a.outlet)) : '', a.publishedAt ? dayIn(a.publishedAt, c.timeZone) : ''];
    const small = meta.filter(Boolean).join(', ');
    return `<li>${linkOrText(articleLabel(a), a.url)}${small ? ` <small>${small}</small>` : ''}</li>`;
  });
  const more = c.moreArticles ? `<p>…and ${plural(c.moreArticles, 'more article')}.</p>` : '';
  return `<h2>New articles</h2><ul>${items.join('')}</ul>${more}`;
}

function htmlPledges(c: DigestContent): string {
  if (!c.pledges.length) return '';
  const items = c.pledges.map(
    (p) => `<li>${esc(oneLine(p.title))} — due ${p.deadline ? esc(p.deadline) : 'date unknown'}${overdue(p, c.day)}</li>`,
  );
  return `<h2>Open pledges</h2><ul>${items.join('')}</ul>`;
}

function renderHtml(c: DigestContent): string {
  const since = dayIn(c.periodStart, c.timeZone);
  const unsubscribe = safeHttpUrl(c.unsubscribeUrl) ?? '';
  return [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<title>${esc(digestSubject(c))}</title></head>`,
    '<body style="font-family:sans-serif;max-width:680px;margin:auto;line-height:1.4">',
    `<h1 style="font-size:1.3em">${esc(oneLine(c.topic.name))}</h1>`,
    `<p>What is new since ${since}.</p>`,
    htmlMilestones(c),
    htmlArticles(c),
    htmlPledges(c),
    `<hr><p><small>You receive this daily digest from Tidemark. <a href="${esc(unsubscribe)}">Unsubscribe</a></small></p>`,
    '</body></html>',
  ].join('\n');
}

// ---- plain text ----

function textMilestones(c: DigestContent): string[] {
  if (!c.milestones.length) return ['NEW MILESTONES', 'No new milestones.'];
  const lines = ['NEW MILESTONES'];
  for (const m of c.milestones) {
    lines.push(`- ${m.date}  ${oneLine(m.title)} (${m.kind}, ${m.status})`);
    for (const s of m.sources) {
      const where = [s.outlet ? oneLine(s.outlet) : '', s.url].filter(Boolean).join(', ');
      lines.push(`    "${quoteOf(s)}" (${where})`);
    }
  }
  if (c.moreMilestones) lines.push(`...and ${plural(c.moreMilestones, 'more milestone')}.`);
  return lines;
}

function textArticles(c: DigestContent): string[] {
  if (!c.articles.length) return ['NEW ARTICLES', 'No new articles.'];
  const lines = ['NEW ARTICLES'];
  for (const a of c.articles) {
    const meta = [a.outlet ? oneLine(a.outlet) : '', a.publishedAt ? dayIn(a.publishedAt, c.timeZone) : ''];
    lines.push(`- ${articleLabel(a)}${meta.some(Boolean) ? ` (${meta.filter(Boolean).join(', ')})` : ''}`);
    lines.push(`  ${a.url}`);
  }
  if (c.moreArticles) lines.push(`...and ${plural(c.moreArticles, 'more article')}.`);
  return lines;
}

function textPledges(c: DigestContent): string[] {
  if (!c.pledges.length) return [];
  const lines = ['OPEN PLEDGES'];
  for (const p of c.pledges) lines.push(`- ${oneLine(p.title)}, due ${p.deadline ?? 'date unknown'}${overdue(p, c.day)}`);
  return lines;
}

function renderText(c: DigestContent): string {
  const sections = [
    [oneLine(c.topic.name), `What is new since ${dayIn(c.periodStart, c.timeZone)}.`],
    textMilestones(c),
    textArticles(c),
    textPledges(c),
    ['--', `You receive this daily digest from Tidemark. Unsubscribe: ${c.unsubscribeUrl}`],
  ];
  return sections.filter((s) => s.length).map((s) => s.join('\n')).join('\n\n') + '\n';
}
