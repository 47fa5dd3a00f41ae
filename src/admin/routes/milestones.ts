// Milestones page per topic, and the curation buttons (pin, unpin, reject) that call the curation use case.
import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { idParam, slug } from '../../feeds/schema.ts';
import { parseInput } from '../../http/validate.ts';
import { curateMilestone } from '../../milestones/service.ts';
import { getTimeline } from '../../timeline/service.ts';
import { allTopics } from '../../topics/service.ts';
import { noticeOf } from '../form.ts';
import { milestonesPage } from '../pages/milestones.ts';
import { sessionOf } from '../session.ts';

const topicQuery = z.object({ topic: slug.optional() });
const curationParams = idParam.extend({ action: z.enum(['pin', 'unpin', 'reject']) });

export function milestoneRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/milestones', async (req, res) => {
    const topics = await allTopics(ctx);
    const wanted = parseInput(topicQuery, req.query, 'query').topic ?? topics[0]?.slug;
    if (!wanted) return res.redirect(303, '/admin/topics');
    const timeline = await getTimeline(ctx, wanted);
    res.send(
      milestonesPage({
        csrfToken: sessionOf(res).csrfToken,
        notice: noticeOf(req),
        topics,
        topic: timeline.topic,
        milestones: timeline.milestones,
      }),
    );
  });
  r.post('/milestones/:id/:action', async (req, res) => {
    const { id, action } = parseInput(curationParams, req.params, 'params');
    const { topic } = parseInput(topicQuery, req.query, 'query');
    await curateMilestone(ctx, id, { action });
    const back = topic ? `topic=${encodeURIComponent(topic)}&` : '';
    res.redirect(303, `/admin/milestones?${back}done=milestone-${action}`);
  });
  return r;
}
