import type { lookup as dnsLookup } from 'node:dns';

/** What a fetcher may do. Built once from config (src/config.ts) and passed in. */
export interface FetchPolicy {
  userAgent: string;
  /** DNS resolution plus TCP connect, per hop. */
  connectTimeoutMs: number;
  /** The whole fetch, every redirect hop and the body included. */
  totalTimeoutMs: number;
  /** Cap on the body, checked on the wire bytes and on the decompressed bytes. */
  maxBytes: number;
  maxRedirects: number;
  allowPrivateNetworks: boolean;
  /** Host names, IPs or CIDRs allowed even when they resolve to non-public addresses. */
  allowHosts: string[];
  /** Resolver used before the address check; tests inject one. Defaults to dns.lookup. */
  lookup?: typeof dnsLookup;
}

export const defaultFetchPolicy: Readonly<FetchPolicy> = Object.freeze({
  userAgent: 'Tidemark/0.1 (+https://github.com/tidemark/tidemark)',
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  allowPrivateNetworks: false,
  allowHosts: [],
});

export interface FetchRequest {
  url: string;
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  signal?: AbortSignal;
}

export interface FetchResult {
  /** Final URL after redirects. */
  url: string;
  status: number;
  notModified: boolean;
  /** Final URL when every hop was 301/308: the stored feed URL should be updated. */
  permanentRedirect: string | null;
  /** Decompressed body; empty on 304. */
  body: Buffer;
  /** sha256 hex of body, null on 304. */
  bodyHash: string | null;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  cacheMaxAgeSeconds: number | null;
  expires: Date | null;
  retryAfter: Date | null;
}

export type FetchErrorCode =
  | 'invalid_url'
  | 'blocked_address'
  | 'dns'
  | 'connect_timeout'
  | 'timeout'
  | 'connection'
  | 'too_large'
  | 'too_many_redirects'
  | 'redirect_loop'
  | 'bad_encoding'
  | 'http_status';

export interface FetchErrorDetails {
  status?: number;
  retryAfter?: Date | null;
  cause?: unknown;
}

export class FetchError extends Error {
  readonly code: FetchErrorCode;
  readonly status?: number;
  readonly retryAfter?: Date | null;
  readonly url: string;

  constructor(code: FetchErrorCode, url: string, message: string, details: FetchErrorDetails = {}) {
    // The URL stays out of the message: feed URLs can carry tokens, and messages end up in logs.
    super(`fetch: ${message}`, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'FetchError';
    this.code = code;
    this.url = url;
    if (details.status !== undefined) this.status = details.status;
    if (details.retryAfter !== undefined) this.retryAfter = details.retryAfter;
  }
}

export interface Clock {
  now(): Date;
}
