// Failed sign-ins per client address, in memory: after `max` failures within `windowMs` that address must
// wait. One process is enough to slow a password guesser; a restart forgets, which is acceptable here.
import type { Clock } from '../clock.ts';

const MAX_TRACKED = 10_000; // bounds memory when many addresses fail

export interface LoginLimiter {
  /** Milliseconds until this address may try again; 0 when it may try now. */
  waitFor(key: string): number;
  recordFailure(key: string): void;
  reset(key: string): void;
}

export function createLoginLimiter(clock: Clock, opts: { max: number; windowMs: number } = { max: 5, windowMs: 60_000 }): LoginLimiter {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) => (failures.get(key) ?? []).filter((t) => now - t < opts.windowMs);
  return {
    waitFor(key) {
      const now = clock.now().getTime();
      const times = recent(key, now);
      if (times.length < opts.max) return 0;
      return opts.windowMs - (now - times[times.length - opts.max]!);
    },
    recordFailure(key) {
      const now = clock.now().getTime();
      if (!failures.has(key) && failures.size >= MAX_TRACKED) {
        for (const k of failures.keys()) if (recent(k, now).length === 0) failures.delete(k);
        if (failures.size >= MAX_TRACKED) failures.delete(failures.keys().next().value!);
      }
      failures.set(key, [...recent(key, now), now].slice(-opts.max));
    },
    reset(key) {
      failures.delete(key);
    },
  };
}
