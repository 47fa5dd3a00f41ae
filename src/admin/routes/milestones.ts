// Milestones page per topic, one milestone's curation page (edit, merge, split) and the pin, unpin and reject
// buttons; every decision goes through the curation use case, which replays it after each re-extraction.
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { idParam, slug } from '../../feeds/schema.ts';
import { parseInput } from '../../http/validate.ts';
import { curateMilestone } from '../../milestones/service.ts';
import { getMilestone, getTimeline } from '../../timeline/service.ts';
import { allTopics } from '../../topics/service.ts';
import { editAction, editChanges, editFields, mergeAction, splitAction, textFields } from '../curation-form.ts';
import { noticeOf, tryForm } from '../form.ts';
import type { FormValues } from '../pages/controls.ts';
import { curatePage } from '../pages/curate.ts';
import { milestonesPage } from '../pages/milestones.ts';
import { sessionOf } from '../session.ts';

const topicQuery = z.object({ topic: slug.optional() });
const curationParams = idParam.extend({ action: z.enum(['pin', 'unpin', 'reject']) });

type Shown = { error?: string; form?: FormValues };

async function showCuration(ctx: AppContext, req: Request, res: Response, id: number, shown: Shown = {}): Promise<void> {
  const milestone = await getMilestone(ctx, id);
  const others = (await getTimeline(ctx, milestone.topic.slug)).milestones.filter((m) => m.id !== id);
  res.status(shown.error ? 400 : 200);
  res.send(curatePage({ csrfToken: sessionOf(res).csrfToken, notice: noticeOf(req), milestone, others, ...shown }));
}

/** Back to the topic's list, with the outcome's notice and, when it still exists, the milestone in view. */
function backToList(res: Response, topic: string, done: string, id?: number): void {
  res.redirect(303, `/admin/milestones?topic=${encodeURIComponent(topic)}&done=${done}${id ? `#milestone-${id}` : ''}`);
}

/** The curation page's three forms: each re-shows the page naming the field on a mistake. */
function curationFormRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/milestones/:id', (req, res) => showCuration(ctx, req, res, parseInput(idParam, req.params, 'params').id));
  r.post('/milestones/:id/edit', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'params');
    const m = await getMilestone(ctx, id);
    const form = textFields(req.body, editFields);
    const changes = editChanges(form, { ...m, deadline: m.pledge?.dueDate ?? null });
    if (!changes) return backToList(res, m.topic.slug, 'milestone-unchanged', id);
    const error = await tryForm(() => curateMilestone(ctx, id, editAction(changes)));
    if (error) return showCuration(ctx, req, res, id, { error, form });
    backToList(res, m.topic.slug, 'milestone-edit', id);
  });
  r.post('/milestones/:id/merge', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'params');
    const m = await getMilestone(ctx, id);
    const form = textFields(req.body, ['into']);
    const error = await tryForm(() => curateMilestone(ctx, id, mergeAction(form.into)));
    if (error) return showCuration(ctx, req, res, id, { error, form });
    backToList(res, m.topic.slug, 'milestone-merge');
  });
  r.post('/milestones/:id/split', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'params');
    const m = await getMilestone(ctx, id);
    const error = await tryForm(() => curateMilestone(ctx, id, splitAction(req.body, m.evidence.map((e) => e.articleId))));
    if (error) return showCuration(ctx, req, res, id, { error });
    backToList(res, m.topic.slug, 'milestone-split', id);
  });
  return r;
}

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
  r.use(curationFormRoutes(ctx));
  r.post('/milestones/:id/:action', async (req, res) => {
    const { id, action } = parseInput(curationParams, req.params, 'params');
    const { topic } = parseInput(topicQuery, req.query, 'query');
    await curateMilestone(ctx, id, { action });
    const back = topic ? `topic=${encodeURIComponent(topic)}&` : '';
    res.redirect(303, `/admin/milestones?${back}done=milestone-${action}`);
  });
  return r;
}
