// `tidemark <command>`: each command calls the same service functions as the API and the scheduler.
import { readFile } from 'node:fs/promises';
import { boot, type Booted } from './boot.ts';
import { ConfigError } from './config.ts';
import { AppError } from './errors.ts';
import { dbCommands } from './cli/db-commands.ts';
import { toolCommands } from './cli/tool-commands.ts';
import type { Command, Io } from './cli/types.ts';

const usage = `Usage: tidemark <command> [options]

  serve                                  run the API, admin page and scheduler
  ingest [--feed ID]                     check due feeds (or one feed) now
  digest [--preview] [--topic SLUG]      send today's digests, or print what they would say
  feeds add URL --topic SLUG             follow a feed
  feeds list [--topic SLUG] [--json]     list feeds with their last status
  topics add SLUG --name NAME --terms "a, b"   define a topic
  topics list [--json]
  timeline SLUG [--top N] [--json]       print a topic's timeline
  key-dates SLUG [--top N] [--json]      the days a topic's articles name most (any topic)
  reextract [--topic SLUG]               rebuild milestones from stored articles (keeps curation)
  timex --published DATE [--lang en|ko|ja] [FILE|-]   tag and resolve the dates in a text
  extract FILE.html|URL [--url URL]      extract an article page as ingestion does
  parse-feed FILE.xml|URL                parse a feed as ingestion does
`;

const io: Io = {
  stdout: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  stderr: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
  readFile: (p) => readFile(p, 'utf8'),
  readFileBytes: (p) => readFile(p),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(usage);
    return name ? 0 : 2;
  }
  const tool = toolCommands[name];
  if (tool) return tool(args, io);
  const command: Command | undefined = dbCommands[name];
  if (!command) {
    io.stderr(`Unknown command '${name}'.\n\n${usage}`);
    return 2;
  }
  const booted: Booted = await boot({ logLevel: name === 'serve' ? undefined : 'warn', logToStderr: name !== 'serve', announce: (lines) => io.stderr(`\n${lines.join('\n')}\n`) });
  try {
    return await command(booted.ctx, args, io);
  } finally {
    if (name !== 'serve') await booted.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== -1) process.exit(code);
  },
  (err) => {
    if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
    else if (err instanceof AppError) process.stderr.write(`Error (${err.code}): ${err.message}\n`);
    else process.stderr.write(`Error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(err instanceof AppError && err.status < 500 ? 2 : 1);
  },
);
