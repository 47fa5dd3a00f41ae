// Write APIs need `Authorization: Bearer <API_TOKEN>`.
import type { RequestHandler } from 'express';
import { AppError } from '../errors.ts';
import type { Secrets } from '../secrets/service.ts';

export function requireApiToken(secrets: Secrets): RequestHandler {
  return (req, _res, next) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) return next(new AppError('unauthorized', 'Authorization: Bearer <API_TOKEN> is required'));
    if (!secrets.checkApiToken(match[1])) return next(new AppError('unauthorized', 'Invalid API token'));
    next();
  };
}
