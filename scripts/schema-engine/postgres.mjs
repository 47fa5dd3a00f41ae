// PostgreSQL side of the stand-in: adapter-pg plus what the native engine does around it.
import { randomUUID } from 'node:crypto';
import { URL } from 'node:url';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { EngineError } from './log.mjs';

// Introspection reads catalog columns of type "char" (oid 18), which adapter-pg cannot map: read them as text.
const handleRowDescription = pg.Query.prototype.handleRowDescription;
pg.Query.prototype.handleRowDescription = function (message) {
  for (const field of message.fields) if (field.dataTypeID === 18) field.dataTypeID = 25;
  return handleRowDescription.call(this, message);
};

// Discrete fields rather than a connectionString, so that a copy with another `database` really connects there.
export function pgConfig(url) {
  const u = new URL(url);
  const q = u.searchParams;
  const config = {
    host: q.get('host') ?? (decodeURIComponent(u.hostname) || 'localhost'),
    port: Number(u.port || q.get('port') || 5432),
    user: decodeURIComponent(u.username) || q.get('user') || undefined,
    password: decodeURIComponent(u.password) || q.get('password') || undefined,
    database: decodeURIComponent(u.pathname.slice(1)) || undefined,
    max: 4,
  };
  const sslmode = q.get('sslmode');
  if (sslmode && sslmode !== 'disable' && sslmode !== 'prefer') config.ssl = { rejectUnauthorized: sslmode === 'verify-full' };
  const schema = q.get('schema');
  if (schema) config.options = `-c search_path="${schema.replaceAll('"', '""')}"`;
  config.database ??= config.user;
  return { config, schema: schema ?? undefined };
}

const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

function asEngineError(error, config) {
  switch (error.code) {
    case '3D000':
      return new EngineError('P1003', `Database \`${config.database}\` does not exist on the database server at \`${config.host}:${config.port}\`.`, {
        database_name: config.database, database_host: config.host, database_port: config.port,
      });
    case '28P01':
    case '28000':
      return new EngineError('P1000', `Authentication failed against database server at \`${config.host}\`, the provided database credentials for \`${config.user}\` are not valid.`, {
        database_user: config.user, database_host: config.host,
      });
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return new EngineError('P1001', `Can't reach database server at \`${config.host}:${config.port}\``, {
        database_host: config.host, database_port: config.port,
      });
    default:
      return error;
  }
}

async function withClient(config, run) {
  const client = new pg.Client(config);
  try {
    await client.connect();
    return await run(client);
  } catch (error) {
    throw asEngineError(error, config);
  } finally {
    await client.end().catch(() => {});
  }
}

export function postgresFactory(datasource) {
  const { config, schema } = pgConfig(datasource.url);
  const options = schema ? { schema } : undefined;
  const main = new PrismaPg(config, options);
  const open = new Set();
  const track = (adapter) => {
    open.add(adapter);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (!open.delete(adapter)) return;
      await dispose();
    };
    return adapter;
  };
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => track(await main.connect()),
    // adapter-pg drops its shadow database while its pool still uses it: create it here, drop it after closing.
    async connectToShadowDb() {
      if (datasource.shadowDatabaseUrl) return track(await new PrismaPg(pgConfig(datasource.shadowDatabaseUrl).config).connect());
      const database = `prisma_shadow_${randomUUID().replaceAll('-', '')}`;
      await withClient(config, (c) => c.query(`CREATE DATABASE ${quoteIdent(database)}`));
      const adapter = await new PrismaPg({ ...config, database }, options).connect();
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await withClient(config, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)}`));
      };
      return track(adapter);
    },
    async dispose() {
      await Promise.all([...open].map((adapter) => adapter.dispose()));
    },
  };
}

// One-shot `cli` commands of the native engine. Creating or dropping goes through the `postgres` database.
export async function postgresCli(command, url) {
  const { config } = pgConfig(url);
  const admin = { ...config, options: undefined, database: 'postgres' };
  switch (command) {
    case 'can-connect-to-database':
      await withClient(config, (c) => c.query('SELECT 1'));
      return;
    case 'create-database':
      await withClient(admin, (c) => c.query(`CREATE DATABASE ${quoteIdent(config.database)}`));
      return;
    case 'drop-database':
      await withClient(admin, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(config.database)}`));
      return;
    default:
      throw new Error(`unknown cli command: ${command}`);
  }
}
