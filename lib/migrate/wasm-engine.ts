// Prisma's schema engine, run as WebAssembly. The CLI's native engine is downloaded at run time
// from a host our machines cannot reach, while the wasm build ships inside an npm package.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { migrationAdapter } from "./pg-adapter";

/** The part of schema_engine_bg.js we touch: the glue that wraps the raw wasm exports. */
type EngineGlue = {
  SchemaEngine: typeof SchemaEngine;
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

/** What the wasm instance exports besides the engine's methods. */
type EngineExports = WebAssembly.Exports & { __wbindgen_start(): void };

export type SchemaFile = { path: string; content: string };

let glue: Promise<EngineGlue> | undefined;

/**
 * The engine reports a Rust panic by writing its message here, then traps with a bare
 * "unreachable"; without the registry the write itself throws and the message is lost.
 */
type PanicRegistry = { set_message(message: string): void };
let lastPanic: string | undefined;
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry }).PRISMA_WASM_PANIC_REGISTRY = {
  set_message: (message) => {
    lastPanic = message;
    // A panic inside an engine callback surfaces as an uncaught trap, never reaching our catch.
    console.error(`Schema engine panicked: ${message}`);
  },
};

function withPanicMessage(error: unknown): unknown {
  if (!(error instanceof WebAssembly.RuntimeError) || lastPanic === undefined) return error;
  return new Error(`Schema engine panicked: ${lastPanic}`, { cause: error });
}

type TimerImport = (callback: () => void, delayMs: number) => NodeJS.Timeout;

/**
 * The engine arms ~10 s timers it never clears, which kept every command (and vitest) alive
 * for 10 s after its work was done. Unref'd, they cannot; `withSchemaEngine` holds the event
 * loop open itself while a call is in flight, so an engine waiting on a timer still finishes.
 */
function withUnrefTimers(bindings: EngineGlue): WebAssembly.ModuleImports {
  const imports: Record<string, unknown> = { ...bindings };
  for (const [name, value] of Object.entries(imports)) {
    if (!name.startsWith("__wbg_setTimeout_") || typeof value !== "function") continue;
    const setTimer = value as TimerImport;
    imports[name] = (callback: () => void, delayMs: number) => setTimer(callback, delayMs).unref();
  }
  return imports as WebAssembly.ModuleImports;
}

/**
 * The package entry imports the .wasm file as an ES module, which Node 20 refuses, so we
 * instantiate it ourselves with the glue module as its import object. The wasm memory is
 * process-wide, so this happens once per process.
 */
function loadGlue(): Promise<EngineGlue> {
  glue ??= (async () => {
    const packageDir = path.dirname(
      createRequire(__filename).resolve("@prisma/schema-engine-wasm/schema_engine_bg"),
    );
    const bytes = await readFile(path.join(packageDir, "schema_engine_bg.wasm"));
    const bindings: EngineGlue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const imports: WebAssembly.Imports = { "./schema_engine_bg.js": withUnrefTimers(bindings) };
    const { instance } = await WebAssembly.instantiate(bytes, imports);
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as EngineExports).__wbindgen_start();
    return bindings;
  })();
  return glue;
}

/** Engine logs are JSON lines; only worth seeing when debugging the engine itself. */
function logEngine(line: string): void {
  if (process.env.KINDLING_MIGRATE_DEBUG === "1") console.error(`[schema-engine] ${line}`);
}

/**
 * Runs `work` with an engine connected to `url` (the database to migrate, or only a server to
 * host shadow databases), and frees the engine afterwards so its pool does not keep us alive.
 */
export async function withSchemaEngine<T>(
  url: string,
  schemaFiles: SchemaFile[],
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine: Engine } = await loadGlue();
  const datamodels = schemaFiles.map((file): [string, string] => [file.path, file.content]);
  const adapter = migrationAdapter(url);
  const keepAlive = setInterval(() => undefined, 60_000);
  let engine: SchemaEngine | undefined;
  try {
    engine = await Engine.new(
      { datamodels },
      logEngine,
      bindMigrationAwareSqlAdapterFactory(adapter.factory),
    );
    return await work(engine);
  } catch (error) {
    throw withPanicMessage(error);
  } finally {
    clearInterval(keepAlive);
    engine?.free();
    await adapter.close();
  }
}
