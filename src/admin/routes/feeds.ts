// Feeds and topics pages: validate the form with the API's schemas → call the service → redirect or re-show.
import { Router, type Request, type Response } from 'express';
import type { AppContext } from '../../context.ts';
import { createFeedBody, idParam, listFeedsQuery } from '../../feeds/schema.ts';
import { addFeed, changeFeed, feedsOf, getFeed } from '../../feeds/service.ts';
import { parseInput } from '../../http/validate.ts';
import { ingest } from '../../ingest/service.ts';
import { createTopicBody } from '../../topics/schema.ts';
import { addTopic, allTopics } from '../../topics/service.ts';
import { formValues, noticeOf, tryForm } from '../form.ts';
import { feedsPage } from '../pages/feeds.ts';
import type { FormValues } from '../pages/controls.ts';
import { topicsPage } from '../pages/topics.ts';
import { sessionOf } from '../session.ts';

type Shown = { error?: string; form?: FormValues };

async function showFeeds(ctx: AppContext, req: Request, res: Response, shown: Shown = {}): Promise<void> {
  const { topic } = parseInput(listFeedsQuery, req.query, 'query');
  const [feeds, topics] = [await feedsOf(ctx, topic), await allTopics(ctx)];
  res.status(shown.error ? 400 : 200);
  res.send(feedsPage({ csrfToken: sessionOf(res).csrfToken, notice: noticeOf(req), feeds, topics, topic, ...shown }));
}

async function showTopics(ctx: AppContext, req: Request, res: Response, shown: Shown = {}): Promise<void> {
  res.status(shown.error ? 400 : 200);
  res.send(topicsPage({ csrfToken: sessionOf(res).csrfToken, notice: noticeOf(req), topics: await allTopics(ctx), ...shown }));
}

export function feedRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/feeds', (req, res) => showFeeds(ctx, req, res));
  r.post('/feeds', async (req, res) => {
    const form = formValues(req, ['url', 'topic', 'title']);
    const error = await tryForm(() => addFeed(ctx, parseInput(createFeedBody, form, 'body')));
    if (error) return showFeeds(ctx, req, res, { error, form });
    res.redirect(303, `/admin/feeds?done=feed-added`);
  });
  r.post('/feeds/:id/enable', async (req, res) => {
    await changeFeed(ctx, parseInput(idParam, req.params, 'params').id, { enabled: true });
    res.redirect(303, '/admin/feeds?done=feed-enabled');
  });
  r.post('/feeds/:id/disable', async (req, res) => {
    await changeFeed(ctx, parseInput(idParam, req.params, 'params').id, { enabled: false });
    res.redirect(303, '/admin/feeds?done=feed-disabled');
  });
  r.post('/feeds/:id/check', async (req, res) => {
    const feed = await getFeed(ctx, parseInput(idParam, req.params, 'params').id);
    const run = await ingest(ctx, { trigger: 'admin', feedIds: [feed.id] });
    res.redirect(303, `/admin/feeds?done=checked-${run.status === 'running' ? 'ok' : run.status}#feed-${feed.id}`);
  });
  return r;
}

export function topicRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/topics', (req, res) => showTopics(ctx, req, res));
  r.post('/topics', async (req, res) => {
    const form = formValues(req, ['slug', 'name', 'terms']);
    const error = await tryForm(() => addTopic(ctx, parseInput(createTopicBody, form, 'body')));
    if (error) return showTopics(ctx, req, res, { error, form });
    res.redirect(303, '/admin/topics?done=topic-added');
  });
  return r;
}
