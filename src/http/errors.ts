// One place maps errors to HTTP: {error: {code, message}}; 4xx logged at warn, 5xx at error.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError } from '../errors.ts';
import type { Logger } from '../log.ts';

export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const appError = toAppError(err);
    const body = { error: { code: appError.code, message: appError.message, ...(appError.field ? { field: appError.field } : {}) } };
    if (appError.status >= 500) log.error({ err, path: req.path }, 'request failed');
    else log.warn({ code: appError.code, path: req.path, status: appError.status }, appError.message);
    if (res.headersSent) return;
    res.status(appError.status).json(body);
  };
}

function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as { type?: string; status?: number; message?: string };
  // body-parser's errors: malformed JSON, too large, wrong charset.
  if (e?.type === 'entity.parse.failed') return new AppError('bad_request', 'Request body is not valid JSON');
  if (e?.type === 'entity.too.large') return new AppError('payload_too_large', 'Request body is too large');
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    return new AppError('bad_request', e.message ?? 'Bad request');
  }
  return new AppError('internal', 'Internal error');
}

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new AppError('not_found', `No route for ${req.method} ${req.path}`));
};
