// Every Prisma query about subscribers; plain objects out. The token stays inside the digest/unsubscribe flow.
import type { Db } from '../db.ts';

export interface SubscriberRow {
  id: number;
  email: string;
  topicId: number;
  topicSlug: string;
  topicName: string;
  unsubscribeToken: string;
  active: boolean;
  createdAt: Date; // start of the current subscription (reset when someone re-subscribes)
  unsubscribedAt: Date | null;
}

type Raw = {
  id: number;
  email: string;
  topicId: number;
  unsubscribeToken: string;
  active: boolean;
  createdAt: Date;
  unsubscribedAt: Date | null;
  topic: { slug: string; name: string };
};

const withTopic = { topic: { select: { slug: true, name: true } } } as const;

const toRow = (s: Raw): SubscriberRow => ({
  id: s.id,
  email: s.email,
  topicId: s.topicId,
  topicSlug: s.topic.slug,
  topicName: s.topic.name,
  unsubscribeToken: s.unsubscribeToken,
  active: s.active,
  createdAt: s.createdAt,
  unsubscribedAt: s.unsubscribedAt,
});

const isUniqueViolation = (err: unknown) => (err as { code?: unknown })?.code === 'P2002';

/**
 * Creates the subscription, or re-activates an inactive one (its digest window restarts now), or leaves an
 * active one alone. Safe when two requests race: the unique [email, topicId] decides, the loser re-reads.
 */
export async function upsertSubscriber(
  db: Db,
  input: { email: string; topicId: number; token: string; now: Date },
): Promise<SubscriberRow> {
  const key = { email_topicId: { email: input.email, topicId: input.topicId } };
  try {
    return toRow(
      await db.subscriber.create({
        data: { email: input.email, topicId: input.topicId, unsubscribeToken: input.token, createdAt: input.now },
        include: withTopic,
      }),
    );
  } catch (err) {
    if (!isUniqueViolation(err)) throw new Error(`store: unable to create subscriber: ${String(err)}`, { cause: err });
  }
  await db.subscriber.updateMany({
    where: { email: input.email, topicId: input.topicId, active: false },
    data: { active: true, unsubscribedAt: null, createdAt: input.now },
  });
  return toRow(await db.subscriber.findUniqueOrThrow({ where: key, include: withTopic }));
}

export async function findSubscriberByToken(db: Db, token: string): Promise<SubscriberRow | null> {
  const s = await db.subscriber.findUnique({ where: { unsubscribeToken: token }, include: withTopic });
  return s ? toRow(s) : null;
}

/** Returns true when this call deactivated it, false when it already was inactive. */
export async function deactivateSubscriber(db: Db, id: number, now: Date): Promise<boolean> {
  const { count } = await db.subscriber.updateMany({
    where: { id, active: true },
    data: { active: false, unsubscribedAt: now },
  });
  return count === 1;
}

export async function listSubscriberRows(
  db: Db,
  filter: { topicId?: number; activeOnly?: boolean } = {},
): Promise<SubscriberRow[]> {
  const rows = await db.subscriber.findMany({
    where: { ...(filter.topicId ? { topicId: filter.topicId } : {}), ...(filter.activeOnly ? { active: true } : {}) },
    include: withTopic,
    orderBy: [{ topicId: 'asc' }, { id: 'asc' }],
  });
  return rows.map(toRow);
}

/** Returns false when there was no such subscriber. Its delivery history goes with it (cascade). */
export async function deleteSubscriber(db: Db, id: number): Promise<boolean> {
  const { count } = await db.subscriber.deleteMany({ where: { id } });
  return count === 1;
}
