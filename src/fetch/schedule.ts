// When to poll a feed next. Pure: the clock and the randomness come in as arguments.

export interface ScheduleBounds {
  minMinutes: number;
  defaultMinutes: number;
  maxMinutes: number;
  maxBackoffMinutes: number;
  /** Fraction (0..1) added at random on top of an interval, so feeds do not poll in lockstep. */
  jitter: number;
}

const minuteMs = 60_000;
// 2^30 minutes is far past any sane cap; stops the doubling from overflowing.
const maxDoublings = 30;

/**
 * After a successful fetch: the longest of the feed's own hints (RSS ttl, Cache-Control max-age,
 * Expires), or the default when it gives none, clamped to [min, max], plus up to `jitter` more.
 * The longest hint wins because each is the publisher asking us not to come back sooner.
 */
export function nextCheckAfterSuccess(input: {
  now: Date;
  ttlMinutes?: number | null;
  cacheMaxAgeSeconds?: number | null;
  expires?: Date | null;
  bounds: ScheduleBounds;
  random?: () => number;
}): Date {
  const { now, bounds } = input;
  const hints = [
    input.ttlMinutes,
    input.cacheMaxAgeSeconds == null ? null : input.cacheMaxAgeSeconds / 60,
    input.expires == null ? null : (input.expires.getTime() - now.getTime()) / minuteMs,
  ].filter((m): m is number => typeof m === 'number' && Number.isFinite(m) && m >= 0);
  const base = hints.length > 0 ? Math.max(...hints) : bounds.defaultMinutes;
  const minutes = clamp(withJitter(base, bounds.jitter, input.random), bounds.minMinutes, bounds.maxMinutes);
  return new Date(now.getTime() + minutes * minuteMs);
}

/**
 * After a failure: the default interval doubled per consecutive failure, capped at maxBackoff,
 * never giving up. A Retry-After further away than that is honoured up to the cap.
 */
export function nextCheckAfterFailure(input: {
  now: Date;
  consecutiveFailures: number;
  retryAfter?: Date | null;
  bounds: ScheduleBounds;
  random?: () => number;
}): Date {
  const { now, bounds } = input;
  const failures = Math.max(1, Math.floor(input.consecutiveFailures) || 1);
  const doublings = Math.min(failures - 1, maxDoublings);
  const backoff = Math.max(bounds.minMinutes, bounds.defaultMinutes) * 2 ** doublings;
  const asked = input.retryAfter ? (input.retryAfter.getTime() - now.getTime()) / minuteMs : 0;
  const base = Math.max(backoff, Number.isFinite(asked) ? asked : 0);
  const minutes = clamp(withJitter(base, bounds.jitter, input.random), bounds.minMinutes, bounds.maxBackoffMinutes);
  return new Date(now.getTime() + minutes * minuteMs);
}

function withJitter(minutes: number, jitter: number, random: () => number = Math.random): number {
  const fraction = clamp(jitter, 0, 1);
  return minutes * (1 + fraction * clamp(random(), 0, 1));
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}
