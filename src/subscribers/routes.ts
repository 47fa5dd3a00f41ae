// Subscriber HTTP: the public unsubscribe link (HTML, also RFC 8058 one-click POST) and the token-protected API.
import express, { Router, type Response } from 'express';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireApiToken } from '../http/auth.ts';
import { parseInput } from '../http/validate.ts';
import { errorPage, missingTokenPage, unknownTokenPage, unsubscribedPage, type Page } from './pages.ts';
import { idParams, listQuery, subscribeBody } from './schema.ts';
import { listSubscribers, removeSubscriber, subscribe, unsubscribe } from './service.ts';

/** Never a JSON error and never a 500 for a bad link: people click these from their mail client. */
async function unsubscribeOutcome(ctx: AppContext, token: unknown): Promise<Page> {
  if (typeof token !== 'string' || token === '') return missingTokenPage();
  try {
    return unsubscribedPage(await unsubscribe(ctx, token));
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') return unknownTokenPage();
    ctx.log.error({ err }, 'unsubscribe failed');
    return errorPage();
  }
}

function sendPage(res: Response, p: Page): void {
  // The token is in the URL: keep it out of caches and Referer headers; the page needs no scripts.
  res.set({
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
  });
  res.status(p.status).type('html').send(p.html);
}

const formToken = (body: unknown): unknown => (body && typeof body === 'object' ? (body as { token?: unknown }).token : undefined);

export function subscriberRoutes(ctx: AppContext): Router {
  const r = Router();
  const auth = requireApiToken(ctx.secrets);
  r.get('/unsubscribe', async (req, res) => {
    sendPage(res, await unsubscribeOutcome(ctx, req.query.token));
  });
  // One-click (RFC 8058): the mail client POSTs "List-Unsubscribe=One-Click" to the List-Unsubscribe URL.
  r.post('/unsubscribe', express.urlencoded({ extended: false, limit: '2kb' }), async (req, res) => {
    sendPage(res, await unsubscribeOutcome(ctx, req.query.token ?? formToken(req.body)));
  });
  r.get('/api/subscribers', auth, async (req, res) => {
    const q = parseInput(listQuery, req.query, 'query');
    res.json({ subscribers: await listSubscribers(ctx, { topicSlug: q.topic }) });
  });
  r.post('/api/subscribers', auth, async (req, res) => {
    const body = parseInput(subscribeBody, req.body, 'body');
    res.status(201).json({ subscriber: await subscribe(ctx, { email: body.email, topicSlug: body.topic }) });
  });
  r.delete('/api/subscribers/:id', auth, async (req, res) => {
    const { id } = parseInput(idParams, req.params, 'params');
    await removeSubscriber(ctx, id);
    res.status(204).end();
  });
  return r;
}
