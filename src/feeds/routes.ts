import { Router } from 'express';
import type { AppContext } from '../context.ts';
import { requireApiToken } from '../http/auth.ts';
import { parseInput } from '../http/validate.ts';
import { ingest } from '../ingest/service.ts';
import { createFeedBody, idParam, listFeedsQuery, updateFeedBody } from './schema.ts';
import { addFeed, changeFeed, feedsOf, getFeed, removeFeed } from './service.ts';

export function feedRoutes(ctx: AppContext): Router {
  const r = Router();
  const auth = requireApiToken(ctx.secrets);
  r.get('/api/feeds', async (req, res) => {
    const q = parseInput(listFeedsQuery, req.query, 'query');
    res.json({ feeds: await feedsOf(ctx, q.topic) });
  });
  r.get('/api/feeds/:id', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'params');
    res.json({ feed: await getFeed(ctx, id) });
  });
  r.post('/api/feeds', auth, async (req, res) => {
    const body = parseInput(createFeedBody, req.body, 'body');
    res.status(201).json({ feed: await addFeed(ctx, body) });
  });
  r.patch('/api/feeds/:id', auth, async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'params');
    const body = parseInput(updateFeedBody, req.body, 'body');
    res.json({ feed: await changeFeed(ctx, id, body) });
  });
  r.delete('/api/feeds/:id', auth, async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'params');
    await removeFeed(ctx, id);
    res.status(204).end();
  });
  // Check one feed now, whatever its schedule (the same use case as the scheduled run).
  r.post('/api/feeds/:id/refresh', auth, async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'params');
    await getFeed(ctx, id);
    const run = await ingest(ctx, { trigger: 'api', feedIds: [id] });
    res.json({ run, feed: await getFeed(ctx, id) });
  });
  return r;
}
