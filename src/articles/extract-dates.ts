// Date strings as pages write them in metadata: ISO 8601 and its common
// variants, RFC 2822, compact digits, and dates in URL paths.

const ISO_LIKE =
  /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const URL_DATE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/_-]|$|\.|\?)/;
const URL_COMPACT = /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\//;

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function offsetMinutes(zone: string | undefined): number {
  if (!zone || /^(z|utc|gmt)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function build(parts: (string | undefined)[], zone: string | undefined): Date | null {
  const [y, mo, d, h, mi, s] = parts.map((p) => (p === undefined ? 0 : Number(p)));
  if (y === undefined || mo === undefined || d === undefined) return null;
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  if ((h ?? 0) > 23 || (mi ?? 0) > 59 || (s ?? 0) > 60) return null;
  // Date.UTC rolls 31 June over to 1 July; such a date was never meant.
  if (new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d) return null;
  const utc = Date.UTC(y, mo - 1, d, h ?? 0, mi ?? 0, s ?? 0) - offsetMinutes(zone) * 60_000;
  return new Date(utc);
}

/**
 * Parses a date as found in metadata. A time without a zone is taken as UTC:
 * the page gives no better information and the result must not depend on the
 * machine's zone.
 */
export function parseDate(raw: string | null | undefined): Date | null {
  if (!raw) return null;
  const text = raw.trim();
  if (!text) return null;
  const iso = ISO_LIKE.exec(text);
  if (iso) return build(iso.slice(1, 7), iso[7]);
  const compact = COMPACT.exec(text);
  if (compact) return build(compact.slice(1, 7), compact[7]);
  if (/^\d{10}(\d{3})?$/.test(text)) {
    const ms = text.length === 10 ? Number(text) * 1000 : Number(text);
    return inRange(new Date(ms));
  }
  // RFC 2822 and English month names; only when a zone or month name is named,
  // so that Date.parse does not read a bare number as local time.
  if (/[a-z]{3}/i.test(text)) {
    const ms = Date.parse(text.replace(/\s+at\s+/i, ' '));
    if (!Number.isNaN(ms)) return inRange(new Date(ms));
  }
  return null;
}

function inRange(date: Date): Date | null {
  const y = date.getUTCFullYear();
  return Number.isNaN(date.getTime()) || y < MIN_YEAR || y > MAX_YEAR ? null : date;
}

/** The date in a URL path such as /2023/06/03/ or /20230603/, at UTC midnight. */
export function dateFromUrl(url: string | null | undefined): Date | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DATE.exec(path) ?? URL_COMPACT.exec(path);
  return m ? build([m[1], m[2], m[3]], 'Z') : null;
}
