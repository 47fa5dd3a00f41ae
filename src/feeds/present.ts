import type { FeedRow } from './store.ts';

/** The API's view of a feed: no validators or hashes. */
export const presentFeed = (f: FeedRow) => ({
  id: f.id,
  url: f.url,
  topic: f.topicSlug,
  title: f.title,
  siteUrl: f.siteUrl,
  enabled: f.enabled,
  disabledReason: f.disabledReason,
  lastStatus: f.lastStatus,
  lastHttpStatus: f.lastHttpStatus,
  lastError: f.lastError,
  lastErrorCode: f.lastErrorCode,
  lastCheckedAt: f.lastCheckedAt?.toISOString() ?? null,
  lastSuccessAt: f.lastSuccessAt?.toISOString() ?? null,
  nextCheckAt: f.nextCheckAt.toISOString(),
  consecutiveFailures: f.consecutiveFailures,
  createdAt: f.createdAt.toISOString(),
});

export type FeedDto = ReturnType<typeof presentFeed>;
