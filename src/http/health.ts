import { Router } from 'express';
import type { AppContext } from '../context.ts';
import { pingDb } from '../db.ts';

export function healthRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/healthz', async (_req, res) => {
    try {
      await pingDb(ctx.db);
      res.json({ status: 'ok', time: ctx.clock.now().toISOString() });
    } catch {
      res.status(503).json({ status: 'unavailable', error: { code: 'database_unavailable', message: 'database not reachable' } });
    }
  });
  return r;
}
