// HTTP for timelines and milestones: validate → service → present.
import { Router } from 'express';
import type { AppContext } from '../context.ts';
import { requireApiToken } from '../http/auth.ts';
import { parseInput } from '../http/validate.ts';
import { curateMilestone, reextractTopic } from '../milestones/service.ts';
import { keyDates } from './key-dates.ts';
import { curationBody, keyDatesQuery, milestoneParams, timelineParams, timelineQuery } from './schema.ts';
import { getMilestone, getTimeline } from './service.ts';

export function timelineRoutes(ctx: AppContext): Router {
  const r = Router();
  const auth = requireApiToken(ctx.secrets);
  r.get('/api/topics/:slug/timeline', async (req, res) => {
    const { slug } = parseInput(timelineParams, req.params, 'params');
    const { top } = parseInput(timelineQuery, req.query, 'query');
    res.json(await getTimeline(ctx, slug, { top }));
  });
  r.get('/api/topics/:slug/key-dates', async (req, res) => {
    const { slug } = parseInput(timelineParams, req.params, 'params');
    const { top } = parseInput(keyDatesQuery, req.query, 'query');
    res.json(await keyDates(ctx, slug, { top }));
  });
  r.get('/api/milestones/:id', async (req, res) => {
    const { id } = parseInput(milestoneParams, req.params, 'params');
    res.json({ milestone: await getMilestone(ctx, id) });
  });
  // One write route per curation action: body {action, ...} as in curationSchema.
  r.post('/api/milestones/:id/curation', auth, async (req, res) => {
    const { id } = parseInput(milestoneParams, req.params, 'params');
    const action = parseInput(curationBody, req.body, 'body');
    const { key } = await curateMilestone(ctx, id, action);
    res.status(201).json({ curation: { milestoneKey: key, action: action.action } });
  });
  r.post('/api/topics/:slug/reextract', auth, async (req, res) => {
    const { slug } = parseInput(timelineParams, req.params, 'params');
    res.json({ reextract: await reextractTopic(ctx, slug) });
  });
  return r;
}
