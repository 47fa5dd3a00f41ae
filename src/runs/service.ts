// Run history for the admin page (and any other caller): newest first.
import type { AppContext } from '../context.ts';
import { listRuns, type RunDto, type RunKind } from './store.ts';

export type { RunDto, RunKind };

export const RUN_KINDS: readonly RunKind[] = ['ingest', 'digest', 'reextract'];

export async function recentRuns(ctx: Pick<AppContext, 'db'>, opts: { kind?: RunKind; limit?: number } = {}): Promise<RunDto[]> {
  return listRuns(ctx.db, { kind: opts.kind, limit: Math.min(Math.max(opts.limit ?? 50, 1), 500) });
}
