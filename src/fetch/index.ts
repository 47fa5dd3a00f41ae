export { createFetcher, feedAccept, pageAccept, type Fetcher } from './fetcher.ts';
export { isPublicAddress } from './address-policy.ts';
export {
  FetchError,
  defaultFetchPolicy,
  type Clock,
  type FetchErrorCode,
  type FetchPolicy,
  type FetchRequest,
  type FetchResult,
} from './types.ts';
export { nextCheckAfterFailure, nextCheckAfterSuccess, type ScheduleBounds } from './schedule.ts';
export { createHostLimiter, type HostLimiter, type HostLimiterOptions } from './host-limiter.ts';
export { parseRetryAfter, parseHttpDate, parseMaxAge } from './retry-after.ts';
