// Check one feed: conditional fetch, parse, store its new articles, extract milestones, schedule the next check.
import { storyKeyFor } from '../articles/fingerprint.ts';
import { insertArticle, knownKeys, recentFingerprints } from '../articles/store.ts';
import type { AppContext } from '../context.ts';
import { decodeBody } from '../feeds/charset.ts';
import { discoverFeeds } from '../feeds/discover.ts';
import { normalizeUrl } from '../feeds/normalize-url.ts';
import { FeedParseError, parseFeed, type FeedItem } from '../feeds/parse.ts';
import { updateFeed, type FeedPatch, type FeedRow } from '../feeds/store.ts';
import { feedAccept, FetchError, type Fetcher, type FetchResult } from '../fetch/index.ts';
import { nextCheckAfterFailure, nextCheckAfterSuccess, type ScheduleBounds } from '../fetch/schedule.ts';
import { extractMilestonesForArticles } from '../milestones/service.ts';
import type { TopicRow } from '../topics/store.ts';
import { buildArticle } from './article.ts';
import { serialized } from './serialize.ts';

export interface PollTools {
  fetchFeed: Fetcher;
  fetchPage: Fetcher;
  bounds: ScheduleBounds;
  maxItems: number;
}

export interface PollResult {
  status: 'ok' | 'not_modified' | 'unchanged' | 'error';
  articles: number;
  relevant: number;
  skipped: number;
  milestones: number;
  evidence: number;
  itemErrors: string[];
  error?: { code: string; message: string };
}

const empty = (status: PollResult['status']): PollResult => ({ status, articles: 0, relevant: 0, skipped: 0, milestones: 0, evidence: 0, itemErrors: [] });

export const failedPoll = (error: { code: string; message: string }): PollResult => ({ ...empty('error'), error });

export async function pollFeed(ctx: AppContext, feed: FeedRow, topic: TopicRow, tools: PollTools): Promise<PollResult> {
  const now = ctx.clock.now();
  let res: FetchResult;
  try {
    res = await tools.fetchFeed({ url: feed.url, etag: feed.etag, lastModified: feed.lastModified, accept: feedAccept });
  } catch (err) {
    return recordFailure(ctx, feed, tools, err);
  }
  const base: FeedPatch = {
    lastCheckedAt: now,
    lastHttpStatus: res.status,
    etag: res.etag ?? feed.etag,
    lastModified: res.lastModified ?? feed.lastModified,
    ...(res.permanentRedirect && res.permanentRedirect !== feed.url ? { url: res.permanentRedirect } : {}),
  };
  const schedule = (ttl: number | null) =>
    nextCheckAfterSuccess({ now, ttlMinutes: ttl, cacheMaxAgeSeconds: res.cacheMaxAgeSeconds, expires: res.expires, bounds: tools.bounds });
  if (res.notModified || (res.bodyHash && res.bodyHash === feed.bodyHash)) {
    const status = res.notModified ? 'not_modified' : 'unchanged';
    await updateFeed(ctx.db, feed.id, { ...base, ...succeeded(now), lastStatus: status, nextCheckAt: schedule(feed.ttlMinutes) });
    return empty(status);
  }
  let items: FeedItem[];
  try {
    const parsed = await parseFeed(res.body, { url: res.url, contentType: res.contentType });
    items = parsed.items;
    Object.assign(base, { title: feed.title ?? parsed.title, siteUrl: parsed.link, ttlMinutes: parsed.ttlMinutes });
  } catch (err) {
    if (err instanceof FeedParseError && err.code === 'not_a_feed') return switchToDiscovered(ctx, feed, tools, res, base, err);
    return recordFailure(ctx, feed, tools, err, base);
  }
  const result = await storeItems(ctx, feed, topic, items.slice(0, tools.maxItems), tools.fetchPage);
  await updateFeed(ctx.db, feed.id, {
    ...base,
    ...succeeded(now),
    bodyHash: res.bodyHash,
    lastStatus: 'ok',
    nextCheckAt: schedule((base.ttlMinutes as number | null | undefined) ?? null),
  });
  return result;
}

const succeeded = (now: Date): FeedPatch => ({ lastSuccessAt: now, consecutiveFailures: 0, lastError: null, lastErrorCode: null });

async function storeItems(ctx: AppContext, feed: FeedRow, topic: TopicRow, items: FeedItem[], fetchPage: Fetcher): Promise<PollResult> {
  const out = empty('ok');
  const linkOf = (i: FeedItem) => (i.link ? normalizeUrl(i.link) : null);
  const known = await knownKeys(
    ctx.db,
    topic.id,
    items.flatMap((i) => (i.guid ? [i.guid] : [])),
    items.flatMap((i) => [linkOf(i), i.link].filter((u): u is string => !!u)),
  );
  const fresh = items.filter((i) => !(i.guid && known.has(`guid:${i.guid}`)) && !known.has(`url:${linkOf(i)}`) && !known.has(`url:${i.link}`));
  const relevantIds: number[] = [];
  for (const item of fresh) {
    const built = await buildArticle(item, { topicId: topic.id, feedId: feed.id, feedTitle: feed.title, terms: topic.terms, now: ctx.clock.now(), fetch: fetchPage });
    if ('error' in built) {
      out.itemErrors.push(built.error);
      continue;
    }
    // A syndicated copy joins the story of its earlier copy; each outlet keeps its own article.
    const a = built.article;
    const id = await serialized(`topic:${topic.id}`, async () => {
      a.storyKey = storyKeyFor(a.fingerprint ?? null, a.contentHash, await recentFingerprints(ctx.db, topic.id));
      return insertArticle(ctx.db, a);
    });
    if (id === null) continue;
    out.articles++;
    if (built.article.status === 'relevant') {
      out.relevant++;
      relevantIds.push(id);
    } else out.skipped++;
  }
  if (relevantIds.length) {
    const m = await serialized(`topic:${topic.id}`, () => extractMilestonesForArticles(ctx, topic.id, relevantIds));
    out.milestones = m.milestones;
    out.evidence = m.evidence;
  }
  return out;
}

async function switchToDiscovered(ctx: AppContext, feed: FeedRow, tools: PollTools, res: FetchResult, base: FeedPatch, err: Error): Promise<PollResult> {
  const found = discoverFeeds(decodeBody(res.body, res.contentType, 'html').text, res.url).find((u) => u !== feed.url);
  if (!found) return recordFailure(ctx, feed, tools, err, base);
  // The user gave a page that advertises its feed: follow it from now on, and check it at once.
  await updateFeed(ctx.db, feed.id, { ...base, url: found, lastStatus: 'ok', lastError: `page URL replaced by its feed ${found}`, lastErrorCode: 'discovered', nextCheckAt: ctx.clock.now() });
  return empty('ok');
}

async function recordFailure(ctx: AppContext, feed: FeedRow, tools: PollTools, err: unknown, base: FeedPatch = {}): Promise<PollResult> {
  const failures = feed.consecutiveFailures + 1;
  const fe = err instanceof FetchError ? err : null;
  const code = fe?.code ?? (err instanceof FeedParseError ? err.code : 'internal');
  const message = err instanceof Error ? err.message : String(err);
  if (code === 'internal') ctx.log.error({ feedId: feed.id, err }, 'feed poll failed unexpectedly');
  const next = nextCheckAfterFailure({ now: ctx.clock.now(), consecutiveFailures: failures, retryAfter: fe?.retryAfter ?? null, bounds: tools.bounds });
  const gone = fe?.status === 410;
  return recordFailureState(ctx, feed, { ...base, ...(fe?.status ? { lastHttpStatus: fe.status } : {}), ...(gone ? { enabled: false, disabledReason: 'the server says the feed is gone (HTTP 410)' } : {}) }, { code, message }, failures, next);
}

async function recordFailureState(
  ctx: AppContext,
  feed: FeedRow,
  base: FeedPatch,
  error: { code: string; message: string },
  failures: number,
  next: Date,
): Promise<PollResult> {
  await updateFeed(ctx.db, feed.id, {
    ...base,
    lastCheckedAt: ctx.clock.now(),
    lastStatus: 'error',
    lastError: error.message.slice(0, 1000),
    lastErrorCode: error.code,
    consecutiveFailures: failures,
    nextCheckAt: next,
  });
  ctx.log.warn({ feedId: feed.id, code: error.code, failures }, 'feed check failed');
  return failedPoll(error);
}
