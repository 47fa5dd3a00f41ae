// Feed dates in the forms publishers actually write: RFC 822 with odd zones, ISO 8601/W3CDTF/RFC 3339 with
// their shortened forms, asctime, and a few local formats (Korean portals, Greek, Hungarian).
// Always a valid Date or null; a date we cannot read is better missing than wrong.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

// Offsets in minutes east of UTC. Single-letter US zones are what feedparser's corpus shows publishers mean.
const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, 'etc/gmt': 0, 'etc/utc': 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  at: -240, et: -300, ct: -360, mt: -420, pt: -480, akst: -540, akdt: -480, hst: -600,
  met: 60, mest: 120, cet: 60, cest: 120, wet: 0, west: 60, eet: 120, eest: 180, bst: 60, ist: 330,
  kst: 540, jst: 540, hkt: 480, sgt: 480, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
};

interface Parts { y: number; mo: number; d: number; h?: number; mi?: number; s?: number; offset?: number }

function build(p: Parts): Date | null {
  const { y, mo, d, h = 0, mi = 0, s = 0, offset = 0 } = p;
  if (mo < 1 || mo > 12 || d < 1 || h > 24 || mi > 59 || s > 60) return null;
  const daysInMonth = new Date(Date.UTC(2000, mo, 0)).getUTCDate() - (mo === 2 && !isLeap(y) ? 1 : 0);
  if (d > daysInMonth) return null;
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, Math.min(s, 59), 0);
  const time = date.getTime() - offset * 60000;
  return Number.isFinite(time) ? new Date(time) : null;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function fullYear(text: string): number {
  const y = Number(text);
  if (text.length > 2) return y;
  return y < 70 ? 2000 + y : 1900 + y;
}

/** "+05:30", "-0800", "+09", "GMT-01:01", "EST" → minutes east of UTC; undefined when not a zone. */
function zoneOffset(zone: string | undefined): number | undefined {
  const z = (zone ?? '').trim().toLowerCase();
  if (!z) return 0;
  if (z in ZONES) return ZONES[z];
  const m = /^(?:gmt|utc|ut)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(z);
  if (!m) return undefined;
  const minutes = Number(m[3] ?? 0);
  if (minutes > 59 || Number(m[2]) > 14) return undefined;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + minutes);
}

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?`;

function withTime(y: number, mo: number, d: number, m: RegExpExecArray, at: number, zone?: string): Date | null {
  const offset = zoneOffset(zone);
  if (offset === undefined) return null;
  const h = m[at] === undefined ? 0 : Number(m[at]);
  const mi = m[at + 1] === undefined ? 0 : Number(m[at + 1]);
  const s = m[at + 2] === undefined ? 0 : Number(m[at + 2]);
  return build({ y, mo, d, h, mi, s, offset });
}

const ISO = new RegExp(String.raw`^(\d{4})(?:-?(\d{1,3})(?:-?(\d{1,2}))?)?(?:[T\s]+${TIME}\s*(Z|[+-]\d{1,2}(?::?\d{2})?)?)?$`, 'i');

function parseIso(s: string): Date | null {
  const m = /^\d{5,}$/.test(s) && s.length !== 8 ? null : ISO.exec(s);
  if (m) return withTime(Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1), m, 4, m[7]);
  const short = /^(\d{2})-?(\d{2})-?(\d{2})$/.exec(s); // YYMMDD, YY-MM-DD
  if (short) return build({ y: fullYear(short[1] ?? ''), mo: Number(short[2]), d: Number(short[3]) });
  const month = /^-(\d{2})-?(\d{2})$/.exec(s); // -YYMM, -YY-MM
  if (month) return build({ y: fullYear(month[1] ?? ''), mo: Number(month[2]), d: 1 });
  // YYYY-DDD only: a bare five-digit "YYDDD" is as likely to be garbage as a date.
  const ordinal = /^(\d{4})-?(\d{3})$/.exec(s);
  if (ordinal) return fromOrdinal(Number(ordinal[1]), Number(ordinal[2]));
  return null;
}

function fromOrdinal(y: number, day: number): Date | null {
  if (day < 1 || day > (isLeap(y) ? 366 : 365)) return null;
  const date = build({ y, mo: 1, d: 1 });
  return date ? new Date(date.getTime() + (day - 1) * 86400000) : null;
}

const ZONE = String.raw`([A-Za-z]{1,5}(?:/[A-Za-z]+)?(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{1,2}(?::?\d{2})?)`;
const RFC822 = new RegExp(String.raw`^(?:[A-Za-z]+\.?,?\s*)?(\d{1,2})[\s-]+([A-Za-z]+)\.?,?[\s-]+(\d{2,4})(?:,?\s+${TIME})?(?:\s*${ZONE})?$`);
const MONTH_FIRST = new RegExp(String.raw`^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(?:(\d{4})\s+)?${TIME}?(?:\s*${ZONE})?(?:\s+(\d{4}))?$`);

function monthNumber(name: string | undefined): number | undefined {
  return MONTHS[(name ?? '').slice(0, 3).toLowerCase()];
}

function parseRfc822(s: string): Date | null {
  const m = RFC822.exec(s);
  if (m) {
    const mo = monthNumber(m[2]);
    return mo ? withTime(fullYear(m[3] ?? ''), mo, Number(m[1]), m, 4, m[7]) : null;
  }
  const p = /^(?:[A-Za-z]+,?\s*)?(\d{4})\/(\d{1,2})\/(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(\S+)?$/.exec(s); // Perforce
  if (p) return withTime(Number(p[1]), Number(p[2]), Number(p[3]), p, 4, p[7]);
  const a = MONTH_FIRST.exec(s); // asctime, JavaScript's Date#toString, "November 23, 2026"
  if (!a) return null;
  const mo = monthNumber(a[1]);
  const year = a[3] ?? a[8];
  return mo && year ? withTime(Number(year), mo, Number(a[2]), a, 4, a[7]) : null;
}

function parseKorean(s: string): Date | null {
  const onblog = /^(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일\s+(\d{1,2}):(\d{2}):(\d{2})$/.exec(s);
  if (onblog) return withTime(Number(onblog[1]), Number(onblog[2]), Number(onblog[3]), onblog, 4, '+09:00');
  const nate = /^(\d{4})-(\d{2})-(\d{2})\s+(오전|오후)\s+(\d{1,2}):(\d{2}):(\d{2})$/.exec(s);
  if (!nate) return null;
  const hour = (Number(nate[5]) % 12) + (nate[4] === '오후' ? 12 : 0);
  return build({ y: Number(nate[1]), mo: Number(nate[2]), d: Number(nate[3]), h: hour, mi: Number(nate[6]), s: Number(nate[7]), offset: 540 });
}

const GREEK: Record<string, string> = {
  'Κυρ': 'Sun', 'Δευ': 'Mon', 'Τρι': 'Tue', 'Τετ': 'Wed', 'Πεμ': 'Thu', 'Παρ': 'Fri', 'Σαβ': 'Sat',
  'Ιαν': 'Jan', 'Φεβ': 'Feb', 'Μάώ': 'Mar', 'Μαώ': 'Mar', 'Απρ': 'Apr', 'Μάι': 'May', 'Μαϊ': 'May', 'Μαι': 'May',
  'Ιούν': 'Jun', 'Ιον': 'Jun', 'Ιούλ': 'Jul', 'Ιολ': 'Jul', 'Αύγ': 'Aug', 'Αυγ': 'Aug', 'Σεπ': 'Sep',
  'Οκτ': 'Oct', 'Νοέ': 'Nov', 'Νοε': 'Nov', 'Δεκ': 'Dec',
};
const HUNGARIAN: Record<string, string> = {
  'január': '01', 'február': '02', 'március': '03', 'április': '04', 'május': '05', 'június': '06',
  'július': '07', 'augusztus': '08', 'szeptember': '09', 'október': '10', 'november': '11', 'december': '12',
};

function translate(s: string): string {
  let out = s.replace(/[\u0370-\u03ff\u1f00-\u1fff]+/g, (w) => GREEK[w] ?? w);
  out = out.replace(/^(\d{4})-([a-záéíóöőúüű]+)-(\d{1,2})T(\d):/i, (all, y: string, mon: string, d: string, h: string) =>
    HUNGARIAN[mon.toLowerCase()] ? `${y}-${HUNGARIAN[mon.toLowerCase()]}-${d.padStart(2, '0')}T0${h}:` : all);
  return out.replace(/^(\d{4})-([a-záéíóöőúüű]+)-/i, (all, y: string, mon: string) =>
    HUNGARIAN[mon.toLowerCase()] ? `${y}-${HUNGARIAN[mon.toLowerCase()]}-` : all);
}

/** Any feed date string → Date, or null when it is empty or not a date we can trust. */
export function parseFeedDate(input: string | null | undefined): Date | null {
  // Real dates are short; a long string is not one, and bounding it keeps the regexes cheap.
  if (!input || input.length > 200) return null;
  const s = translate(input.replace(/\s+/g, ' ').trim());
  if (!s) return null;
  return parseIso(s) ?? parseRfc822(s) ?? parseKorean(s);
}
