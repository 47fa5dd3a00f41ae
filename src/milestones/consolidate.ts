// Claims from many articles → one milestone per event, with curation replayed, pledges tracked and
// importance scored. Pure: the clock's "now" is passed in.
import { clusterClaims } from './cluster.ts';
import { applyCurations, withOverrides, type CurationRecord } from './curation.ts';
import { importanceOf } from './importance.ts';
import { trackPledges } from './pledges.ts';
import { actorsOf, chooseDate, chooseKind, confidenceOf, sortDateOf, titleOf } from './resolve.ts';
import type { Claim, MilestoneDraft } from './types.ts';

/** One evidence row per sentence per milestone, strongest first. */
function dedupe(claims: Claim[]): Claim[] {
  const seen = new Map<string, Claim>();
  for (const c of claims) {
    const id = `${c.articleId}:${c.sentenceIndex}`;
    const prev = seen.get(id);
    if (!prev || c.confidence > prev.confidence) seen.set(id, c);
  }
  return [...seen.values()].sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime() || a.articleId - b.articleId || a.sentenceIndex - b.sentenceIndex);
}

export function draftOf(key: string, raw: Claim[]): MilestoneDraft {
  const claims = dedupe(raw);
  const chosen = chooseDate(claims);
  const kind = chooseKind(claims);
  const status = claims[0]!.status;
  const deadlines = claims.map((c) => c.deadline).filter((d): d is string => d !== null).sort();
  const draft: MilestoneDraft = {
    key,
    date: chosen.date,
    precision: chosen.precision,
    endDate: chosen.endDate,
    sortDate: sortDateOf(chosen.date),
    kind,
    title: titleOf(claims, kind),
    actors: actorsOf(claims),
    status,
    confidence: confidenceOf(claims),
    importance: 0,
    // the earliest deadline any source states is the one the pledge is held to
    deadline: status === 'planned' ? (deadlines[0] ?? null) : null,
    pledgeStatus: null,
    fulfilledByKey: null,
    supersededByKey: null,
    conflict: chosen.conflict,
    pinned: false,
    curated: false,
    claims,
  };
  return { ...draft, importance: importanceOf(draft) };
}

export interface ConsolidateOptions {
  now: Date;
  curations?: CurationRecord[];
}

export function consolidate(claims: Claim[], opts: ConsolidateOptions): MilestoneDraft[] {
  const curated = applyCurations(clusterClaims(claims), opts.curations ?? []);
  const drafts: MilestoneDraft[] = [];
  for (const [key, cs] of curated.clusters) {
    if (curated.rejected.has(key) || cs.length === 0) continue;
    drafts.push(withOverrides(draftOf(key, cs), curated.overrides.get(key)));
  }
  const tracked = trackPledges(drafts, opts.now);
  return tracked.sort((a, b) => a.sortDate.localeCompare(b.sortDate) || a.key.localeCompare(b.key));
}
