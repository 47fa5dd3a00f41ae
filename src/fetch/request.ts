import http, { type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { stripBrackets } from './address-policy.ts';

/** DNS plus TCP connect took longer than connectTimeoutMs. */
export class ConnectTimeoutError extends Error {}

export interface Agents {
  http: http.Agent;
  https: https.Agent;
}

export interface HopOptions {
  headers: OutgoingHttpHeaders;
  agents: Agents;
  /** The guarded resolver: refused addresses fail here, before any connect. */
  lookup: LookupFunction;
  connectTimeoutMs: number;
  signal: AbortSignal;
}

/** One GET, resolved when the response headers arrive. The caller owns the body. */
export function openResponse(url: URL, options: HopOptions): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const secure = url.protocol === 'https:';
    const request = (secure ? https : http).request(
      {
        protocol: url.protocol,
        hostname: stripBrackets(url.hostname),
        port: url.port || (secure ? 443 : 80),
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers: options.headers,
        agent: secure ? options.agents.https : options.agents.http,
        lookup: options.lookup,
        signal: options.signal,
      },
      resolve,
    );
    // Stays attached after the response: later socket errors reach the body reader instead.
    request.on('error', reject);
    request.on('socket', (socket) => {
      if (!socket.connecting) return;
      // Node's own socket timeout measures idleness, not connect time; this timer covers DNS + TCP.
      const timer = setTimeout(() => {
        request.destroy(new ConnectTimeoutError(`no connection within ${options.connectTimeoutMs} ms`));
      }, options.connectTimeoutMs);
      socket.once('connect', () => clearTimeout(timer));
      socket.once('close', () => clearTimeout(timer));
    });
    request.end();
  });
}
