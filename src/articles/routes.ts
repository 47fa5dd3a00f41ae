import { Router } from 'express';
import type { AppContext } from '../context.ts';
import { parseInput } from '../http/validate.ts';
import { listArticlesQuery } from './schema.ts';
import { searchArticles } from './service.ts';

export function articleRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/api/articles', async (req, res) => {
    const q = parseInput(listArticlesQuery, req.query, 'query');
    res.json(await searchArticles(ctx, q));
  });
  return r;
}
