// The only reader of process.env: every setting parsed once, typed, documented, frozen.
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const list = z.string().transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));
const cron = z.string().regex(/^(\S+\s+){4,5}\S+$/, 'must be a cron expression of 5 or 6 fields');
const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as Asia/Seoul');

/** Each key: its type, default and meaning. README's configuration table mirrors this. */
export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000), // HTTP port
  HOST: z.string().default('127.0.0.1'), // interface to bind; 0.0.0.0 to expose
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, 'must start with file: (SQLite) or postgres:// (PostgreSQL)')
    .default('file:./data/tidemark.db'),
  INGEST_CRON: cron.default('*/15 * * * *'),
  DIGEST_CRON: cron.default('0 7 * * *'),
  DIGEST_TIMEZONE: timeZone.default('Asia/Seoul'),
  SCHEDULER_ENABLED: bool.default(true),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().default('Tidemark <tidemark@localhost>'),
  PUBLIC_URL: z.url().optional(), // base of links in emails; default http://localhost:PORT
  ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  API_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  FETCH_ALLOW_PRIVATE_NETWORKS: bool.default(false),
  FETCH_ALLOW_HOSTS: list.default([]), // hosts or IPs allowed even when private
  FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  FETCH_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  FETCH_MAX_BYTES: z.coerce.number().int().min(1024).default(5 * 1024 * 1024),
  FETCH_PER_HOST: z.coerce.number().int().min(1).default(2), // concurrent requests per host
  FETCH_HOST_DELAY_MS: z.coerce.number().int().min(0).default(500), // pause between requests to one host
  FEED_MIN_MINUTES: z.coerce.number().int().min(1).default(10),
  FEED_DEFAULT_MINUTES: z.coerce.number().int().min(1).default(15),
  FEED_MAX_MINUTES: z.coerce.number().int().min(1).default(24 * 60),
  FEED_MAX_BACKOFF_MINUTES: z.coerce.number().int().min(1).default(24 * 60),
  ARTICLES_PER_FEED: z.coerce.number().int().min(1).default(50), // new items fetched per feed per run
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = Readonly<z.infer<typeof configSchema>> & { publicUrl: string };

export class ConfigError extends Error {}

/** Parses an environment (process.env by default, after loading an optional .env). */
export function loadConfig(env: Record<string, string | undefined> = readEnv()): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return Object.freeze({ ...c, publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, '') });
}

/** The raw environment, for child processes that need it (Prisma's CLI). */
export function readEnv(): Record<string, string | undefined> {
  loadDotenv({ quiet: true });
  return { ...process.env };
}
