// Wraps a job body so every run is recorded with its counts and errors, even when it throws.
import type { AppContext } from '../context.ts';
import { finishRun, startRun, type RunError, type RunKind, type RunStatus, type RunTrigger } from './store.ts';

export interface RunOutcome {
  counts: Record<string, number>;
  errors: RunError[];
  status?: RunStatus;
}

export interface RunSummary extends RunOutcome {
  id: number;
  kind: RunKind;
  status: RunStatus;
}

export async function recordRun(
  ctx: Pick<AppContext, 'db' | 'clock' | 'log'>,
  kind: RunKind,
  trigger: RunTrigger,
  body: () => Promise<RunOutcome>,
): Promise<RunSummary> {
  const id = await startRun(ctx.db, kind, trigger, ctx.clock.now());
  try {
    const out = await body();
    const status = out.status ?? (out.errors.length ? 'partial' : 'ok');
    await finishRun(ctx.db, id, { status, counts: out.counts, errors: out.errors, finishedAt: ctx.clock.now() });
    ctx.log.info({ runId: id, kind, trigger, status, ...out.counts }, 'run finished');
    return { id, kind, status, ...out };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    await finishRun(ctx.db, id, { status: 'failed', counts: {}, errors: [{ code: 'internal', message }], finishedAt: ctx.clock.now() });
    ctx.log.error({ runId: id, kind, err }, 'run failed');
    throw err;
  }
}
