// The daily digest use cases: runDigest (scheduler, CLI, API) and previewDigest (CLI, admin page).
import type { Config } from '../config.ts';
import type { AppContext } from '../context.ts';
import type { Db } from '../db.ts';
import { recordRun } from '../runs/record.ts';
import type { RunError, RunTrigger } from '../runs/store.ts';
import { listSubscriberRows, type SubscriberRow } from '../subscribers/store.ts';
import { allTopics, getTopic } from '../topics/service.ts';
import { dayIn } from './day.ts';
import type { Mailer } from './mailer.ts';
import { hasNews, renderDigest, type DigestContent, type DigestPledge } from './render.ts';
import {
  claimDelivery,
  lastSentPeriodEnd,
  lastSentPeriodEndForTopic,
  loadNews,
  loadOpenPledges,
  markDeliveryFailed,
  markDeliverySent,
} from './store.ts';

type Ctx = Pick<AppContext, 'db' | 'config' | 'log' | 'clock'>;

const NEWS_LIMIT = 30; // per section; the rest is counted, not listed
const MAX_ATTEMPTS_PER_DAY = 5; // after that the day is given up; the next day's digest covers its news
const DAY_MS = 24 * 60 * 60 * 1000;

export interface DigestRunResult {
  sent: number;
  failed: number;
  skipped: number; // nothing new, or already sent/claimed by another run today
}

export const unsubscribeUrl = (config: Pick<Config, 'publicUrl'>, token: string) =>
  `${config.publicUrl}/unsubscribe?token=${encodeURIComponent(token)}`;

/** RFC 2369 + RFC 8058: mail clients offer a one-click unsubscribe that POSTs to the same URL. */
export const unsubscribeHeaders = (url: string): Record<string, string> => ({
  'List-Unsubscribe': `<${url}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
});

interface ContentInput {
  topic: { id: number; slug: string; name: string };
  since: Date;
  now: Date;
  token: string;
  pledges: DigestPledge[];
}

async function buildContent(ctx: Ctx, input: ContentInput): Promise<DigestContent> {
  const news = await loadNews(ctx.db, input.topic.id, input.since, input.now, NEWS_LIMIT);
  return {
    ...news,
    topic: { slug: input.topic.slug, name: input.topic.name },
    day: dayIn(input.now, ctx.config.DIGEST_TIMEZONE),
    timeZone: ctx.config.DIGEST_TIMEZONE,
    periodStart: input.since,
    pledges: input.pledges,
    unsubscribeUrl: unsubscribeUrl(ctx.config, input.token),
  };
}

/** A subscriber's digest covers what is new since their last sent digest, or since they subscribed. */
async function windowStart(db: Db, s: SubscriberRow): Promise<Date> {
  const lastEnd = await lastSentPeriodEnd(db, s.id, s.topicId);
  return lastEnd && lastEnd > s.createdAt ? lastEnd : s.createdAt;
}

type Outcome = { status: 'sent' | 'failed' | 'skipped'; error?: string };

async function deliver(ctx: Ctx, mailer: Mailer, s: SubscriberRow, pledges: DigestPledge[]): Promise<Outcome> {
  const now = ctx.clock.now();
  const day = dayIn(now, ctx.config.DIGEST_TIMEZONE);
  const topic = { id: s.topicId, slug: s.topicSlug, name: s.topicName };
  const content = await buildContent(ctx, { topic, since: await windowStart(ctx.db, s), now, token: s.unsubscribeToken, pledges });
  const news = hasNews(content);
  // Claim before sending: whoever gets the row sends; everyone else moves on. Nothing new is recorded as
  // skipped so later runs that day leave it alone.
  const id = await claimDelivery(ctx.db, {
    subscriberId: s.id,
    topicId: s.topicId,
    day,
    periodStart: content.periodStart,
    periodEnd: now,
    status: news ? 'pending' : 'skipped',
    maxAttempts: MAX_ATTEMPTS_PER_DAY,
  });
  if (id === null || !news) return { status: 'skipped' };
  const { subject, html, text } = renderDigest(content);
  const headers = unsubscribeHeaders(content.unsubscribeUrl);
  try {
    await mailer.send({ to: s.email, from: ctx.config.MAIL_FROM, subject, html, text, headers });
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    await markDeliveryFailed(ctx.db, id, error);
    ctx.log.warn({ deliveryId: id, subscriberId: s.id, topicId: s.topicId, day }, 'digest send failed; will retry');
    return { status: 'failed', error };
  }
  await markDeliverySent(ctx.db, id, ctx.clock.now());
  return { status: 'sent' };
}

/**
 * Sends each active subscriber the news of their topic, at most once per subscriber, topic and day (in
 * DIGEST_TIMEZONE). Safe to run twice or on two processes at once (the delivery claim decides, so no lease is
 * needed); failed sends are retried by the next run. Recorded as a 'digest' run.
 */
export async function runDigest(ctx: Ctx, options: { mailer: Mailer; trigger: RunTrigger }): Promise<DigestRunResult> {
  const result: DigestRunResult = { sent: 0, failed: 0, skipped: 0 };
  await recordRun(ctx, 'digest', options.trigger, async () => {
    const errors = await deliverAll(ctx, options.mailer, result);
    return { counts: { ...result }, errors };
  });
  return result;
}

async function deliverAll(ctx: Ctx, mailer: Mailer, result: DigestRunResult): Promise<RunError[]> {
  const errors: RunError[] = [];
  const pledgesByTopic = new Map<number, DigestPledge[]>();
  for (const s of await listSubscriberRows(ctx.db, { activeOnly: true })) {
    try {
      if (!pledgesByTopic.has(s.topicId)) pledgesByTopic.set(s.topicId, await loadOpenPledges(ctx.db, s.topicId));
      const outcome = await deliver(ctx, mailer, s, pledgesByTopic.get(s.topicId) ?? []);
      result[outcome.status]++;
      if (outcome.error) errors.push({ code: 'send_failed', message: `subscriber ${s.id}: ${outcome.error}` });
    } catch (err) {
      // A database hiccup for one subscriber must not stop the others.
      ctx.log.error({ err, subscriberId: s.id, topicId: s.topicId }, 'digest delivery error');
      errors.push({ code: 'internal', message: `subscriber ${s.id}: ${err instanceof Error ? err.message : String(err)}` });
      result.failed++;
    }
  }
  return errors;
}

export interface DigestPreview {
  topic: { slug: string; name: string };
  subject: string;
  html: string;
  text: string;
  periodStart: string; // ISO instant the preview's window starts at
  hasNews: boolean; // false: runDigest would send nothing for this topic now
}

/**
 * What the next digest of each topic (or of one) would contain: news since the topic's last sent digest, or
 * over the last day when none was sent yet. The unsubscribe link is a placeholder.
 */
export async function previewDigest(ctx: Ctx, options: { topicSlug?: string } = {}): Promise<DigestPreview[]> {
  const topics = options.topicSlug ? [await getTopic(ctx, options.topicSlug)] : await allTopics(ctx);
  const now = ctx.clock.now();
  const previews: DigestPreview[] = [];
  for (const topic of topics) {
    const since = (await lastSentPeriodEndForTopic(ctx.db, topic.id)) ?? new Date(now.getTime() - DAY_MS);
    const pledges = await loadOpenPledges(ctx.db, topic.id);
    const content = await buildContent(ctx, { topic, since, now, token: 'preview', pledges });
    previews.push({
      topic: { slug: topic.slug, name: topic.name },
      ...renderDigest(content),
      periodStart: since.toISOString(),
      hasNews: hasNews(content),
    });
  }
  return previews;
}
