// `npm run demo`: serves the bundled fixture feed and articles on 127.0.0.1, ingests them, and starts the
// server, so a newcomer sees a timeline at once. Honours PORT and DATABASE_URL (default ./data/demo.db).
import { fileURLToPath } from 'node:url';
import { boot } from './boot.ts';
import { readEnv } from './config.ts';
import { serveFixtures } from './demo/fixture-server.ts';
import { pointDemoFeed } from './demo/feed.ts';
import { ingest } from './ingest/service.ts';
import { serve } from './server.ts';
import { defaultTopic } from './topics/defaults.ts';

const root = fileURLToPath(new URL('../fixtures/demo', import.meta.url));

async function demo(): Promise<void> {
  const env = readEnv();
  const fixtures = await serveFixtures(root);
  const booted = await boot({
    env: { DATABASE_URL: 'file:./data/demo.db', ...env, FETCH_ALLOW_PRIVATE_NETWORKS: 'true' },
  });
  const { ctx } = booted;
  const feedId = await pointDemoFeed(ctx, defaultTopic.slug, `${fixtures.url}/feed.xml`);
  const run = await ingest(ctx, { trigger: 'demo', feedIds: [feedId] });
  const running = await serve(ctx, { scheduler: ctx.config.SCHEDULER_ENABLED });
  process.stdout.write(
    [
      `Demo feed served at ${fixtures.url}/feed.xml; ingested: ${JSON.stringify(run.counts)}`,
      `Tidemark is running at ${running.url}`,
      `  timeline: ${running.url}/api/topics/${defaultTopic.slug}/timeline`,
      `  admin:    ${running.url}/admin`,
      '',
    ].join('\n'),
  );
  const stop = async () => {
    await running.stop();
    await fixtures.close();
    await booted.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

demo().catch((err) => {
  process.stderr.write(`Demo failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
