// Groups claims into events. One base key (status + family) and one year form a bucket. Inside it, day
// claims a few days apart are one event (time zones: 28 vs 29 Dec); a month-only claim joins the event of
// that month that most sources report, a year-only recall the event of the year that most sources report.
import { baseOf, isRecurring } from './keys.ts';
import { sourcesOf } from './resolve.ts';
import type { Claim } from './types.ts';

const DAY_MS = 86_400_000;
const NEAR_DAYS = 3;

const dayOf = (c: Claim) => Date.parse(c.date) / DAY_MS;
const biggest = (clusters: Claim[][]) => clusters.reduce((a, b) => (sourcesOf(b) > sourcesOf(a) ? b : a));

/** The event a vaguer claim belongs to: one at the same venue if any ("the 2023 Camp David summit"), else the most reported. */
function homeOf(c: Claim, clusters: Claim[][]): Claim[] {
  const samePlace = c.place ? clusters.filter((cl) => cl.some((m) => m.place === c.place)) : [];
  return biggest(samePlace.length ? samePlace : clusters);
}

function clusterBucket(claims: Claim[]): Claim[][] {
  const clusters: Claim[][] = [];
  const days = claims.filter((c) => c.precision === 'day').sort((a, b) => dayOf(a) - dayOf(b));
  for (const c of days) {
    const home = clusters.find((cl) => cl.every((m) => Math.abs(dayOf(m) - dayOf(c)) <= NEAR_DAYS));
    if (home) home.push(c);
    else clusters.push([c]);
  }
  for (const c of claims.filter((x) => x.precision === 'month')) {
    const same = clusters.filter((cl) => cl[0]!.date.slice(0, 7) === c.date);
    if (same.length) homeOf(c, same).push(c);
    else clusters.push([c]);
  }
  const yearOnly = claims.filter((c) => c.precision === 'year');
  if (clusters.length === 0) return yearOnly.length ? [yearOnly] : [];
  for (const c of yearOnly) homeOf(c, clusters).push(c);
  return clusters;
}

/** The period naming a cluster at a given precision (4 = year, 7 = month, 10 = day). */
function periodOf(cluster: Claim[], length: number): string {
  const finest = [...cluster].sort((a, b) => b.date.length - a.date.length)[0]!;
  return finest.date.slice(0, Math.min(length, finest.date.length));
}

/**
 * Keys stay as coarse as they can, so a milestone keeps its key (and id, and curation) as sources refine it:
 * one-off families are keyed by year, recurring ones by month; when a period holds several events, the one
 * most sources report keeps the coarse key and the others take the next finer period.
 */
function keysOf(base: string, year: string, clusters: Claim[][]): string[] {
  const family = base.replace(/^due:/, '');
  const first = isRecurring(family) ? 7 : 4;
  const keys = clusters.map((cl) => (first === 4 ? year : periodOf(cl, 7)));
  for (const length of [7, 10]) {
    if (length <= first && length !== 7) continue;
    const groups = new Map<string, number[]>();
    keys.forEach((k, i) => groups.set(k, [...(groups.get(k) ?? []), i]));
    for (const idx of groups.values()) {
      if (idx.length < 2) continue;
      const main = idx.reduce((a, b) => (sourcesOf(clusters[b]!) > sourcesOf(clusters[a]!) ? b : a));
      for (const i of idx) if (i !== main) keys[i] = periodOf(clusters[i]!, length);
    }
  }
  return keys.map((k) => `${base}:${k}`);
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
    const keys = keysOf(base, year, clusters);
    clusters.forEach((cluster, i) => out.set(keys[i]!, [...(out.get(keys[i]!) ?? []), ...cluster]));
  }
  return out;
}
