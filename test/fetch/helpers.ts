import diagnostics from 'node:diagnostics_channel';
import http from 'node:http';
import type net from 'node:net';
import type { AddressInfo } from 'node:net';
import { defaultFetchPolicy, type FetchPolicy } from '../../src/fetch/index.ts';

export interface TestServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 with an OS-chosen port; close() also drops open sockets. */
export async function startServer(handler: http.RequestListener): Promise<TestServer> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The production defaults, opened only for the loopback test servers. */
export function testPolicy(overrides: Partial<FetchPolicy> = {}): FetchPolicy {
  return { ...defaultFetchPolicy, allowHosts: ['127.0.0.1'], ...overrides };
}

type Lookup = NonNullable<FetchPolicy['lookup']>;

/** A resolver from a fixed table; records the names it was asked for. No real DNS. */
export function tableLookup(table: Record<string, string[]>): { lookup: Lookup; asked: string[] } {
  const asked: string[] = [];
  const lookup = ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    asked.push(hostname);
    const addresses = (table[hostname] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    if (addresses.length === 0) {
      const err = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
      return process.nextTick(callback, err);
    }
    if (options.all) return process.nextTick(callback, null, addresses);
    process.nextTick(callback, null, addresses[0]!.address, addresses[0]!.family);
  }) as unknown as Lookup;
  return { lookup, asked };
}

/**
 * Safety net for tests that resolve names to non-loopback addresses: any client socket whose
 * lookup yields something other than 127.0.0.1 is destroyed before Node connects it
 * (net checks for destruction between 'lookup' and connect). Records what it stopped.
 */
export function installConnectTripwire(): { stopped: string[]; dispose(): void } {
  const stopped: string[] = [];
  const onSocket = (message: unknown): void => {
    const { socket } = message as { socket: net.Socket };
    socket.on('error', () => {});
    socket.on('lookup', (err: Error | null, address: string | undefined) => {
      if (err || address === '127.0.0.1') return;
      stopped.push(String(address));
      socket.destroy(new Error(`tripwire: refused to connect to ${address}`));
    });
  };
  diagnostics.subscribe('net.client.socket', onSocket);
  return { stopped, dispose: () => diagnostics.unsubscribe('net.client.socket', onSocket) };
}
