import { readFile } from "node:fs/promises";
import path from "node:path";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

export type { SchemaEngine };

declare global {
  var PRISMA_WASM_PANIC_REGISTRY: { set_message(message: string): void } | undefined;
}

let loaded: Promise<void> | undefined;

// The engine never cancels its timers (it imports no clearTimeout), so each advisory-lock
// timeout would keep the process alive for 10 s after the work is done; its database I/O
// keeps the process alive while it works anyway.
function unrefTimers(imports: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(imports)
      .filter((name) => name.startsWith("__wbg_setTimeout_"))
      .map((name) => [name, (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref()]),
  );
}

// Node 20 cannot import a .wasm module, so the engine is instantiated by hand with its
// wasm-bindgen glue as the import object; the glue holds one instance, hence load once.
function loadEngineWasm(): Promise<void> {
  loaded ??= (async () => {
    // A Rust panic surfaces only as a bare "unreachable" RuntimeError, often thrown from a
    // detached task where no caller can catch it: print the real message where it is known.
    globalThis.PRISMA_WASM_PANIC_REGISTRY = {
      set_message: (message) => console.error(`Prisma schema engine panicked: ${message}`),
    };
    const wasmPath = path.join(process.cwd(), "node_modules", "@prisma", "schema-engine-wasm", "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": { ...glue, ...unrefTimers(glue) },
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return loaded;
}

export type SchemaFile = [path: string, content: string];

export async function openSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schemaFiles: SchemaFile[],
): Promise<SchemaEngine> {
  await loadEngineWasm();
  return glue.SchemaEngine.new(
    { datamodels: schemaFiles },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}

/** The engine's multi-line error (with a Rust backtrace) as one sentence, without the final period. */
export function describeEngineError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const summary = message.split("\n")[0]!.trim().replace(/\.$/, "");
  const databaseError = /Error querying the database: (?:ERROR: )?(.+)/.exec(message)?.[1]?.trim();
  const parts = summary === "external connector error" ? [databaseError] : [summary, databaseError];
  return parts.filter((part) => part !== undefined && part !== "").join(": ");
}
