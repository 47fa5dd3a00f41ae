// Composition root: config → database → app → scheduler; stops cleanly on SIGTERM/SIGINT. Nothing imports it.
import { boot } from './boot.ts';
import { ConfigError } from './config.ts';
import { serve } from './server.ts';

async function main(): Promise<void> {
  const { ctx, close } = await boot();
  const running = await serve(ctx, { scheduler: ctx.config.SCHEDULER_ENABLED });
  process.stdout.write(`Tidemark is running at ${running.url} (admin: ${running.url}/admin)\n`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    ctx.log.info({ signal }, 'stopping');
    await running.stop();
    await close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err) => {
  process.stderr.write(`${err instanceof ConfigError ? err.message : `Tidemark failed to start: ${err instanceof Error ? err.stack : err}`}\n`);
  process.exit(1);
});
