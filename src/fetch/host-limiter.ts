// Politeness towards each host: a cap on parallel requests and a gap between their starts.

export interface HostLimiterOptions {
  /** At most this many tasks run at once against one host. */
  perHost: number;
  /** At least this long between the starts of two tasks on one host. */
  delayMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export type HostLimiter = <T>(url: string, task: () => Promise<T>) => Promise<T>;

interface HostState {
  running: number;
  /** Tasks admitted or waiting; the state is dropped when it reaches 0. */
  pending: number;
  /** Earliest time the next task may start. */
  nextStart: number;
  /** Starts are handed out one at a time, in arrival order. */
  gate: Promise<void>;
  slotFreed: (() => void) | null;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createHostLimiter(options: HostLimiterOptions): HostLimiter {
  const perHost = Math.max(1, Math.floor(options.perHost));
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const hosts = new Map<string, HostState>();

  async function waitForTurn(state: HostState): Promise<void> {
    while (state.running >= perHost) {
      await new Promise<void>((resolve) => (state.slotFreed = resolve));
    }
    const wait = state.nextStart - now();
    if (wait > 0) await sleep(wait);
    state.running += 1;
    state.nextStart = Math.max(now(), state.nextStart) + options.delayMs;
  }

  return async (url, task) => {
    forgetIdleHosts();
    const key = hostKey(url);
    const state = hosts.get(key) ?? { running: 0, pending: 0, nextStart: 0, gate: Promise.resolve(), slotFreed: null };
    hosts.set(key, state);
    state.pending += 1;
    const turn = state.gate.then(() => waitForTurn(state));
    // A failed wait (a throwing sleep) must not block the tasks queued behind it.
    state.gate = turn.catch(() => {});
    try {
      await turn;
    } catch (err) {
      state.pending -= 1;
      throw err;
    }
    try {
      return await task();
    } finally {
      state.running -= 1;
      state.pending -= 1;
      const wake = state.slotFreed;
      state.slotFreed = null;
      wake?.();
    }
  };

  // Idle hosts are forgotten once their gap has passed, so the map does not grow with every host seen.
  function forgetIdleHosts(): void {
    const time = now();
    for (const [key, state] of hosts) {
      if (state.pending === 0 && time >= state.nextStart) hosts.delete(key);
    }
  }
}

function hostKey(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}
