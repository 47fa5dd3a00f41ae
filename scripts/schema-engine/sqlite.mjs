// SQLite side of the stand-in: the better-sqlite3 adapter plus what the native engine does around it.
import { existsSync, mkdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { EngineError } from './log.mjs';

// `file:./x.db`, `file:/abs/x.db` and `file:///abs/x.db` → absolute path; relative to the process cwd.
export function sqlitePath(url) {
  const bare = url.split('?')[0];
  const file = bare.startsWith('file://') ? fileURLToPath(bare) : bare.replace(/^file:/, '');
  return path.resolve(file);
}

// The engine replays a whole migration as one argument-less executeRaw on the shadow database, and
// better-sqlite3's prepare() accepts a single statement only: run those as a script instead.
function scriptTolerant(adapter) {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    await adapter.executeScript(query.sql);
    return 0;
  };
  return adapter;
}

export function sqliteFactory(datasource) {
  const file = sqlitePath(datasource.url);
  mkdirSync(path.dirname(file), { recursive: true });
  const inner = new PrismaBetterSqlite3(
    { url: file },
    datasource.shadowDatabaseUrl ? { shadowDatabaseUrl: sqlitePath(datasource.shadowDatabaseUrl) } : undefined,
  );
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
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => track(await inner.connect()),
    connectToShadowDb: async () => track(scriptTolerant(await inner.connectToShadowDb())),
    // The native engine resets SQLite by emptying the file (dropping tables one by one is not done by the wasm build).
    async resetFile() {
      await Promise.all([...open].map((adapter) => adapter.dispose()));
      if (existsSync(file)) truncateSync(file, 0);
      for (const suffix of ['-journal', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    },
    async dispose() {
      await Promise.all([...open].map((adapter) => adapter.dispose()));
    },
  };
}

// One-shot `cli` commands of the native engine.
export async function sqliteCli(command, url) {
  const file = sqlitePath(url);
  switch (command) {
    case 'can-connect-to-database':
      if (!existsSync(file)) {
        throw new EngineError('P1003', `Database \`${path.basename(file)}\` does not exist at \`${file}\`.`, {
          database_file_name: path.basename(file),
          database_file_path: file,
        });
      }
      return;
    case 'create-database':
      mkdirSync(path.dirname(file), { recursive: true });
      if (!existsSync(file)) writeFileSync(file, '');
      return;
    case 'drop-database':
      for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(file + suffix, { force: true });
      return;
    default:
      throw new Error(`unknown cli command: ${command}`);
  }
}
