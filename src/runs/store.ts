import type { Db } from '../db.ts';

export type RunKind = 'ingest' | 'digest' | 'reextract';
export type RunTrigger = 'cron' | 'cli' | 'api' | 'demo' | 'admin';
export type RunStatus = 'running' | 'ok' | 'partial' | 'failed' | 'skipped';
export interface RunError {
  feedId?: number;
  url?: string;
  code: string;
  message: string;
}

export async function startRun(db: Db, kind: RunKind, trigger: RunTrigger, now: Date): Promise<number> {
  const run = await db.run.create({ data: { kind, trigger, status: 'running', startedAt: now, counts: {}, errors: [] } });
  return run.id;
}

export async function finishRun(
  db: Db,
  id: number,
  result: { status: RunStatus; counts: Record<string, number>; errors: RunError[]; finishedAt: Date },
): Promise<void> {
  // Keep the stored error list bounded: a run over many broken feeds must not write megabytes.
  await db.run.update({ where: { id }, data: { ...result, errors: result.errors.slice(0, 200) as object[] } });
}

export async function listRuns(db: Db, opts: { kind?: RunKind; limit: number }) {
  const rows = await db.run.findMany({ where: opts.kind ? { kind: opts.kind } : {}, orderBy: { id: 'desc' }, take: opts.limit });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    trigger: r.trigger,
    status: r.status,
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
    counts: r.counts as Record<string, number>,
    errors: r.errors as unknown as RunError[],
  }));
}

export type RunDto = Awaited<ReturnType<typeof listRuns>>[number];
