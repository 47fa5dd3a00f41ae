import type { Db } from '../db.ts';

/** Takes the named lease if it is free or expired: one conditional write, safe across processes. */
export async function takeLease(db: Db, name: string, holder: string, now: Date, until: Date): Promise<boolean> {
  const updated = await db.jobLease.updateMany({
    where: { name, expiresAt: { lt: now } },
    data: { holder, expiresAt: until },
  });
  if (updated.count === 1) return true;
  try {
    await db.jobLease.create({ data: { name, holder, expiresAt: until } });
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === 'P2002') return false; // someone else holds it
    throw err;
  }
}

export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
  await db.jobLease.deleteMany({ where: { name, holder } });
}
