// CLI commands that need the database; each is a thin call of a service function.
import { parseInput } from '../http/validate.ts';
import { createFeedBody } from '../feeds/schema.ts';
import { addFeed, feedsOf } from '../feeds/service.ts';
import { ingest } from '../ingest/service.ts';
import { createMailer } from '../digest/mailer.ts';
import { previewDigest, runDigest } from '../digest/service.ts';
import { reextractTopic } from '../milestones/service.ts';
import { serve } from '../server.ts';
import { keyDates } from '../timeline/key-dates.ts';
import { getTimeline } from '../timeline/service.ts';
import { createTopicBody } from '../topics/schema.ts';
import { addTopic, allTopics } from '../topics/service.ts';
import { AppError } from '../errors.ts';
import { formatFeeds, formatTimeline } from './format.ts';
import { parseOptions, positiveInt, type Command } from './types.ts';

const serveCommand: Command = async (ctx, _args, io) => {
  const running = await serve(ctx, { scheduler: ctx.config.SCHEDULER_ENABLED });
  io.stdout(`Tidemark is running at ${running.url} (admin: ${running.url}/admin)`);
  const stop = async () => {
    await running.stop();
    await ctx.db.$disconnect();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
  return -1;
};

const ingestCommand: Command = async (ctx, args, io) => {
  const { values } = parseOptions(args, { feed: { type: 'string' } });
  const feed = positiveInt(values.feed, '--feed');
  const run = await ingest(ctx, { trigger: 'cli', feedIds: feed ? [feed] : undefined });
  io.stdout(JSON.stringify({ run: run.id, status: run.status, counts: run.counts, errors: run.errors }, null, 2));
  return run.status === 'failed' ? 1 : 0;
};

const digestCommand: Command = async (ctx, args, io) => {
  const { values } = parseOptions(args, { preview: { type: 'boolean' }, topic: { type: 'string' } });
  if (values.preview) {
    for (const d of await previewDigest(ctx, { topicSlug: values.topic })) io.stdout(`Subject: ${d.subject}\n\n${d.text}\n`);
    return 0;
  }
  const result = await runDigest(ctx, { mailer: createMailer(ctx.config), trigger: 'cli' });
  io.stdout(JSON.stringify(result, null, 2));
  return 0;
};

const feedsCommand: Command = async (ctx, args, io) => {
  const [sub, ...rest] = args;
  const { values, positionals } = parseOptions(rest, { topic: { type: 'string' }, json: { type: 'boolean' } });
  if (sub === 'add') {
    const input = parseInput(createFeedBody, { url: positionals[0], topic: values.topic }, 'body');
    const feed = await addFeed(ctx, input);
    io.stdout(values.json ? JSON.stringify({ feed }, null, 2) : `Following feed ${feed.id}: ${feed.url} (topic ${feed.topic})`);
    return 0;
  }
  if (sub === 'list') {
    const feeds = await feedsOf(ctx, values.topic);
    io.stdout(values.json ? JSON.stringify({ feeds }, null, 2) : formatFeeds(feeds));
    return 0;
  }
  throw new AppError('bad_request', 'Usage: tidemark feeds add URL --topic SLUG | feeds list [--topic SLUG] [--json]');
};

const topicsCommand: Command = async (ctx, args, io) => {
  const [sub, ...rest] = args;
  const { values, positionals } = parseOptions(rest, { name: { type: 'string' }, terms: { type: 'string' }, json: { type: 'boolean' } });
  if (sub === 'add') {
    const input = parseInput(createTopicBody, { slug: positionals[0], name: values.name, terms: values.terms }, 'body');
    const topic = await addTopic(ctx, input);
    io.stdout(`Topic '${topic.slug}' created with ${topic.terms.length} terms`);
    return 0;
  }
  if (sub === 'list') {
    const topics = await allTopics(ctx);
    io.stdout(values.json ? JSON.stringify({ topics }, null, 2) : topics.map((t) => `${t.slug}\t${t.name}`).join('\n'));
    return 0;
  }
  throw new AppError('bad_request', 'Usage: tidemark topics add SLUG --name NAME --terms "a, b" | topics list');
};

const timelineCommand: Command = async (ctx, args, io) => {
  const { values, positionals } = parseOptions(args, { json: { type: 'boolean' }, top: { type: 'string' } });
  if (!positionals[0]) throw new AppError('bad_request', 'Usage: tidemark timeline SLUG [--top N] [--json]');
  const timeline = await getTimeline(ctx, positionals[0], { top: positiveInt(values.top, '--top') });
  io.stdout(values.json ? JSON.stringify(timeline, null, 2) : formatTimeline(timeline));
  return 0;
};

const keyDatesCommand: Command = async (ctx, args, io) => {
  const { values, positionals } = parseOptions(args, { json: { type: 'boolean' }, top: { type: 'string' } });
  if (!positionals[0]) throw new AppError('bad_request', 'Usage: tidemark key-dates SLUG [--top N] [--json]');
  const result = await keyDates(ctx, positionals[0], { top: positiveInt(values.top, '--top') ?? 10 });
  io.stdout(values.json ? JSON.stringify(result, null, 2) : result.dates.map((d) => `${d.date}  named by ${d.mentions} article(s)`).join('\n') || 'No dated articles yet.');
  return 0;
};

const reextractCommand: Command = async (ctx, args, io) => {
  const { values } = parseOptions(args, { topic: { type: 'string' } });
  io.stdout(JSON.stringify(await reextractTopic(ctx, values.topic), null, 2));
  return 0;
};

export const dbCommands: Record<string, Command> = {
  serve: serveCommand,
  ingest: ingestCommand,
  digest: digestCommand,
  feeds: feedsCommand,
  topics: topicsCommand,
  timeline: timelineCommand,
  'key-dates': keyDatesCommand,
  reextract: reextractCommand,
};
