// Every Prisma query of the milestone pipeline. Returns plain objects; writes are short, one milestone at a time.
import type { Db } from '../db.ts';
import { Prisma } from '../generated/sqlite/client.ts';
import type { CurationAction, CurationRecord } from './curation.ts';
import type { Claim, MilestoneDraft } from './types.ts';

export interface SourceArticle {
  id: number;
  url: string;
  outlet: string;
  publishedAt: Date;
  text: string;
  title: string | null;
  language: string | null;
  storyKey: string | null;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

/**
 * The topic's relevant articles that can carry milestones: the given ids plus every article already cited as
 * evidence (all relevant articles when `ids` is 'all'). Undated articles use their fetch time.
 */
export async function loadSourceArticles(db: Db, topicId: number, ids: number[] | 'all'): Promise<SourceArticle[]> {
  const where =
    ids === 'all'
      ? { topicId, status: 'relevant' }
      : { topicId, status: 'relevant', OR: [{ id: { in: ids } }, { evidence: { some: {} } }] };
  const rows = await db.article.findMany({
    where,
    select: { id: true, url: true, canonicalUrl: true, outlet: true, publishedAt: true, fetchedAt: true, text: true, title: true, language: true, storyKey: true },
    orderBy: { id: 'asc' },
  });
  return rows.map((r) => ({
    id: r.id,
    url: r.canonicalUrl || r.url,
    outlet: r.outlet ?? hostOf(r.canonicalUrl || r.url),
    publishedAt: r.publishedAt ?? r.fetchedAt,
    text: r.text,
    title: r.title,
    language: r.language,
    storyKey: r.storyKey,
  }));
}

export async function listCurations(db: Db, topicId: number): Promise<CurationRecord[]> {
  const rows = await db.curation.findMany({ where: { topicId }, orderBy: { id: 'asc' } });
  return rows.map((r) => ({ milestoneKey: r.milestoneKey, action: r.payload as unknown as CurationAction }));
}

export async function addCuration(db: Db, topicId: number, milestoneKey: string, action: CurationAction): Promise<void> {
  await db.curation.create({ data: { topicId, milestoneKey, action: action.action, payload: action as Prisma.InputJsonValue } });
}

export async function findMilestoneRef(db: Db, id: number): Promise<{ id: number; topicId: number; key: string } | null> {
  return db.milestone.findUnique({ where: { id }, select: { id: true, topicId: true, key: true } });
}

export async function milestoneKeyExists(db: Db, topicId: number, key: string): Promise<boolean> {
  return (await db.milestone.count({ where: { topicId, key } })) > 0;
}

function fieldsOf(d: MilestoneDraft) {
  return {
    date: d.date,
    precision: d.precision,
    endDate: d.endDate,
    sortDate: d.sortDate,
    kind: d.kind,
    title: d.title,
    actors: d.actors,
    status: d.status,
    confidence: d.confidence,
    importance: d.importance,
    deadline: d.deadline,
    pledgeStatus: d.pledgeStatus,
    conflict: d.conflict ?? null,
    pinned: d.pinned,
    curated: d.curated,
  };
}

const evidenceOf = (c: Claim) => ({
  articleId: c.articleId,
  sentenceIndex: c.sentenceIndex,
  quote: c.quote,
  dateText: c.dateText,
  claimedDate: c.date,
  claimedPrecision: c.precision,
});

type Existing = Awaited<ReturnType<typeof loadExisting>>[number];

async function loadExisting(db: Db, topicId: number) {
  return db.milestone.findMany({ where: { topicId }, include: { evidence: true } });
}

// PostgreSQL's jsonb reorders object keys, so compare JSON with keys sorted.
const canonical = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(canonical)
    : v && typeof v === 'object'
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, canonical(x)]))
      : v;
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

function changedFields(row: Existing, d: MilestoneDraft): boolean {
  const want = fieldsOf(d);
  return (Object.keys(want) as (keyof typeof want)[]).some((k) => !same(row[k] ?? null, want[k] ?? null));
}

/** Writes one milestone and its evidence; returns [milestone changed, evidence rows added]. */
async function writeOne(db: Db, topicId: number, d: MilestoneDraft, row: Existing | undefined): Promise<[number, number, number]> {
  const conflict = d.conflict ? (d.conflict as unknown as Prisma.InputJsonValue) : Prisma.DbNull;
  const data = { ...fieldsOf(d), conflict };
  const wanted = new Map(d.claims.map((c) => [`${c.articleId}:${c.sentenceIndex}`, evidenceOf(c)]));
  if (!row) {
    try {
      const created = await db.milestone.create({
        data: { topicId, key: d.key, ...data, evidence: { create: [...wanted.values()] } },
        select: { id: true },
      });
      return [created.id, 1, wanted.size];
    } catch (err) {
      if ((err as { code?: string }).code !== 'P2002') throw err;
      // another process created it first: bring that row up to date instead
      const other = await db.milestone.findUnique({ where: { topicId_key: { topicId, key: d.key } }, include: { evidence: true } });
      if (!other) throw err;
      return writeOne(db, topicId, d, other);
    }
  }
  const have = new Map(row.evidence.map((e) => [`${e.articleId}:${e.sentenceIndex}`, e]));
  const stale = row.evidence.filter((e) => {
    const w = wanted.get(`${e.articleId}:${e.sentenceIndex}`);
    return !w || w.quote !== e.quote || w.dateText !== e.dateText || w.claimedDate !== e.claimedDate || w.claimedPrecision !== e.claimedPrecision;
  });
  const staleIds = new Set(stale.map((e) => e.id));
  const fresh = [...wanted.entries()].filter(([k]) => !have.has(k) || staleIds.has(have.get(k)!.id)).map(([, v]) => v);
  const changed = changedFields(row, d);
  if (!changed && stale.length === 0 && fresh.length === 0) return [row.id, 0, 0];
  await db.$transaction([
    ...(changed ? [db.milestone.update({ where: { id: row.id }, data })] : []),
    db.evidence.deleteMany({ where: { id: { in: [...staleIds] } } }),
    db.evidence.createMany({ data: fresh.map((e) => ({ ...e, milestoneId: row.id })) }),
  ]);
  return [row.id, changed || stale.length > 0 ? 1 : 0, fresh.length];
}

/** Makes the topic's stored milestones equal to the drafts; running it twice changes nothing. */
export async function syncMilestones(db: Db, topicId: number, drafts: MilestoneDraft[]): Promise<{ milestones: number; evidence: number }> {
  const existing = new Map((await loadExisting(db, topicId)).map((m) => [m.key, m]));
  const ids = new Map<string, number>();
  let milestones = 0;
  let evidence = 0;
  for (const d of drafts) {
    const [id, m, e] = await writeOne(db, topicId, d, existing.get(d.key));
    ids.set(d.key, id);
    milestones += m;
    evidence += e;
  }
  const gone = [...existing.values()].filter((m) => !ids.has(m.key)).map((m) => m.id);
  if (gone.length) await db.milestone.deleteMany({ where: { id: { in: gone } } });
  for (const d of drafts) {
    const fulfilledById = d.fulfilledByKey ? (ids.get(d.fulfilledByKey) ?? null) : null;
    const supersededById = d.supersededByKey ? (ids.get(d.supersededByKey) ?? null) : null;
    const row = existing.get(d.key);
    if (row && row.fulfilledById === fulfilledById && row.supersededById === supersededById) continue;
    if (!row && !fulfilledById && !supersededById) continue;
    await db.milestone.update({ where: { id: ids.get(d.key)! }, data: { fulfilledById, supersededById } });
  }
  return { milestones: milestones + gone.length, evidence };
}
