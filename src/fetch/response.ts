import type { IncomingHttpHeaders } from 'node:http';
import { parseHttpDate, parseMaxAge, parseRetryAfter } from './retry-after.ts';

export const redirectStatuses = new Set([301, 302, 303, 307, 308]);
export const permanentStatuses = new Set([301, 308]);

export interface CacheHeaders {
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  cacheMaxAgeSeconds: number | null;
  expires: Date | null;
  retryAfter: Date | null;
}

/** The headers a caller stores or schedules by, parsed. */
export function readCacheHeaders(headers: IncomingHttpHeaders, now: Date): CacheHeaders {
  return {
    contentType: headers['content-type'] ?? null,
    etag: headers.etag ?? null,
    lastModified: headers['last-modified'] ?? null,
    cacheMaxAgeSeconds: parseMaxAge(headers['cache-control']),
    expires: parseHttpDate(headers.expires),
    retryAfter: parseRetryAfter(one(headers['retry-after']), now),
  };
}

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

// Header values with control characters make http.request throw; such stored validators are useless anyway.
export function isSendableHeader(value: string | null | undefined): value is string {
  return typeof value === 'string' && value !== '' && /^[\t\x20-\x7e\x80-\xff]*$/.test(value);
}
