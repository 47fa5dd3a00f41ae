// Sign-in and sign-out. The login form carries a double-submit token (no session exists yet to hold one).
import { Router, type Request } from 'express';
import type { AppContext } from '../../context.ts';
import { sameToken, formField } from '../csrf.ts';
import type { LoginLimiter } from '../login-limit.ts';
import { errorPage, loginPage } from '../pages/login.ts';
import {
  clearCookie,
  endSession,
  findSession,
  LOGIN_COOKIE,
  newToken,
  readCookie,
  SESSION_COOKIE,
  SESSION_MS,
  setCookie,
  startSession,
} from '../session.ts';

const LOGIN_TOKEN_MS = 60 * 60 * 1000;

const clientKey = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown';

export function loginRoutes(ctx: AppContext, limiter: LoginLimiter): Router {
  const r = Router();
  r.get('/login', async (req, res) => {
    if (await findSession(ctx, readCookie(req, SESSION_COOKIE))) return res.redirect(303, '/admin');
    const token = readCookie(req, LOGIN_COOKIE) ?? newToken();
    setCookie(ctx, res, LOGIN_COOKIE, token, LOGIN_TOKEN_MS);
    res.send(loginPage({ loginToken: token }));
  });

  r.post('/login', async (req, res) => {
    const token = readCookie(req, LOGIN_COOKIE);
    if (!token || !sameToken(formField(req, '_login'), token)) {
      return res.status(403).send(errorPage({ status: 403, message: 'The sign-in form has expired. Open the sign-in page again.' }));
    }
    const key = clientKey(req);
    const wait = limiter.waitFor(key);
    if (wait > 0) {
      const error = `Too many failed sign-ins. Try again in ${Math.ceil(wait / 1000)} seconds.`;
      return res.status(429).set('Retry-After', String(Math.ceil(wait / 1000))).send(loginPage({ loginToken: token, error }));
    }
    const password = formField(req, 'password');
    if (typeof password !== 'string' || password === '' || !ctx.secrets.checkAdminPassword(password)) {
      limiter.recordFailure(key);
      ctx.log.warn({ ip: key }, 'admin sign-in failed');
      return res.status(401).send(loginPage({ loginToken: token, error: 'Wrong password.' }));
    }
    limiter.reset(key);
    setCookie(ctx, res, SESSION_COOKIE, await startSession(ctx), SESSION_MS);
    clearCookie(ctx, res, LOGIN_COOKIE);
    res.redirect(303, '/admin');
  });
  return r;
}

/** Needs a session and a valid CSRF token (mounted after requireSession and requireCsrf). */
export function logoutRoutes(ctx: AppContext): Router {
  const r = Router();
  r.post('/logout', async (req, res) => {
    await endSession(ctx, readCookie(req, SESSION_COOKIE));
    clearCookie(ctx, res, SESSION_COOKIE);
    res.redirect(303, '/admin/login');
  });
  return r;
}
