import type { Db } from '../db.ts';

export interface TopicRow {
  id: number;
  slug: string;
  name: string;
  terms: string[];
  createdAt: Date;
}

const toTopic = (t: { id: number; slug: string; name: string; terms: unknown; createdAt: Date }): TopicRow => ({
  id: t.id,
  slug: t.slug,
  name: t.name,
  terms: Array.isArray(t.terms) ? t.terms.map(String) : [],
  createdAt: t.createdAt,
});

export async function listTopics(db: Db): Promise<TopicRow[]> {
  return (await db.topic.findMany({ orderBy: { slug: 'asc' } })).map(toTopic);
}

export async function findTopicBySlug(db: Db, slug: string): Promise<TopicRow | null> {
  const t = await db.topic.findUnique({ where: { slug } });
  return t ? toTopic(t) : null;
}

export async function findTopicById(db: Db, id: number): Promise<TopicRow | null> {
  const t = await db.topic.findUnique({ where: { id } });
  return t ? toTopic(t) : null;
}

export async function createTopic(db: Db, input: { slug: string; name: string; terms: string[] }): Promise<TopicRow> {
  return toTopic(await db.topic.create({ data: input }));
}

export async function updateTopic(db: Db, id: number, input: { name?: string; terms?: string[] }): Promise<TopicRow> {
  return toTopic(await db.topic.update({ where: { id }, data: input }));
}
