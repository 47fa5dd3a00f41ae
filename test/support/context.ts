// A full application context over a fresh test database, and a real HTTP server for it on 127.0.0.1.
import type { AddressInfo } from 'node:net';
import { fixedClock, systemClock, type Clock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import type { AppContext } from '../../src/context.ts';
import { createApp } from '../../src/http/app.ts';
import { createLogger } from '../../src/log.ts';
import { loadSecrets } from '../../src/secrets/service.ts';
import { defaultTopic } from '../../src/topics/defaults.ts';
import { addTopic } from '../../src/topics/service.ts';
import { createTestDb, type TestDb } from './db.ts';

export const API_TOKEN = 'test-api-token-0123456789';
export const ADMIN_PASSWORD = 'test-admin-password';

export interface TestContext {
  ctx: AppContext;
  testDb: TestDb;
  close(): Promise<void>;
}

export async function createTestContext(opts: { env?: Record<string, string>; now?: string; seed?: boolean; clock?: Clock } = {}): Promise<TestContext> {
  const testDb = await createTestDb();
  const config = loadConfig({
    DATABASE_URL: testDb.url,
    API_TOKEN,
    ADMIN_PASSWORD,
    FETCH_ALLOW_PRIVATE_NETWORKS: 'true',
    FETCH_HOST_DELAY_MS: '0',
    FETCH_TIMEOUT_MS: '5000',
    LOG_LEVEL: 'silent',
    ...opts.env,
  });
  // The shipped topic without its real feeds: tests never contact a real outlet.
  if (opts.seed !== false) await addTopic({ db: testDb.db }, { slug: defaultTopic.slug, name: defaultTopic.name, terms: defaultTopic.terms });
  const secrets = await loadSecrets(testDb.db, config, () => {});
  const clock = opts.clock ?? (opts.now ? fixedClock(opts.now) : systemClock);
  const ctx: AppContext = { db: testDb.db, config, log: createLogger('silent'), clock, secrets };
  return { ctx, testDb, close: () => testDb.close() };
}

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

export async function startApp(ctx: AppContext): Promise<TestServer> {
  const server = createApp(ctx).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const authHeaders = { authorization: `Bearer ${API_TOKEN}`, 'content-type': 'application/json' };

/** A response body as loosely typed JSON, for assertions. */
export const readJson = (res: Response): Promise<any> => res.json();
