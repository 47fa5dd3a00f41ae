import { Router } from 'express';
import type { AppContext } from '../context.ts';
import { requireApiToken } from '../http/auth.ts';
import { parseInput } from '../http/validate.ts';
import { createTopicBody, slugParam, updateTopicBody } from './schema.ts';
import { addTopic, allTopics, editTopic, getTopic, type TopicRow } from './service.ts';

const present = (t: TopicRow) => ({ slug: t.slug, name: t.name, terms: t.terms, createdAt: t.createdAt.toISOString() });

export function topicRoutes(ctx: AppContext): Router {
  const r = Router();
  const auth = requireApiToken(ctx.secrets);
  r.get('/api/topics', async (_req, res) => {
    res.json({ topics: (await allTopics(ctx)).map(present) });
  });
  r.get('/api/topics/:slug', async (req, res) => {
    const { slug } = parseInput(slugParam, req.params, 'params');
    res.json({ topic: present(await getTopic(ctx, slug)) });
  });
  r.post('/api/topics', auth, async (req, res) => {
    const body = parseInput(createTopicBody, req.body, 'body');
    res.status(201).json({ topic: present(await addTopic(ctx, body)) });
  });
  r.patch('/api/topics/:slug', auth, async (req, res) => {
    const { slug } = parseInput(slugParam, req.params, 'params');
    const body = parseInput(updateTopicBody, req.body, 'body');
    res.json({ topic: present(await editTopic(ctx, slug, body)) });
  });
  return r;
}
