// The Express app, without listen(): main.ts and the tests start it.
import express, { type Express } from 'express';
import { adminRoutes } from '../admin/routes.ts';
import { articleRoutes } from '../articles/routes.ts';
import type { AppContext } from '../context.ts';
import { digestRoutes } from '../digest/routes.ts';
import { feedRoutes } from '../feeds/routes.ts';
import { timelineRoutes } from '../timeline/routes.ts';
import { topicRoutes } from '../topics/routes.ts';
import { errorHandler, notFoundHandler } from './errors.ts';
import { healthRoutes } from './health.ts';

export function createApp(ctx: AppContext): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple'); // no nested objects from query strings
  app.use((_req, res, next) => {
    res.set({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'same-origin',
      'X-Frame-Options': 'DENY',
    });
    next();
  });
  app.use('/api', express.json({ limit: '100kb' }));
  app.use(healthRoutes(ctx));
  app.use(topicRoutes(ctx));
  app.use(timelineRoutes(ctx));
  app.use(articleRoutes(ctx));
  app.use(feedRoutes(ctx));
  app.use(digestRoutes(ctx));
  app.use(adminRoutes(ctx));
  app.use(notFoundHandler);
  app.use(errorHandler(ctx.log));
  return app;
}
