#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which cannot be downloaded here (see docs and
// /work/shared/notes/prisma.md). prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY at this file; the CLI
// spawns it with the native arguments and speaks JSON-RPC 2.0 over stdio, one JSON object per line.
// The work is done by @prisma/schema-engine-wasm, the same engine build compiled to WebAssembly.
import { createInterface } from 'node:readline';
import { createEngine } from './schema-engine/engine.mjs';
import { EngineError, logLine } from './schema-engine/log.mjs';
import { postgresCli } from './schema-engine/postgres.mjs';
import { sqliteCli } from './schema-engine/sqlite.mjs';
import { lastPanicMessage } from './schema-engine/wasm.mjs';

function parseArgs(argv) {
  const args = { datamodelPaths: [], datasource: {}, cli: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--datamodels') args.datamodelPaths.push(argv[++i]);
    else if (arg === '--datasource') args.datasource = JSON.parse(argv[++i]);
    else if (arg === '--enabled-preview-features' || arg === '--extension-types') i++;
    else if (arg === 'cli') args.cli = argv[++i];
    else if (arg === '--version' || arg === '-V') args.version = true;
  }
  return args;
}

// `schema-engine cli <command>`: exit 0 on success; on failure an ERROR log line carrying the error code.
// The CLI skips the first stderr line, so one info line always comes first.
async function runCli(command, url) {
  logLine('INFO', `Starting schema engine CLI: ${command}`);
  try {
    if (!url) throw new Error('no datasource URL given');
    if (/^file:/.test(url)) await sqliteCli(command, url);
    else await postgresCli(command, url);
    process.exit(0);
  } catch (error) {
    logLine('ERROR', error.message, error instanceof EngineError ? error.errorCode : undefined);
    process.exit(1);
  }
}

function toRpcError(error, engine) {
  const panic = error instanceof WebAssembly.RuntimeError;
  const message = panic ? lastPanicMessage() || error.message : engine ? engine.explain(error) : String(error?.message ?? error);
  const errorCode = error?.errorCode ?? error?.error_code ?? error?.code;
  return {
    code: 4466,
    message,
    data: {
      is_panic: panic,
      message,
      error_code: typeof errorCode === 'string' && /^P\d{4}$/.test(errorCode) ? errorCode : undefined,
      meta: error?.meta ?? {},
    },
  };
}

async function runRpc(args) {
  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
  const onLog = (line) => process.stderr.write(`${typeof line === 'string' ? line : JSON.stringify(line)}\n`);
  let engine;
  const enginePromise = createEngine({ ...args, onLog }).then((e) => (engine = e));
  enginePromise.catch(() => {}); // reported on each request instead

  let printId = 0;
  const pendingPrints = new Map();
  const print = (content) =>
    new Promise((resolve) => {
      const id = `print-${++printId}`;
      pendingPrints.set(id, resolve);
      send({ jsonrpc: '2.0', id, method: 'print', params: { content } });
    });

  // Requests run one after another, as the native engine does. A panic inside the engine's async tasks
  // escapes as an uncaught exception: answer the request in flight with it, then exit as the native engine would.
  let queue = Promise.resolve();
  let current;
  process.on('uncaughtException', (error) => {
    if (current !== undefined) send({ jsonrpc: '2.0', id: current, error: toRpcError(error, engine) });
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exit(101);
  });
  const answer = async (request) => {
    current = request.id;
    try {
      const e = await enginePromise;
      const result = (await e.handle(request.method, request.params)) ?? {};
      if (typeof result === 'object' && typeof result.stdout === 'string') {
        await print(result.stdout);
        result.stdout = null;
      }
      send({ jsonrpc: '2.0', id: request.id, result });
    } catch (error) {
      send({ jsonrpc: '2.0', id: request.id, error: toRpcError(error, engine) });
    } finally {
      current = undefined;
    }
  };

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (!line.trim()) return;
    const message = JSON.parse(line);
    if (message.method === undefined && pendingPrints.has(message.id)) {
      pendingPrints.get(message.id)();
      pendingPrints.delete(message.id);
      return;
    }
    queue = queue.then(() => answer(message));
  });
  // The CLI ends stdin when it is done, then sends SIGTERM at once. Either way, close the connections first
  // (no lingering PostgreSQL backend, no SQLite journal left), then exit: the wasm engine leaves timers behind.
  let closing;
  const shutdown = () => {
    closing ??= queue
      .then(() => engine?.close())
      .finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  lines.on('close', shutdown);
  process.on('SIGTERM', shutdown);
}

const args = parseArgs(process.argv.slice(2));
if (args.version) {
  const { loadEngineModule } = await import('./schema-engine/wasm.mjs');
  process.stdout.write(`schema-engine-cli ${(await loadEngineModule()).version()}\n`);
} else if (args.cli) {
  await runCli(args.cli, args.datasource.url);
} else {
  await runRpc(args);
}
