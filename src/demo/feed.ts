// The demo's fixture server gets a new port each start: keep one demo feed and point it at the current one.
import type { AppContext } from '../context.ts';
import { createFeed, listFeeds, updateFeed } from '../feeds/store.ts';
import { getTopic } from '../topics/service.ts';

const demoFeed = /^http:\/\/127\.0\.0\.1:\d+\/feed\.xml$/;

export async function pointDemoFeed(ctx: AppContext, topicSlug: string, url: string): Promise<number> {
  const topic = await getTopic(ctx, topicSlug);
  const existing = (await listFeeds(ctx.db, topic.id)).find((f) => demoFeed.test(f.url));
  if (!existing) return (await createFeed(ctx.db, { topicId: topic.id, url, title: 'Tidemark demo feed', nextCheckAt: ctx.clock.now() })).id;
  await updateFeed(ctx.db, existing.id, { url, enabled: true, nextCheckAt: ctx.clock.now() });
  return existing.id;
}
