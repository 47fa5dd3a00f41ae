// One canonical spelling per article URL, so the same story reached through a feed, a share link and a
// newsletter dedupes to one row. Only changes that never point to a different page are made.

// Query parameters that only carry campaign or click tracking.
const TRACKING_EXACT = new Set([
  'fbclid', 'gclid', 'dclid', 'gclsrc', 'msclkid', 'yclid', 'twclid', 'ttclid', 'igshid', 'mc_cid', 'mc_eid',
  'ocid', 'cmpid', 'icid', 'ncid', 'xtor', 'wt_mc', 'wt.mc_id', 'ito', 'ref_src', 'ref_url', '_ga', '_gl',
  'oly_anon_id', 'oly_enc_id', 'vero_id', 'rss', 'rss_id', 'feedtype', 'at_medium', 'at_campaign', 'spm',
  'sr_share', 'smid',
]);
const TRACKING_PREFIXES = ['utm_', 'ns_', 'pk_', 'mtm_', 'hmb_', 'at_', 'trk_'];

function isTracking(key: string): boolean {
  const k = key.toLowerCase();
  return TRACKING_EXACT.has(k) || TRACKING_PREFIXES.some((p) => k.startsWith(p));
}

/**
 * Canonical form for dedupe: lower-case host without "www.", no fragment, no default port, no tracking
 * parameters, no trailing slash, remaining parameters sorted. Unparseable input comes back trimmed.
 */
export function normalizeUrl(url: string, base?: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), base);
  } catch {
    return url.trim();
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return parsed.href;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  const port = parsed.port ? `:${parsed.port}` : '';
  const path = parsed.pathname.replace(/\/+$/, '');
  const params = [...parsed.searchParams.entries()]
    .filter(([key]) => !isTracking(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${parsed.protocol}//${auth(parsed)}${host}${port}${path}${query}`;
}

function auth(url: URL): string {
  if (!url.username) return '';
  return url.password ? `${url.username}:${url.password}@` : `${url.username}@`;
}
