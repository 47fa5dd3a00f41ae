// CSRF defence for every admin form: a per-session token in a hidden field, compared in constant time, and
// the Origin header (when the browser sends one) must be this site.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import { sessionOf } from './session.ts';

export const CSRF_FIELD = '_csrf';

/** Hashing first gives equal lengths, so timingSafeEqual never throws and leaks no length. */
export function sameToken(given: unknown, expected: string): boolean {
  if (typeof given !== 'string' || given === '' || expected === '') return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** True when there is no Origin header, or it names this server (its Host) or the configured public URL. */
export function originAllowed(req: Request, config: Pick<Config, 'publicUrl'>): boolean {
  const origin = req.get('origin');
  if (origin === undefined) return true;
  let host: string;
  try {
    const u = new URL(origin);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
    host = u.host;
  } catch {
    return false; // includes "null" from sandboxed frames and privacy-sensitive redirects
  }
  return host === req.get('host') || host === new URL(config.publicUrl).host;
}

export const formField = (req: Request, name: string): unknown =>
  req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>)[name] : undefined;

export function checkOrigin(config: Pick<Config, 'publicUrl'>): RequestHandler {
  return (req, _res, next) => {
    if (req.method === 'POST' && !originAllowed(req, config)) {
      return next(new AppError('forbidden', 'This form was sent from another site.'));
    }
    next();
  };
}

/** After requireSession: a POST must carry the session's CSRF token. */
export const requireCsrf: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST') return next();
  if (!sameToken(formField(req, CSRF_FIELD), sessionOf(res).csrfToken)) {
    return next(new AppError('forbidden', 'The form has expired or did not come from this page. Reload it and try again.'));
  }
  next();
};
