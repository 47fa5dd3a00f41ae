// The admin page under /admin: server-rendered HTML, a strict CSP, a session cookie and CSRF-checked forms.
import { readFileSync } from 'node:fs';
import express, { Router, type ErrorRequestHandler, type RequestHandler } from 'express';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { checkOrigin, requireCsrf } from './csrf.ts';
import { createLoginLimiter } from './login-limit.ts';
import { errorPage } from './pages/login.ts';
import { feedRoutes, topicRoutes } from './routes/feeds.ts';
import { loginRoutes, logoutRoutes } from './routes/login.ts';
import { milestoneRoutes } from './routes/milestones.ts';
import { reportRoutes } from './routes/reports.ts';
import { subscriberRoutes } from './routes/subscribers.ts';
import { requireSession } from './session.ts';

const css = readFileSync(new URL('./admin.css', import.meta.url), 'utf8');

// Declared by every page so browsers do not ask for /favicon.ico (outside /admin, a 404).
const favicon =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#14213d"/>' +
  '<path d="M4 20c4-4 8 4 12 0s8-4 12 0" stroke="#7fb2ff" stroke-width="3" fill="none"/></svg>';

const ADMIN_CSP = "default-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const adminHeaders: RequestHandler = (_req, res, next) => {
  res.set({ 'Content-Security-Policy': ADMIN_CSP, 'Cache-Control': 'no-store' });
  res.type('html');
  next();
};

/** Errors on admin pages are pages too: the status, a message that is ours (escaped), never a stack. */
function adminErrors(ctx: AppContext): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const e = err as { type?: string; status?: number };
    const known = err instanceof AppError ? err : null;
    const status = known?.status ?? (typeof e?.status === 'number' && e.status >= 400 && e.status < 500 ? e.status : 500);
    const message = known
      ? known.message
      : e?.type === 'entity.too.large'
        ? 'The form is too large.'
        : status < 500
          ? 'The request could not be read.'
          : 'Something went wrong. The error was logged.';
    if (status >= 500) ctx.log.error({ err, path: req.path }, 'admin request failed');
    else ctx.log.warn({ path: req.path, status }, message);
    if (res.headersSent) return;
    const csrfToken = (res.locals.adminSession as { csrfToken?: string } | undefined)?.csrfToken;
    res.status(status).type('html').send(errorPage({ status, message, csrfToken }));
  };
}

export function adminRoutes(ctx: AppContext): Router {
  const admin = Router();
  admin.use(adminHeaders);
  admin.get('/admin.css', (_req, res) => {
    res.type('text/css').set('Cache-Control', 'public, max-age=3600').send(css);
  });
  admin.get('/favicon.svg', (_req, res) => {
    res.type('image/svg+xml').set('Cache-Control', 'public, max-age=86400').send(favicon);
  });
  admin.use(express.urlencoded({ extended: false, limit: '50kb' }));
  admin.use(checkOrigin(ctx.config));
  admin.use(loginRoutes(ctx, createLoginLimiter(ctx.clock)));
  admin.use(requireSession(ctx));
  admin.use(requireCsrf);
  admin.use(logoutRoutes(ctx));
  admin.use(reportRoutes(ctx));
  admin.use(feedRoutes(ctx));
  admin.use(topicRoutes(ctx));
  admin.use(milestoneRoutes(ctx));
  admin.use(subscriberRoutes(ctx));
  admin.use((req, _res, next) => next(new AppError('not_found', `No admin page at ${req.path}`)));
  admin.use(adminErrors(ctx));

  const outer = Router();
  outer.use('/admin', admin);
  return outer;
}
