// Loads @prisma/schema-engine-wasm (the same engine build the Prisma CLI expects) without its bundler-style entry.
/* global WebAssembly */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';

const require = createRequire(import.meta.url);
let ready;

// Panics inside the engine report their message here; without it they surface as a bare "unreachable".
class PanicRegistry {
  message = '';
  get() {
    return this.message;
  }
  set_message(message) {
    this.message = message;
  }
}
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= new PanicRegistry();

export function lastPanicMessage() {
  return globalThis.PRISMA_WASM_PANIC_REGISTRY.get();
}

export function loadEngineModule() {
  ready ??= (async () => {
    const pkg = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
    const bytes = await readFile(path.join(pkg, 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return glue;
  })();
  return ready;
}
