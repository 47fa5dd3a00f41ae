// Runs the HTTP server and the scheduler for a booted context until told to stop.
import type { Server } from 'node:http';
import type { AppContext } from './context.ts';
import { createMailer } from './digest/mailer.ts';
import { runDigest } from './digest/service.ts';
import { createApp } from './http/app.ts';
import { ingest } from './ingest/service.ts';
import { startScheduler, type Scheduler } from './jobs/scheduler.ts';

export interface Running {
  server: Server;
  url: string;
  stop(): Promise<void>;
}

export async function serve(ctx: AppContext, opts: { scheduler: boolean }): Promise<Running> {
  const { config, log } = ctx;
  const app = createApp(ctx);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.PORT, config.HOST, () => resolve(s));
    s.once('error', reject);
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.PORT;
  const url = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${port}`;
  let scheduler: Scheduler | null = null;
  if (opts.scheduler) {
    const mailer = createMailer(config);
    scheduler = startScheduler(
      [
        { name: 'ingest', cron: config.INGEST_CRON, setting: 'INGEST_CRON', run: () => ingest(ctx, { trigger: 'cron' }) },
        { name: 'digest', cron: config.DIGEST_CRON, setting: 'DIGEST_CRON', timezone: config.DIGEST_TIMEZONE, run: () => runDigest(ctx, { mailer, trigger: 'cron' }) },
      ],
      log,
    );
  }
  log.info({ url }, 'Tidemark is listening');
  return {
    server,
    url,
    async stop() {
      await scheduler?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}
