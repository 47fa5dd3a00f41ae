// A job never overlaps itself, in one process or across several: it runs only while holding its lease.
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { releaseLease, takeLease } from './store.ts';

export async function withLease<T>(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  name: string,
  ttlMs: number,
  body: () => Promise<T>,
): Promise<{ ran: true; value: T } | { ran: false }> {
  const holderId = `${process.pid}-${randomUUID()}`; // per call: two runs in one process exclude each other too
  const now = ctx.clock.now();
  if (!(await takeLease(ctx.db, name, holderId, now, new Date(now.getTime() + ttlMs)))) return { ran: false };
  try {
    return { ran: true, value: await body() };
  } finally {
    await releaseLease(ctx.db, name, holderId);
  }
}
