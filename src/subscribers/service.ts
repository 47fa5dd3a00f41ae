// Subscriber use cases, shared by the API, the unsubscribe page and the CLI.
import { randomBytes } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { parseInput } from '../http/validate.ts';
import { getTopic } from '../topics/service.ts';
import { subscribeBody, tokenSchema } from './schema.ts';
import {
  deactivateSubscriber,
  deleteSubscriber,
  findSubscriberByToken,
  listSubscriberRows,
  upsertSubscriber,
  type SubscriberRow,
} from './store.ts';

type Ctx = Pick<AppContext, 'db' | 'clock'>;

/** What leaves the service: no unsubscribe token (it is the subscriber's key to their subscription). */
export interface Subscriber {
  id: number;
  email: string;
  topic: string; // slug
  active: boolean;
  subscribedAt: string;
  unsubscribedAt: string | null;
}

export const presentSubscriber = (s: SubscriberRow): Subscriber => ({
  id: s.id,
  email: s.email,
  topic: s.topicSlug,
  active: s.active,
  subscribedAt: s.createdAt.toISOString(),
  unsubscribedAt: s.unsubscribedAt?.toISOString() ?? null,
});

export const newUnsubscribeToken = () => randomBytes(24).toString('base64url');

/** Idempotent: subscribing twice keeps one subscription; subscribing after unsubscribing re-activates it. */
export async function subscribe(ctx: Ctx, input: { email: string; topicSlug: string }): Promise<Subscriber> {
  const { email, topic: slug } = parseInput(subscribeBody, { email: input.email, topic: input.topicSlug }, 'body');
  const topic = await getTopic(ctx, slug);
  const row = await upsertSubscriber(ctx.db, { email, topicId: topic.id, token: newUnsubscribeToken(), now: ctx.clock.now() });
  return presentSubscriber(row);
}

export interface UnsubscribeResult {
  email: string;
  topicName: string;
  alreadyUnsubscribed: boolean;
}

/** Idempotent; an unknown or malformed token is not_found. */
export async function unsubscribe(ctx: Ctx, token: string): Promise<UnsubscribeResult> {
  const valid = tokenSchema.safeParse(token);
  const row = valid.success ? await findSubscriberByToken(ctx.db, valid.data) : null;
  if (!row) throw notFound('Subscription');
  const changed = await deactivateSubscriber(ctx.db, row.id, ctx.clock.now());
  return { email: row.email, topicName: row.topicName, alreadyUnsubscribed: !changed };
}

export async function listSubscribers(ctx: Ctx, filter: { topicSlug?: string } = {}): Promise<Subscriber[]> {
  const topicId = filter.topicSlug ? (await getTopic(ctx, filter.topicSlug)).id : undefined;
  return (await listSubscriberRows(ctx.db, { topicId })).map(presentSubscriber);
}

export async function removeSubscriber(ctx: Ctx, id: number): Promise<void> {
  if (!(await deleteSubscriber(ctx.db, id))) throw notFound(`Subscriber ${id}`);
}
