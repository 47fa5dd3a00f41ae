// Feed autodiscovery: <link rel="alternate" type="application/rss+xml|atom+xml|feed+json" href="…"> in a page's
// HTML, resolved against the page URL (and a <base href> when present), best first.
import * as cheerio from 'cheerio';

// Lower is better. RSS and Atom tie: the page's own order says which one the site considers its main feed.
const FEED_TYPES: Record<string, number> = {
  'application/rss+xml': 0,
  'application/atom+xml': 0,
  'application/rdf+xml': 1,
  'application/feed+json': 2,
  'application/json': 2,
  'application/xml': 3,
  'text/xml': 3,
};

/** Feed URLs a page advertises, absolute and de-duplicated; comment feeds last, then by type, then page order. */
export function discoverFeeds(html: string, pageUrl: string): string[] {
  const $ = cheerio.load(html);
  let base = pageUrl;
  const baseHref = $('base[href]').first().attr('href');
  if (baseHref) base = absolute(baseHref, pageUrl) ?? pageUrl;
  const found: { url: string; rank: number; order: number }[] = [];
  $('link[href]').each((order, el) => {
    const rel = ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/);
    const type = ($(el).attr('type') ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
    const rank = FEED_TYPES[type];
    // rel="alternate" is the standard; rel="feed" (HTML5) too. Stylesheets with an XML type are not feeds.
    if (rank === undefined || !(rel.includes('alternate') || rel.includes('feed')) || rel.includes('stylesheet')) return;
    if (type === 'application/json' && !/feed/i.test($(el).attr('title') ?? $(el).attr('href') ?? '')) return;
    const url = absolute($(el).attr('href') ?? '', base);
    const comments = /comment/i.test(`${$(el).attr('title') ?? ''} ${url ?? ''}`);
    if (url) found.push({ url, rank: rank + (comments ? 10 : 0), order });
  });
  found.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return [...new Set(found.map((f) => f.url))];
}

function absolute(href: string, base: string): string | null {
  const trimmed = href.trim();
  if (!trimmed || /^(javascript|data|mailto):/i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed, base);
    url.hash = '';
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
