// Fetch policy and schedule bounds, from configuration.
import type { Config } from '../config.ts';
import { defaultFetchPolicy, type FetchPolicy } from '../fetch/index.ts';
import type { ScheduleBounds } from '../fetch/schedule.ts';

export const fetchPolicy = (c: Config): FetchPolicy => ({
  ...defaultFetchPolicy,
  connectTimeoutMs: c.FETCH_CONNECT_TIMEOUT_MS,
  totalTimeoutMs: c.FETCH_TIMEOUT_MS,
  maxBytes: c.FETCH_MAX_BYTES,
  allowPrivateNetworks: c.FETCH_ALLOW_PRIVATE_NETWORKS,
  allowHosts: [...c.FETCH_ALLOW_HOSTS],
});

export const scheduleBounds = (c: Config): ScheduleBounds => ({
  minMinutes: c.FEED_MIN_MINUTES,
  defaultMinutes: c.FEED_DEFAULT_MINUTES,
  maxMinutes: c.FEED_MAX_MINUTES,
  maxBackoffMinutes: c.FEED_MAX_BACKOFF_MINUTES,
  jitter: 0.1,
});
