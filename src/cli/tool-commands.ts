// CLI tools that need no database: they run exactly the code ingestion runs, on a file or a URL.
import { extractArticle } from '../articles/extract.ts';
import { loadConfig } from '../config.ts';
import { decodeBody } from '../feeds/charset.ts';
import { parseFeed } from '../feeds/parse.ts';
import { createFetcher, feedAccept, pageAccept } from '../fetch/index.ts';
import { fetchPolicy } from '../ingest/policy.ts';
import { timexCommand } from '../temporal/cli.ts';
import { parseOptions, type Io, type Tool } from './types.ts';

const isUrl = (s: string) => /^https?:\/\//i.test(s);

async function load(source: string, accept: string, io: Io): Promise<{ body: Buffer; url: string; contentType: string | null }> {
  if (isUrl(source)) {
    const fetch = createFetcher(fetchPolicy(loadConfig()));
    const res = await fetch({ url: source, accept });
    return { body: res.body, url: res.url, contentType: res.contentType };
  }
  return { body: await io.readFileBytes(source), url: '', contentType: null };
}

const extract: Tool = async (args, io) => {
  const { values, positionals } = parseOptions(args, { url: { type: 'string' } });
  const source = positionals[0];
  if (!source) return usageError(io, 'Usage: tidemark extract FILE.html|URL [--url URL]');
  const page = await load(source, pageAccept, io);
  const url = values.url ?? (page.url || `file://${source}`);
  const { text, charset } = decodeBody(page.body, page.contentType, 'html');
  io.stdout(JSON.stringify({ charset, ...extractArticle(text, { url }) }, null, 2));
  return 0;
};

const parseFeedTool: Tool = async (args, io) => {
  const { positionals } = parseOptions(args, {});
  const source = positionals[0];
  if (!source) return usageError(io, 'Usage: tidemark parse-feed FILE.xml|URL');
  const page = await load(source, feedAccept, io);
  io.stdout(JSON.stringify(await parseFeed(page.body, { url: page.url || `file://${source}`, contentType: page.contentType }), null, 2));
  return 0;
};

function usageError(io: Io, message: string): number {
  io.stderr(message);
  return 2;
}

export const toolCommands: Record<string, Tool> = {
  timex: (args, io) => timexCommand(args, { stdout: io.stdout, readStdin: io.readStdin, readFile: io.readFile }),
  extract,
  'parse-feed': parseFeedTool,
};
