// Ingestion: the one use case behind `tidemark ingest`, the scheduled job and POST /api/feeds/:id/refresh.
import type { AppContext } from '../context.ts';
import { dueFeeds, type FeedRow } from '../feeds/store.ts';
import { createFetcher } from '../fetch/index.ts';
import { createHostLimiter } from '../fetch/host-limiter.ts';
import { withLease } from '../jobs/lease.ts';
import { recordRun, type RunSummary } from '../runs/record.ts';
import type { RunError, RunTrigger } from '../runs/store.ts';
import { findTopicById } from '../topics/store.ts';
import { fetchPolicy, scheduleBounds } from './policy.ts';
import { failedPoll, pollFeed, type PollResult, type PollTools } from './poll.ts';

const FEEDS_AT_ONCE = 4;

export async function ingest(ctx: AppContext, opts: { trigger: RunTrigger; feedIds?: number[] }): Promise<RunSummary> {
  // A whole run holds the 'ingest' lease so two processes never poll the same feeds at once.
  if (opts.feedIds) return recordRun(ctx, 'ingest', opts.trigger, () => pollFeeds(ctx, opts.feedIds));
  const leased = await withLease(ctx, 'ingest', 60 * 60_000, () => recordRun(ctx, 'ingest', opts.trigger, () => pollFeeds(ctx)));
  if (leased.ran) return leased.value;
  return recordRun(ctx, 'ingest', opts.trigger, async () => ({ status: 'skipped', counts: {}, errors: [{ code: 'busy', message: 'another ingest run holds the lease' }] }));
}

async function pollFeeds(ctx: AppContext, ids?: number[]) {
  const feeds = await dueFeeds(ctx.db, ctx.clock.now(), ids);
  const fetch = createFetcher(fetchPolicy(ctx.config), ctx.clock);
  const limit = createHostLimiter({ perHost: ctx.config.FETCH_PER_HOST, delayMs: ctx.config.FETCH_HOST_DELAY_MS });
  const limited: PollTools['fetchFeed'] = (req) => limit(req.url, () => fetch(req));
  const tools: PollTools = { fetchFeed: limited, fetchPage: limited, bounds: scheduleBounds(ctx.config), maxItems: ctx.config.ARTICLES_PER_FEED };
  const counts = { feeds: feeds.length, ok: 0, notModified: 0, failed: 0, articles: 0, relevant: 0, skipped: 0, milestones: 0, evidence: 0 };
  const errors: RunError[] = [];
  const queue = [...feeds];
  // Each worker takes the next feed; one slow feed never holds the others back.
  const worker = async () => {
    for (let feed = queue.shift(); feed; feed = queue.shift()) {
      const r = await pollOne(ctx, feed, tools);
      tally(counts, r);
      if (r.error) errors.push({ feedId: feed.id, url: feed.url, ...r.error });
      for (const message of r.itemErrors.slice(0, 5)) errors.push({ feedId: feed.id, url: feed.url, code: 'item', message });
    }
  };
  await Promise.all(Array.from({ length: Math.min(FEEDS_AT_ONCE, feeds.length) }, worker));
  const status = feeds.length > 0 && counts.failed === feeds.length ? 'failed' : errors.length ? 'partial' : 'ok';
  return { status: status as 'failed' | 'partial' | 'ok', counts, errors };
}

async function pollOne(ctx: AppContext, feed: FeedRow, tools: PollTools): Promise<PollResult> {
  const topic = await findTopicById(ctx.db, feed.topicId);
  if (!topic) return failedPoll({ code: 'internal', message: 'feed without topic' });
  try {
    return await pollFeed(ctx, feed, topic, tools);
  } catch (err) {
    // A bug or a database error on one feed must not lose the others.
    ctx.log.error({ feedId: feed.id, err }, 'feed poll crashed');
    return failedPoll({ code: 'internal', message: err instanceof Error ? err.message : String(err) });
  }
}

function tally(c: Record<string, number>, r: PollResult): void {
  if (r.status === 'error') c.failed!++;
  else if (r.status === 'ok') c.ok!++;
  else c.notModified!++;
  c.articles! += r.articles;
  c.relevant! += r.relevant;
  c.skipped! += r.skipped;
  c.milestones! += r.milestones;
  c.evidence! += r.evidence;
}
