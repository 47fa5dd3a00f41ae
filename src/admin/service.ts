// What the admin dashboard shows, gathered in one call.
import type { AppContext } from '../context.ts';
import { recentRuns, type RunDto } from '../runs/service.ts';
import { topicCounts, type TopicCounts } from './store.ts';

export interface Dashboard {
  topics: TopicCounts[];
  runs: RunDto[];
}

export async function dashboard(ctx: Pick<AppContext, 'db'>): Promise<Dashboard> {
  return { topics: await topicCounts(ctx.db), runs: await recentRuns(ctx, { limit: 10 }) };
}
