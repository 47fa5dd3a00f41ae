import { createHash } from 'node:crypto';
import http, { type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { BlockedAddressError, createAddressGuard, stripBrackets, type AddressGuard } from './address-policy.ts';
import { acceptEncoding, UnsupportedEncodingError } from './decompress.ts';
import { BodyTooLargeError, isDecodeError, readBody } from './read-body.ts';
import { ConnectTimeoutError, openResponse, type Agents } from './request.ts';
import { isSendableHeader, permanentStatuses, readCacheHeaders, redirectStatuses } from './response.ts';
import { FetchError, type Clock, type FetchPolicy, type FetchRequest, type FetchResult } from './types.ts';

export const feedAccept =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, ' +
  'text/xml;q=0.9, application/json;q=0.8, text/html;q=0.7, */*;q=0.5';
export const pageAccept = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

const systemClock: Clock = { now: () => new Date() };

export type Fetcher = (req: FetchRequest) => Promise<FetchResult>;

/**
 * The one way Tidemark fetches a URL: redirects, timeouts, size caps, decompression and the
 * address policy all live here. Throws FetchError; an abort through req.signal rethrows its reason.
 */
export function createFetcher(policy: FetchPolicy, clock: Clock = systemClock): Fetcher {
  const guard = createAddressGuard(policy);
  // Own agents, without keep-alive: a pooled socket must never outlive the policy that checked it.
  const agents: Agents = { http: new http.Agent(), https: new https.Agent() };
  return async (req) => {
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), policy.totalTimeoutMs);
    const signal = req.signal ? AbortSignal.any([req.signal, deadline.signal]) : deadline.signal;
    let url = req.url;
    try {
      return await followRedirects(req, { policy, guard, agents, clock, signal }, (u) => (url = u));
    } catch (err) {
      if (req.signal?.aborted) throw req.signal.reason;
      throw toFetchError(err, url, deadline.signal.aborted);
    } finally {
      clearTimeout(timer);
    }
  };
}

interface Context {
  policy: FetchPolicy;
  guard: AddressGuard;
  agents: Agents;
  clock: Clock;
  signal: AbortSignal;
}

async function followRedirects(req: FetchRequest, ctx: Context, onHop: (url: string) => void): Promise<FetchResult> {
  let url = parseTarget(req.url, req.url);
  const visited = new Set([url.href]);
  let allPermanent = true;
  const headers = requestHeaders(req, ctx.policy);
  for (let hops = 0; ; hops++) {
    onHop(url.href);
    checkLiteralAddress(url, ctx.guard);
    const res = await openResponse(url, { headers, agents: ctx.agents, lookup: ctx.guard.lookup,
      connectTimeoutMs: ctx.policy.connectTimeoutMs, signal: ctx.signal });
    const location = res.headers.location;
    if (!redirectStatuses.has(res.statusCode ?? 0) || !location) {
      const permanent = hops > 0 && allPermanent ? url.href : null;
      return await finish(url, res, req, ctx, permanent);
    }
    res.destroy();
    const next = parseTarget(location, url.href, url);
    if (visited.has(next.href)) throw new FetchError('redirect_loop', next.href, 'redirect loop');
    if (hops >= ctx.policy.maxRedirects) {
      throw new FetchError('too_many_redirects', next.href, `more than ${ctx.policy.maxRedirects} redirects`);
    }
    visited.add(next.href);
    allPermanent &&= permanentStatuses.has(res.statusCode ?? 0);
    url = next;
  }
}

async function finish(
  url: URL, res: IncomingMessage, req: FetchRequest, ctx: Context, permanentRedirect: string | null,
): Promise<FetchResult> {
  const status = res.statusCode ?? 0;
  const cache = readCacheHeaders(res.headers, ctx.clock.now());
  if (status >= 400) {
    res.destroy();
    throw new FetchError('http_status', url.href, `HTTP ${status}`, { status, retryAfter: cache.retryAfter });
  }
  const notModified = status === 304;
  const base = { url: url.href, status, notModified, permanentRedirect, ...cache };
  if (notModified) {
    res.destroy();
    // A 304 may omit validators; the ones we sent are still the current ones.
    return { ...base, body: Buffer.alloc(0), bodyHash: null,
      etag: cache.etag ?? req.etag ?? null, lastModified: cache.lastModified ?? req.lastModified ?? null };
  }
  const body = await readBody(res, ctx.policy.maxBytes);
  return { ...base, body, bodyHash: createHash('sha256').update(body).digest('hex') };
}

function requestHeaders(req: FetchRequest, policy: FetchPolicy): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {
    'user-agent': policy.userAgent,
    accept: req.accept ?? feedAccept,
    'accept-encoding': acceptEncoding,
  };
  if (isSendableHeader(req.etag)) headers['if-none-match'] = req.etag;
  if (isSendableHeader(req.lastModified)) headers['if-modified-since'] = req.lastModified;
  return headers;
}

function parseTarget(raw: string, reportAs: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new FetchError('invalid_url', reportAs, 'not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('invalid_url', url.href, `scheme ${url.protocol} is not allowed`);
  }
  url.hash = '';
  return url;
}

// net.connect skips the resolver for IP literals, so those are checked here instead.
function checkLiteralAddress(url: URL, guard: AddressGuard): void {
  const host = stripBrackets(url.hostname);
  if (isIP(host) && !guard.allows(host, host)) {
    throw new FetchError('blocked_address', url.href, `address ${host} is not public; private networks are refused unless allowed (FETCH_ALLOW_PRIVATE_NETWORKS, FETCH_ALLOW_HOSTS)`);
  }
}

const dnsCodes = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME', 'ENODATA']);

function toFetchError(err: unknown, url: string, timedOut: boolean): FetchError {
  if (err instanceof FetchError) return err;
  const cause = { cause: err };
  if (err instanceof BlockedAddressError) return new FetchError('blocked_address', url, err.message, cause);
  if (err instanceof ConnectTimeoutError) return new FetchError('connect_timeout', url, err.message, cause);
  if (timedOut) return new FetchError('timeout', url, 'total timeout reached', cause);
  if (err instanceof BodyTooLargeError) return new FetchError('too_large', url, err.message, cause);
  if (err instanceof UnsupportedEncodingError || isDecodeError(err)) {
    return new FetchError('bad_encoding', url, (err as Error).message, cause);
  }
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code && dnsCodes.has(code)) return new FetchError('dns', url, `DNS lookup failed (${code})`, cause);
  const message = err instanceof Error ? err.message : String(err);
  return new FetchError('connection', url, message, cause);
}
