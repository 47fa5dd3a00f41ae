// Admin decisions, replayed in order over freshly clustered claims so they survive re-extraction.
import { z } from 'zod';
import type { Claim, Kind, MilestoneDraft, Precision, Status } from './types.ts';
import { KINDS } from './lexicon.ts';

const day = z.string().regex(/^\d{4}(-\d\d(-\d\d)?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const curationSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('edit'),
    title: z.string().min(1).max(300).optional(),
    date: day.optional(),
    kind: z.enum(KINDS).optional(),
    status: z.enum(['happened', 'planned']).optional(),
    deadline: z.string().regex(/^\d{4}-\d\d-\d\d$/).nullable().optional(),
  }),
  z.object({ action: z.literal('merge'), into: z.string().min(1) }),
  z.object({ action: z.literal('split'), articleIds: z.array(z.number().int().positive()).min(1), key: z.string().min(1).optional() }),
  z.object({ action: z.literal('reject') }),
  z.object({ action: z.literal('pin') }),
  z.object({ action: z.literal('unpin') }),
]);
export type CurationAction = z.infer<typeof curationSchema>;

export interface CurationRecord {
  milestoneKey: string;
  action: CurationAction;
}

export interface Overrides {
  title?: string;
  date?: string;
  precision?: Precision;
  kind?: Kind;
  status?: Status;
  deadline?: string | null;
  pinned?: boolean;
  /** Set by merge and split: the milestone's evidence was chosen by an admin. */
  regrouped?: boolean;
}

export interface Curated {
  clusters: Map<string, Claim[]>;
  overrides: Map<string, Overrides>;
  rejected: Set<string>;
}

const precisionOf = (date: string): Precision => (date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day');

function applyOne(state: Curated, rec: CurationRecord): void {
  const { clusters, overrides } = state;
  const key = rec.milestoneKey;
  const a = rec.action;
  const merge = (k: string, o: Overrides) => overrides.set(k, { ...overrides.get(k), ...o });
  if (a.action === 'merge') {
    clusters.set(a.into, [...(clusters.get(a.into) ?? []), ...(clusters.get(key) ?? [])]);
    clusters.delete(key);
    merge(a.into, { regrouped: true });
  } else if (a.action === 'split') {
    const moving = (clusters.get(key) ?? []).filter((c) => a.articleIds.includes(c.articleId));
    if (moving.length === 0) return;
    clusters.set(key, (clusters.get(key) ?? []).filter((c) => !a.articleIds.includes(c.articleId)));
    const to = a.key ?? `${key}~${[...a.articleIds].sort((x, y) => x - y).join('-')}`;
    clusters.set(to, [...(clusters.get(to) ?? []), ...moving]);
    merge(key, { regrouped: true });
    merge(to, { regrouped: true });
  } else if (a.action === 'reject') {
    state.rejected.add(key);
  } else if (a.action === 'pin' || a.action === 'unpin') {
    merge(key, { pinned: a.action === 'pin' });
  } else {
    const { action: _action, ...fields } = a;
    merge(key, { ...fields, ...(fields.date ? { precision: precisionOf(fields.date) } : {}) });
  }
}

export function applyCurations(clusters: Map<string, Claim[]>, records: CurationRecord[]): Curated {
  const state: Curated = { clusters: new Map(clusters), overrides: new Map(), rejected: new Set() };
  for (const rec of records) applyOne(state, rec);
  for (const [k, claims] of state.clusters) if (claims.length === 0 && !state.overrides.has(k)) state.clusters.delete(k);
  return state;
}

/** A draft with the admin's edits on top; an edited milestone is marked curated. */
export function withOverrides(d: MilestoneDraft, o: Overrides | undefined): MilestoneDraft {
  if (!o) return d;
  const { pinned, regrouped, ...fields } = o;
  const edited = Object.keys(fields).length > 0 || regrouped === true;
  const date = fields.date ?? d.date;
  return {
    ...d,
    ...fields,
    date,
    sortDate: date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date,
    pinned: pinned ?? d.pinned,
    curated: d.curated || edited,
  };
}
