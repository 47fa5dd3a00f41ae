// One wasm schema engine bound to the datasource, with the workarounds that make it behave like the native one.
import { readFileSync } from 'node:fs';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { EngineError } from './log.mjs';
import { postgresFactory } from './postgres.mjs';
import { sqliteFactory } from './sqlite.mjs';
import { loadEngineModule } from './wasm.mjs';

export function providerOf(url, datamodels) {
  if (url) {
    if (/^file:/.test(url)) return 'sqlite';
    if (/^postgres(ql)?:/.test(url)) return 'postgres';
    throw new Error(`unsupported datasource URL scheme: ${url.split(':')[0]}`);
  }
  const text = datamodels.map(([, content]) => content).join('\n');
  const match = /datasource\s+\w+\s*\{[^}]*provider\s*=\s*"(\w+)"/.exec(text);
  return match?.[1] === 'sqlite' ? 'sqlite' : 'postgres';
}

export async function createEngine({ datamodelPaths, datasource, onLog }) {
  const datamodels = datamodelPaths.map((file) => [file, readFileSync(file, 'utf8')]);
  const provider = providerOf(datasource.url, datamodels);
  const url = datasource.url ?? (provider === 'sqlite' ? 'file::memory:' : 'postgresql://localhost/postgres');
  const factory = provider === 'sqlite' ? sqliteFactory({ ...datasource, url }) : postgresFactory({ ...datasource, url });
  const glue = await loadEngineModule();
  let bound;
  let engine;
  const start = async () => {
    bound = bindMigrationAwareSqlAdapterFactory(factory);
    engine = await glue.SchemaEngine.new({ datamodels: datamodels.length > 0 ? datamodels : undefined }, onLog, bound);
  };
  await start();

  // Adapter failures reach the engine as "External error id#N": put the driver's message back.
  const explain = (error) => {
    const text = String(error?.message ?? error);
    return text.replace(/External error id#(\d+)/g, (whole, id) => {
      const record = bound.errorRegistry.consumeError(Number(id));
      const cause = record?.error;
      return cause ? `${whole}: ${cause.message ?? JSON.stringify(cause)}` : whole;
    });
  };

  const call = (method, params) => {
    const name = method === 'getDatabaseVersion' ? 'version' : method;
    if (typeof engine[name] !== 'function') throw new Error(`unknown method: ${method}`);
    return engine[name](params);
  };

  async function handle(method, params) {
    if (method === 'reset' && provider === 'sqlite') {
      // The wasm engine's SQLite reset drops nothing; the native one empties the file.
      engine.free();
      await factory.resetFile();
      await start();
      return null;
    }
    try {
      return await call(method, params);
    } catch (error) {
      const message = String(error?.message ?? '');
      if (method === 'devDiagnostic') {
        // Fresh database: no _prisma_migrations table yet. An empty apply creates it, as the native engine assumes.
        const empty = { ...params.migrationsList, migrationDirectories: [] };
        const created = await call('applyMigrations', { migrationsList: empty, filters: params.filters }).then(
          () => true,
          () => false,
        );
        if (!created) throw error;
        return await call(method, params);
      }
      if (method === 'applyMigrations') throw await withFailedMigration(error, params);
      if (message.includes('shadow DB must be provided through an external factory') && params?.migrationsList) {
        await call('devDiagnostic', { migrationsList: params.migrationsList, filters: params.filters ?? { externalTables: [], externalEnums: [] } });
        return await call(method, params);
      }
      throw error;
    }
  }

  // The wasm engine reports only the database error; name the migration that failed, as the native P3018 does.
  async function withFailedMigration(error, params) {
    const history = await call('diagnoseMigrationHistory', {
      migrationsList: params.migrationsList,
      optInToShadowDatabase: false,
      filters: params.filters,
    }).catch(() => undefined);
    const failed = history?.failedMigrationNames?.at(-1);
    if (!failed) return error;
    const detail = `${error.code ? `${error.code}: ` : ''}${explain(error)}`;
    return new EngineError(
      'P3018',
      `A migration failed to apply. New migrations cannot be applied before the error is recovered from ` +
        `(see \`prisma migrate resolve\`).\n\nMigration name: ${failed}\n\nDatabase error: ${detail}`,
      { migration_name: failed },
    );
  }

  return {
    provider,
    explain,
    handle,
    async close() {
      await factory.dispose().catch(() => {});
    },
  };
}
