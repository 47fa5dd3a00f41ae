// Groups claims into events: one base key (status + family) and one year form a bucket; inside it, claims
// at month or day precision that fall close together are one event, and year-only recalls join the event
// most outlets report.
import { baseOf, isRecurring } from './keys.ts';
import type { Claim } from './types.ts';

const dayOf = (c: Claim) => Date.parse(c.precision === 'day' ? c.date : `${c.date}-01`.slice(0, 10)) / 86_400_000;

/** Two finer claims name one event when they share a month, or are days apart (time zones: 28 vs 29 Dec). */
function compatible(a: Claim, b: Claim): boolean {
  if (a.date.slice(0, 7) === b.date.slice(0, 7)) return true;
  return a.precision === 'day' && b.precision === 'day' && Math.abs(dayOf(a) - dayOf(b)) <= 3;
}

const outletsOf = (claims: Claim[]) => new Set(claims.map((c) => c.outlet)).size;

function clusterBucket(claims: Claim[]): Claim[][] {
  const finer = claims.filter((c) => c.precision !== 'year').sort((a, b) => dayOf(a) - dayOf(b));
  const clusters: Claim[][] = [];
  for (const c of finer) {
    const home = clusters.find((cl) => compatible(cl[0]!, c));
    if (home) home.push(c);
    else clusters.push([c]);
  }
  const yearOnly = claims.filter((c) => c.precision === 'year');
  if (yearOnly.length === 0) return clusters;
  if (clusters.length === 0) return [yearOnly];
  const biggest = clusters.reduce((a, b) => (outletsOf(b) > outletsOf(a) ? b : a));
  biggest.push(...yearOnly);
  return clusters;
}

/** Final key of a cluster: year-level for one-off families unless the year holds several events. */
function keyOf(base: string, year: string, cluster: Claim[], clustersInYear: number): string {
  const finest = cluster.find((c) => c.precision !== 'year');
  const family = base.replace(/^due:/, '');
  if (finest && (isRecurring(family) || clustersInYear > 1)) return `${base}:${finest.date.slice(0, 7)}`;
  return `${base}:${year}`;
}

export function clusterClaims(claims: Claim[]): Map<string, Claim[]> {
  const buckets = new Map<string, Claim[]>();
  for (const c of claims) {
    const id = `${baseOf(c.key)}|${c.date.slice(0, 4)}`;
    buckets.set(id, [...(buckets.get(id) ?? []), c]);
  }
  const out = new Map<string, Claim[]>();
  for (const [id, bucket] of buckets) {
    const [base, year] = id.split('|') as [string, string];
    const clusters = clusterBucket(bucket);
    for (const cluster of clusters) {
      const key = keyOf(base, year, cluster, clusters.length);
      out.set(key, [...(out.get(key) ?? []), ...cluster]);
    }
  }
  return out;
}
