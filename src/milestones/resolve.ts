// One milestone from the claims of one event: its date by a documented rule, the disagreements, the title.
//
// Date rule: take the finest precision any source gives (a later "Dec. 29, 2014" refines "2014"); among the
// claims at that precision, the date backed by the most independent outlets wins; a tie goes to the date an
// official source (government site) gives, then to the earliest report. Every competing claim is kept in
// `conflict` with its sources. A pledge (planned) is named by the period most sources promise instead: a
// later "fully operational in December" does not rewrite a promise made for "this year".
import { makeTitle } from './title.ts';
import { isGenericKey, kindRank } from './keys.ts';
import { ACTORS, OBJECTS } from './lexicon.ts';
import type { Claim, DateClaim, Kind, Precision } from './types.ts';

const RANK: Record<Precision, number> = { day: 3, month: 2, year: 1 };
const OFFICIAL = /\.(gov|mil)(\.|\/|$)|\.go\.(kr|jp)|ministry|\bgov\b|white house|pentagon|defense\.gov|mod\.go|mofa/i;

/** Independent sources: syndicated copies of one story count once, as do several articles of one outlet. */
export const sourcesOf = (claims: Claim[]) => new Set(claims.map((c) => (c.storyKey ? `story:${c.storyKey}` : c.outlet))).size;

export const isOfficial = (c: Pick<Claim, 'outlet' | 'articleUrl'>) => OFFICIAL.test(c.outlet) || OFFICIAL.test(c.articleUrl);

export interface ChosenDate {
  date: string;
  precision: Precision;
  endDate: string | null;
  conflict: DateClaim[] | null;
}

function dateClaim(date: string, claims: Claim[]): DateClaim {
  const first = claims[0]!;
  return {
    date,
    precision: first.precision,
    sources: claims.map((c) => ({
      outlet: c.outlet,
      articleUrl: c.articleUrl,
      publishedAt: c.publishedAt.toISOString(),
      quote: c.quote,
    })),
  };
}

export function chooseDate(claims: Claim[]): ChosenDate {
  // A pledge is named by the period most sources promise; an event by the finest date any source gives.
  const planned = claims[0]!.status === 'planned';
  const finest = Math.max(...claims.map((c) => RANK[c.precision]));
  const atFinest = planned ? claims : claims.filter((c) => RANK[c.precision] === finest);
  const byDate = new Map<string, Claim[]>();
  for (const c of atFinest) byDate.set(c.date, [...(byDate.get(c.date) ?? []), c]);
  const score = (cs: Claim[]) => [
    sourcesOf(cs),
    cs.some(isOfficial) ? 1 : 0,
    -Math.min(...cs.map((c) => c.publishedAt.getTime())),
  ];
  const ranked = [...byDate.entries()].sort((a, b) => {
    const [x, y] = [score(a[1]), score(b[1])];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return y[i]! - x[i]!;
    return a[0].localeCompare(b[0]);
  });
  const [date, winners] = ranked[0]!;
  const conflict = ranked.length > 1 && !planned ? ranked.map(([d, cs]) => dateClaim(d, cs)) : null;
  return { date, precision: winners[0]!.precision, endDate: winners.find((c) => c.endDate)?.endDate ?? null, conflict };
}

/** Most frequent non-null value; ties go to the earlier in `order` (or first seen). */
function mode(values: (string | null)[], order: string[] = []): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  const pos = (v: string) => (order.includes(v) ? order.indexOf(v) : order.length);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || pos(a[0]) - pos(b[0]))[0]?.[0] ?? null;
}

export function chooseKind(claims: Claim[]): Kind {
  return claims.map((c) => c.kind).sort((a, b) => kindRank(a) - kindRank(b))[0]!;
}

const DECIDED = /\b(decided|decides|resolved)\b|결정|決定/i;

export function titleOf(claims: Claim[], kind: Kind): string {
  if (isGenericKey(claims[0]!.key)) return sentenceTitle(claims);
  const actors = actorsOf(claims);
  const order = OBJECTS.map((o) => o.id);
  const objects = [mode(claims.flatMap((c) => c.objects), order)].filter((o): o is string => o !== null);
  const status = claims[0]!.status;
  const role = mode(claims.map((c) => c.role));
  const decided = claims.filter((c) => DECIDED.test(c.quote)).length > claims.length / 2;
  return makeTitle({ kind, status, actors, role, objects, place: mode(claims.map((c) => c.place)), decided });
}

/** Generic events have no lexicon to name them: the title of the surest, earliest English report. */
function sentenceTitle(claims: Claim[]): string {
  const english = claims.filter((c) => !/[^\x20-\x7e…]/.test(c.title));
  const pool = english.length ? english : claims;
  // a title of one or two words ("Explosion") says less than a clause, whatever its confidence
  const telling = (c: Claim) => (c.title.split(' ').length >= 3 ? 1 : 0);
  const best = [...pool].sort(
    (a, b) => telling(b) - telling(a) || b.confidence - a.confidence || a.publishedAt.getTime() - b.publishedAt.getTime(),
  )[0]!;
  return best.title;
}

/** Every actor any source names, in one fixed order; for generic events the three named most often. */
export function actorsOf(claims: Claim[]): string[] {
  if (isGenericKey(claims[0]!.key)) {
    const counts = new Map<string, number>();
    for (const a of claims.flatMap((c) => c.actors)) counts.set(a, (counts.get(a) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([a]) => a);
  }
  const order = ACTORS.map((a) => a.label);
  return [...new Set(claims.flatMap((c) => c.actors))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** Chance that at least one independent outlet is right, from each outlet's most confident claim. */
export function confidenceOf(claims: Claim[]): number {
  const best = new Map<string, number>();
  for (const c of claims) best.set(c.outlet, Math.max(best.get(c.outlet) ?? 0, c.confidence));
  const miss = [...best.values()].reduce((p, c) => p * (1 - c), 1);
  return Math.round(Math.min(0.99, 1 - miss) * 100) / 100;
}

export function sortDateOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}
