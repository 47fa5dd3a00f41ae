// Prisma CLI configuration. Two schema folders, one per provider (a generated client and a migration history
// are tied to their provider): DATABASE_URL picks which one the CLI works on.
import 'dotenv/config';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

const root = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_DATABASE_URL = 'file:./data/tidemark.db';

// The native schema engine cannot be downloaded here: the CLI runs our stdio stand-in over the wasm engine.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, 'scripts', 'schema-engine.mjs');
// The CLI's update check spawns a child that calls checkpoint.prisma.io: the network is closed.
process.env.CHECKPOINT_DISABLE ??= '1';

type Provider = 'sqlite' | 'postgres';

function providerOf(url: string): Provider {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

// SQLite paths are relative to the working directory, as the app opens them; the CLI runs the engine
// elsewhere, so hand it an absolute path.
function absoluteSqliteUrl(url: string): string {
  const [file = '', query] = url.replace(/^file:(?!\/\/)/, '').split('?');
  if (url.startsWith('file://')) return url;
  const absolute = path.resolve(process.cwd(), file);
  return `file:${absolute}${query === undefined ? '' : `?${query}`}`;
}

const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
const forced = process.env.TIDEMARK_PRISMA_PROVIDER;
const provider: Provider = forced === 'sqlite' || forced === 'postgres' ? forced : providerOf(url);
const folder = path.join('prisma', provider);

export default defineConfig({
  schema: folder,
  migrations: { path: path.join(folder, 'migrations') },
  datasource: { url: provider === 'sqlite' && providerOf(url) === 'sqlite' ? absoluteSqliteUrl(url) : url },
});
