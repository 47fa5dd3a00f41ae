// Admin sessions: a random cookie value for the browser, only its sha256 in the database (a leaked table
// cannot be replayed), a per-session CSRF token, and a 12 h lifetime.
import { createHash, randomBytes } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { AppContext } from '../context.ts';
import { createSession, deleteExpiredSessions, deleteSession, findLiveSession, type SessionRow } from './store.ts';

export const SESSION_COOKIE = 'tidemark_admin';
export const LOGIN_COOKIE = 'tidemark_login'; // double-submit token of the login form (no session yet)
export const SESSION_MS = 12 * 60 * 60 * 1000;

export type Session = SessionRow;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

/** The named cookie of the request; no package needed for one header. */
export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{1,128}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}

export function setCookie(ctx: Pick<AppContext, 'config'>, res: Response, name: string, value: string, maxAgeMs: number): void {
  const secure = ctx.config.publicUrl.startsWith('https:');
  res.cookie(name, value, { httpOnly: true, sameSite: 'strict', path: '/admin', secure, maxAge: maxAgeMs });
}

export function clearCookie(ctx: Pick<AppContext, 'config'>, res: Response, name: string): void {
  const secure = ctx.config.publicUrl.startsWith('https:');
  res.clearCookie(name, { httpOnly: true, sameSite: 'strict', path: '/admin', secure });
}

/** Starts a session and returns the cookie value (never stored). Expired sessions are swept here. */
export async function startSession(ctx: Pick<AppContext, 'db' | 'clock'>): Promise<string> {
  const now = ctx.clock.now();
  await deleteExpiredSessions(ctx.db, now);
  const value = newToken();
  await createSession(ctx.db, { id: sha256(value), csrfToken: newToken(), expiresAt: new Date(now.getTime() + SESSION_MS) });
  return value;
}

export async function findSession(ctx: Pick<AppContext, 'db' | 'clock'>, cookieValue: string | undefined): Promise<Session | null> {
  if (!cookieValue) return null;
  return findLiveSession(ctx.db, sha256(cookieValue), ctx.clock.now());
}

export async function endSession(ctx: Pick<AppContext, 'db'>, cookieValue: string | undefined): Promise<void> {
  if (cookieValue) await deleteSession(ctx.db, sha256(cookieValue));
}

/** The signed-in session of this request (set by requireSession). */
export const sessionOf = (res: Response): Session => res.locals.adminSession as Session;

/** Every admin page but the login page: no live session → the login page. */
export function requireSession(ctx: AppContext): RequestHandler {
  return async (req, res, next) => {
    const session = await findSession(ctx, readCookie(req, SESSION_COOKIE));
    if (!session) return res.redirect(303, '/admin/login');
    res.locals.adminSession = session;
    next();
  };
}
