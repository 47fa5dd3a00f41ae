// Shared start-up for the server, the CLI and the demo: config → logger → migrated database → secrets.
import { systemClock, type Clock } from './clock.ts';
import { loadConfig, readEnv, type Config } from './config.ts';
import type { AppContext } from './context.ts';
import { openDb } from './db.ts';
import { applyMigrations } from './db/migrate.ts';
import { createLogger } from './log.ts';
import { loadSecrets } from './secrets/service.ts';
import { seedDefaultTopic } from './topics/service.ts';

export interface BootOptions {
  env?: Record<string, string | undefined>;
  clock?: Clock;
  /** Where generated secrets are shown once (never through the logger). */
  announce?: (lines: string[]) => void;
  logLevel?: string;
  logToStderr?: boolean;
}

export interface Booted {
  ctx: AppContext;
  close(): Promise<void>;
}

export async function boot(opts: BootOptions = {}): Promise<Booted> {
  const env = opts.env ?? readEnv();
  const config: Config = loadConfig(env);
  const log = createLogger(opts.logLevel ?? config.LOG_LEVEL, opts.logToStderr);
  await applyMigrations(config.DATABASE_URL, env);
  const db = await openDb(config.DATABASE_URL);
  await seedDefaultTopic(db);
  const announce = opts.announce ?? ((lines: string[]) => process.stdout.write(`\n${lines.join('\n')}\n\n`));
  const secrets = await loadSecrets(db, config, announce);
  const ctx: AppContext = { db, config, log, clock: opts.clock ?? systemClock, secrets };
  return { ctx, close: () => db.$disconnect() };
}
