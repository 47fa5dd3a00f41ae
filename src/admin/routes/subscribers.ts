// Subscribers page: list, add, remove.
import { Router, type Request, type Response } from 'express';
import type { AppContext } from '../../context.ts';
import { parseInput } from '../../http/validate.ts';
import { idParams, listQuery } from '../../subscribers/schema.ts';
import { listSubscribers, removeSubscriber, subscribe } from '../../subscribers/service.ts';
import { allTopics } from '../../topics/service.ts';
import { formValues, noticeOf, tryForm } from '../form.ts';
import type { FormValues } from '../pages/controls.ts';
import { subscribersPage } from '../pages/subscribers.ts';
import { sessionOf } from '../session.ts';

async function show(ctx: AppContext, req: Request, res: Response, shown: { error?: string; form?: FormValues } = {}): Promise<void> {
  const { topic } = parseInput(listQuery, req.query, 'query');
  const [subscribers, topics] = [await listSubscribers(ctx, { topicSlug: topic }), await allTopics(ctx)];
  res.status(shown.error ? 400 : 200);
  res.send(subscribersPage({ csrfToken: sessionOf(res).csrfToken, notice: noticeOf(req), subscribers, topics, topic, ...shown }));
}

export function subscriberRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/subscribers', (req, res) => show(ctx, req, res));
  r.post('/subscribers', async (req, res) => {
    const form = formValues(req, ['email', 'topic']);
    // subscribe() validates with the API's schema itself.
    const error = await tryForm(() => subscribe(ctx, { email: form.email ?? '', topicSlug: form.topic ?? '' }));
    if (error) return show(ctx, req, res, { error, form });
    res.redirect(303, '/admin/subscribers?done=subscriber-added');
  });
  r.post('/subscribers/:id/remove', async (req, res) => {
    await removeSubscriber(ctx, parseInput(idParams, req.params, 'params').id);
    res.redirect(303, '/admin/subscribers?done=subscriber-removed');
  });
  return r;
}
