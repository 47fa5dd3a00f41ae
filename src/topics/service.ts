import type { AppContext } from '../context.ts';
import type { Db } from '../db.ts';
import { AppError, notFound } from '../errors.ts';
import { getSetting, setSetting } from '../secrets/store.ts';
import { defaultTopic } from './defaults.ts';
import { createTopic, findTopicBySlug, listTopics, updateTopic, type TopicRow } from './store.ts';

export type { TopicRow };

export async function getTopic(ctx: Pick<AppContext, 'db'>, slug: string): Promise<TopicRow> {
  const topic = await findTopicBySlug(ctx.db, slug);
  if (!topic) throw notFound(`Topic '${slug}'`);
  return topic;
}

export const allTopics = (ctx: Pick<AppContext, 'db'>) => listTopics(ctx.db);

export async function addTopic(
  ctx: Pick<AppContext, 'db'>,
  input: { slug: string; name: string; terms: string[] },
): Promise<TopicRow> {
  if (await findTopicBySlug(ctx.db, input.slug)) throw new AppError('conflict', `Topic '${input.slug}' exists`, 'slug');
  return createTopic(ctx.db, input);
}

export async function editTopic(
  ctx: Pick<AppContext, 'db'>,
  slug: string,
  input: { name?: string; terms?: string[] },
): Promise<TopicRow> {
  const topic = await getTopic(ctx, slug);
  return updateTopic(ctx.db, topic.id, input);
}

/** Creates the shipped topic and its feeds on the first start only, so a user's deletions stick. */
export async function seedDefaultTopic(db: Db): Promise<void> {
  if (await getSetting(db, 'seeded_default_topic')) return;
  if (!(await findTopicBySlug(db, defaultTopic.slug))) {
    await db.topic.create({
      data: {
        slug: defaultTopic.slug,
        name: defaultTopic.name,
        terms: defaultTopic.terms,
        feeds: { create: defaultTopic.feeds.map((url) => ({ url })) },
      },
    });
  }
  await setSetting(db, 'seeded_default_topic', new Date().toISOString());
}
