// Digest HTTP: the subscriber routes (unsubscribe link, /api/subscribers) and a JSON preview of the next digest.
import { Router } from 'express';
import type { AppContext } from '../context.ts';
import { requireApiToken } from '../http/auth.ts';
import { parseInput } from '../http/validate.ts';
import { subscriberRoutes } from '../subscribers/routes.ts';
import { previewQuery } from './schema.ts';
import { previewDigest } from './service.ts';

export function digestRoutes(ctx: AppContext): Router {
  const r = Router();
  r.use(subscriberRoutes(ctx));
  r.get('/api/digest/preview', requireApiToken(ctx.secrets), async (req, res) => {
    const q = parseInput(previewQuery, req.query, 'query');
    res.json({ previews: await previewDigest(ctx, { topicSlug: q.topic }) });
  });
  return r;
}
