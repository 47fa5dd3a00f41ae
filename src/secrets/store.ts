import type { Db } from '../db.ts';

export async function getSetting(db: Db, key: string): Promise<string | null> {
  const row = await db.setting.findUnique({ where: { key } });
  return row?.value ?? null;
}

export async function setSetting(db: Db, key: string, value: string): Promise<void> {
  await db.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
}

/** Sets the value only if no row exists yet; returns the value that won (safe with two processes). */
export async function setSettingOnce(db: Db, key: string, value: string): Promise<string> {
  try {
    await db.setting.create({ data: { key, value } });
    return value;
  } catch {
    return (await getSetting(db, key)) ?? value;
  }
}
