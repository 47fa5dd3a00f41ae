// Shared by the digest tests: an app context over a fresh database with a movable clock, a real SMTP server
// on 127.0.0.1, a real HTTP server for digestRoutes, and rows of news.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { loadConfig } from '../../src/config.ts';
import type { AppContext } from '../../src/context.ts';
import { openDb, type Db } from '../../src/db.ts';
import { digestRoutes } from '../../src/digest/routes.ts';
import { errorHandler, notFoundHandler } from '../../src/http/errors.ts';
import { createLogger } from '../../src/log.ts';
import { loadSecrets } from '../../src/secrets/service.ts';
import { createTestDb, type TestDb } from '../support/db.ts';

export const API_TOKEN = 'digest-test-token-0123456789';
export const TOPIC = { slug: 'missile-warning', name: 'Missile-warning data sharing' };

export interface MovableClock {
  now(): Date;
  set(iso: string): void;
}

export function movableClock(iso: string): MovableClock {
  let current = new Date(iso);
  return { now: () => new Date(current), set: (next) => void (current = new Date(next)) };
}

export interface DigestTestEnv {
  ctx: AppContext;
  clock: MovableClock;
  testDb: TestDb;
  topicId: number;
  /** Base URL of a real HTTP server running digestRoutes; also the config's PUBLIC_URL. */
  appUrl: string;
  /** The same context over a second database client, as a second process would have. */
  secondContext(): Promise<AppContext>;
  close(): Promise<void>;
}

export async function startDigestEnv(opts: { now: string; env?: Record<string, string> }): Promise<DigestTestEnv> {
  const testDb = await createTestDb();
  // Listen first so the emails' links can point at this very server.
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config = loadConfig({
    DATABASE_URL: testDb.url,
    API_TOKEN,
    PUBLIC_URL: appUrl,
    DIGEST_TIMEZONE: 'Asia/Seoul',
    MAIL_FROM: 'Tidemark <digest@tidemark.test>',
    LOG_LEVEL: 'silent',
    ...opts.env,
  });
  const clock = movableClock(opts.now);
  const secrets = await loadSecrets(testDb.db, config, () => {});
  const log = createLogger('silent');
  const ctx: AppContext = { db: testDb.db, config, log, clock, secrets };
  const topic = await testDb.db.topic.create({ data: { ...TOPIC, terms: ['missile'] } });
  server.on('request', digestApp(ctx));
  const extraDbs: Db[] = [];
  return {
    ctx,
    clock,
    testDb,
    topicId: topic.id,
    appUrl,
    async secondContext() {
      const db = await openDb(testDb.url);
      extraDbs.push(db);
      return { ...ctx, db };
    },
    async close() {
      await closeServer(server);
      for (const db of extraDbs) await db.$disconnect();
      await testDb.close();
    },
  };
}

function digestApp(ctx: AppContext): express.Express {
  const app = express();
  app.use('/api', express.json());
  app.use(digestRoutes(ctx));
  app.use(notFoundHandler);
  app.use(errorHandler(ctx.log));
  return app;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

export interface TestSmtp {
  url: string;
  messages: ParsedMail[];
  /** When set, every message is refused with this SMTP reply code (e.g. 451: try again later). */
  rejectWith: number | null;
  close(): Promise<void>;
}

export async function startSmtp(port = 0): Promise<TestSmtp> {
  const state: TestSmtp = { url: '', messages: [], rejectWith: null, close: async () => {} };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'], // plain SMTP on loopback; nodemailer would reject a self-signed cert
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          if (state.rejectWith) {
            return callback(Object.assign(new Error('Mailbox busy, try later'), { responseCode: state.rejectWith }));
          }
          state.messages.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = (server as unknown as { server: Server }).server.address() as AddressInfo;
  state.url = `smtp://127.0.0.1:${address.port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}

/** An SMTP URL where nothing listens: the port of a server that was started and closed. */
export async function deadSmtpUrl(): Promise<string> {
  const smtp = await startSmtp();
  await smtp.close();
  return smtp.url;
}

// ---- rows ----

let seq = 0;

export async function addArticle(
  db: Db,
  topicId: number,
  input: { title: string; url?: string; outlet?: string; createdAt: string; status?: string },
): Promise<number> {
  const n = ++seq;
  const url = input.url ?? `https://news.example/a/${n}`;
  const row = await db.article.create({
    data: {
      topicId,
      url,
      canonicalUrl: url,
      title: input.title,
      outlet: input.outlet ?? 'Example News',
      publishedAt: new Date(input.createdAt),
      fetchedAt: new Date(input.createdAt),
      text: `${input.title}. Body text.`,
      contentHash: `hash-${n}`,
      status: input.status ?? 'relevant',
      createdAt: new Date(input.createdAt),
    },
  });
  return row.id;
}

export async function addMilestone(
  db: Db,
  topicId: number,
  input: { title: string; date: string; createdAt: string; quote?: string; articleId?: number; pledgeStatus?: string; deadline?: string },
): Promise<number> {
  const row = await db.milestone.create({
    data: {
      topicId,
      key: `test-${++seq}`,
      date: input.date,
      precision: input.date.length === 10 ? 'day' : input.date.length === 7 ? 'month' : 'year',
      sortDate: input.date.padEnd(10, '-01').slice(0, 10),
      kind: input.pledgeStatus ? 'pledge' : 'agreement',
      title: input.title,
      actors: ['KR', 'US', 'JP'],
      status: input.pledgeStatus ? 'planned' : 'happened',
      confidence: 0.9,
      pledgeStatus: input.pledgeStatus ?? null,
      deadline: input.deadline ?? null,
      createdAt: new Date(input.createdAt),
    },
  });
  if (input.articleId && input.quote) {
    await db.evidence.create({
      data: {
        milestoneId: row.id,
        articleId: input.articleId,
        sentenceIndex: 0,
        quote: input.quote,
        dateText: input.date,
        claimedDate: input.date,
        claimedPrecision: 'day',
      },
    });
  }
  return row.id;
}

export const headerLine = (mail: ParsedMail, name: string): string | undefined =>
  mail.headerLines.find((h) => h.key === name.toLowerCase())?.line.replace(/^[^:]+:\s*/, '');

export const recipients = (mails: ParsedMail[]): string[] =>
  mails.flatMap((m) => (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) => a.value.map((v) => v.address ?? ''))).sort();
