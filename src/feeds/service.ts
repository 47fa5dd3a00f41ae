// Feed use cases shared by the API, the CLI and the admin page.
import type { AppContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { getTopic } from '../topics/service.ts';
import { presentFeed, type FeedDto } from './present.ts';
import { createFeed, deleteFeed, findFeed, findFeedByUrl, listFeeds, updateFeed } from './store.ts';

type Ctx = Pick<AppContext, 'db' | 'clock'>;

export async function feedsOf(ctx: Ctx, topicSlug?: string): Promise<FeedDto[]> {
  const topic = topicSlug ? await getTopic(ctx, topicSlug) : undefined;
  return (await listFeeds(ctx.db, topic?.id)).map(presentFeed);
}

export async function getFeed(ctx: Ctx, id: number): Promise<FeedDto> {
  const feed = await findFeed(ctx.db, id);
  if (!feed) throw notFound(`Feed ${id}`);
  return presentFeed(feed);
}

export async function addFeed(ctx: Ctx, input: { url: string; topic: string; title?: string }): Promise<FeedDto> {
  const topic = await getTopic(ctx, input.topic);
  const url = new URL(input.url).toString();
  if (await findFeedByUrl(ctx.db, topic.id, url)) {
    throw new AppError('conflict', `Feed ${url} is already followed for topic '${topic.slug}'`, 'url');
  }
  return presentFeed(await createFeed(ctx.db, { topicId: topic.id, url, title: input.title ?? null, nextCheckAt: ctx.clock.now() }));
}

export async function changeFeed(
  ctx: Ctx,
  id: number,
  patch: { url?: string; title?: string | null; enabled?: boolean },
): Promise<FeedDto> {
  const feed = await findFeed(ctx.db, id);
  if (!feed) throw notFound(`Feed ${id}`);
  const data = {
    ...patch,
    ...(patch.url ? { url: new URL(patch.url).toString(), etag: null, lastModified: null, bodyHash: null } : {}),
    // Re-enabling clears the reason and checks at once.
    ...(patch.enabled === true ? { disabledReason: null, nextCheckAt: ctx.clock.now(), consecutiveFailures: 0 } : {}),
    ...(patch.enabled === false ? { disabledReason: 'disabled by an admin' } : {}),
  };
  return presentFeed(await updateFeed(ctx.db, id, data));
}

export async function removeFeed(ctx: Ctx, id: number): Promise<void> {
  if (!(await findFeed(ctx.db, id))) throw notFound(`Feed ${id}`);
  await deleteFeed(ctx.db, id);
}
