// The only node-cron import: a table of jobs, each run recorded by its service and never overlapping itself.
import cron, { type ScheduledTask } from 'node-cron';
import { ConfigError } from '../config.ts';
import type { Logger } from '../log.ts';

export interface Job {
  name: string;
  cron: string;
  /** The setting the expression came from, named in errors. */
  setting: string;
  timezone?: string;
  run: () => Promise<unknown>;
}

export interface Scheduler {
  /** Stops the ticks and waits for runs in flight. */
  stop(): Promise<void>;
}

export function startScheduler(jobs: Job[], log: Logger): Scheduler {
  for (const job of jobs) {
    if (!cron.validate(job.cron)) throw new ConfigError(`Invalid configuration:\n  ${job.setting}: '${job.cron}' is not a valid cron expression`);
  }
  const inFlight = new Set<Promise<unknown>>();
  const tasks: ScheduledTask[] = jobs.map((job) => {
    let running = false;
    return cron.schedule(
      job.cron,
      async () => {
        if (running) return log.warn({ job: job.name }, 'previous run still going; tick skipped');
        running = true;
        const p = job.run().catch((err) => log.error({ job: job.name, err }, 'scheduled run failed'));
        inFlight.add(p);
        try {
          await p;
        } finally {
          inFlight.delete(p);
          running = false;
        }
      },
      { name: job.name, timezone: job.timezone, noOverlap: true },
    );
  });
  log.info({ jobs: jobs.map((j) => `${j.name} ${j.cron}${j.timezone ? ` ${j.timezone}` : ''}`) }, 'scheduler started');
  return {
    async stop() {
      await Promise.all(tasks.map((t) => t.stop()));
      await Promise.all(tasks.map((t) => t.destroy()));
      await Promise.allSettled([...inFlight]);
    },
  };
}
