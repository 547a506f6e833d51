// Prisma's schema engine (the thing behind `prisma migrate`) compiled to WebAssembly and driven through
// @prisma/adapter-pg, because the native engine binary cannot be downloaded here.
// See /work/shared/stack-notes.md, "Prisma 7 offline", for why each workaround below exists.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

export type { SchemaEngine };

type EngineClass = typeof SchemaEngine;

export interface SchemaEngineSession {
  engine: SchemaEngine;
  /** The schema.prisma the engine was opened with, in the shape engine commands expect. */
  schemaFiles: { path: string; content: string }[];
}

const PG_CHAR_OID = 18; // internal one-byte "char" used by pg_catalog (contype, relkind, ...)
const PG_TEXT_OID = 25;

let engineClass: Promise<EngineClass> | undefined;
let lastPanicMessage: string | undefined;
let openEngines = 0;
const pendingEngineTimers = new Set<NodeJS.Timeout>();

/**
 * Opens an engine on `databaseUrl` with `schemaPath` as its datamodel, runs `fn`, then frees the engine and
 * closes every pool it opened (including shadow databases), whether `fn` succeeded or not.
 */
export async function withSchemaEngine<T>(
  databaseUrl: string,
  schemaPath: string,
  fn: (session: SchemaEngineSession) => Promise<T>,
): Promise<T> {
  const content = await readFile(schemaPath, "utf8");
  const schemaFiles = [{ path: schemaPath, content }];
  const adapters = new CharTolerantPgFactory(connectionSettingsFromUrl(databaseUrl));
  openEngines += 1;
  try {
    const Engine = await loadSchemaEngine();
    const adapterFactory = bindMigrationAwareSqlAdapterFactory(adapters);
    const engine = await explainPanics(
      Engine.new({ datamodels: [[schemaPath, content]] }, logEngineMessage, adapterFactory),
    );
    try {
      return await explainPanics(fn({ engine, schemaFiles }));
    } finally {
      engine.free();
    }
  } finally {
    openEngines -= 1;
    clearEngineTimersIfIdle();
    await adapters.disposeAll();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Wasm loading

function loadSchemaEngine(): Promise<EngineClass> {
  // The wasm-bindgen glue keeps the instance in module state: instantiate it exactly once per process.
  engineClass ??= instantiateSchemaEngine();
  return engineClass;
}

async function instantiateSchemaEngine(): Promise<EngineClass> {
  installPanicRegistry();
  // Node 20 cannot `import` a .wasm file (what the package's own entry point does), so wire the glue
  // module and the wasm instance together by hand.
  const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const glueFile = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(path.join(path.dirname(glueFile), "schema_engine_bg.wasm"));
  const imports = { ...glue, [setTimeoutImportOf(glue)]: setEngineTimeout };
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": imports });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue.SchemaEngine;
}

// The engine wraps waits (such as the 10 s for Prisma's advisory lock) in timeouts it never cancels: the
// glue has no clearTimeout. Left alone, each keeps the process alive ~10 s after the work is done.
// They are cleared once no engine is open, when no operation can still be waiting on one.
function setTimeoutImportOf(glue: object): string {
  const name = Object.keys(glue).find((key) => key.startsWith("__wbg_setTimeout_"));
  if (!name) throw new Error("Unsupported @prisma/schema-engine-wasm build: no setTimeout import");
  return name;
}

function setEngineTimeout(callback: () => void, milliseconds: number): NodeJS.Timeout {
  const timer = setTimeout(() => {
    pendingEngineTimers.delete(timer);
    callback();
  }, milliseconds >>> 0);
  pendingEngineTimers.add(timer);
  return timer;
}

function clearEngineTimersIfIdle(): void {
  if (openEngines > 0) return;
  for (const timer of pendingEngineTimers) clearTimeout(timer);
  pendingEngineTimers.clear();
}

function installPanicRegistry(): void {
  // Without a registry a Rust panic surfaces only as "unreachable"; this keeps its message.
  const registry = { set_message: (message: string) => void (lastPanicMessage = message) };
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof registry }).PRISMA_WASM_PANIC_REGISTRY = registry;
}

async function explainPanics<T>(work: Promise<T>): Promise<T> {
  lastPanicMessage = undefined;
  try {
    return await work;
  } catch (error) {
    throw toEngineError(error, lastPanicMessage);
  }
}

function toEngineError(error: unknown, panicMessage: string | undefined): Error {
  if (panicMessage) return new Error(`Schema engine panicked: ${panicMessage}`, { cause: error });
  if (error instanceof Error) return error;
  const message = typeof error === "string" ? error : JSON.stringify(error);
  return new Error(`Schema engine error: ${message}`, { cause: error });
}

function logEngineMessage(message: unknown): void {
  if (process.env.DEBUG?.includes("schema-engine")) console.error("[schema-engine]", message);
}

// ---------------------------------------------------------------------------------------------------------
// Connection settings

export interface ConnectionSettings {
  config: pg.PoolConfig;
  /** Prisma's `?schema=` parameter: the PostgreSQL schema to migrate instead of `public`. */
  schema: string | undefined;
}

export function connectionSettingsFromUrl(databaseUrl: string): ConnectionSettings {
  const url = new URL(databaseUrl);
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new Error(`Not a PostgreSQL URL: ${url.protocol}//…`);
  }
  const schema = schemaFromUrl(url);
  // Discrete fields, never `connectionString`: adapter-pg derives the shadow database's pool as
  // `{ ...config, database }`, and a connection string would silently win over that `database`.
  const config: pg.PoolConfig = {
    host: url.searchParams.get("host") ?? (url.hostname.replace(/^\[|\]$/g, "") || "localhost"),
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username) || undefined,
    password: decodeURIComponent(url.password) || undefined,
    database: decodeURIComponent(url.pathname.slice(1)) || undefined,
    ssl: sslFromMode(url.searchParams.get("sslmode")),
    // Migration scripts name no schema, so (as the native engine does) aim them with the search path.
    options: schema ? `-c search_path="${schema}"` : undefined,
  };
  return { config, schema };
}

function schemaFromUrl(url: URL): string | undefined {
  const schema = url.searchParams.get("schema") ?? undefined;
  if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) {
    throw new Error(`Unsupported schema name in the database URL: ${JSON.stringify(schema)}`);
  }
  return schema;
}

function sslFromMode(mode: string | null): pg.PoolConfig["ssl"] {
  if (mode === null || mode === "disable" || mode === "prefer") return undefined;
  return { rejectUnauthorized: mode === "verify-full" || mode === "verify-ca" };
}

// ---------------------------------------------------------------------------------------------------------
// "char" columns (OID 18)

// Result rows of queries that had "char" columns -> indexes of those columns. The rows array is the one
// object that survives unchanged from pg's result into adapter-pg's SqlResultSet.
const charColumnsOfRows = new WeakMap<object, number[]>();

/** A pg client that reports "char" columns as text, which adapter-pg can deserialize. */
class CharAsTextClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    // pool.query() passes a callback, adapter transactions use the promise: relabel on both paths.
    (this as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const callback = args.at(-1);
      if (typeof callback === "function") {
        args[args.length - 1] = (error: unknown, result: unknown) => {
          if (!error) relabelCharColumns(result);
          callback(error, result);
        };
        return query(...args);
      }
      const returned = query(...args);
      if (!(returned instanceof Promise)) return returned;
      return returned.then((result: unknown) => {
        relabelCharColumns(result);
        return result;
      });
    };
  }
}

function relabelCharColumns(result: unknown): void {
  const results = Array.isArray(result) ? result : [result];
  for (const one of results as Partial<pg.QueryResult>[]) {
    if (!one?.fields || !one.rows) continue;
    const charColumns = one.fields.flatMap((field, index) => (field.dataTypeID === PG_CHAR_OID ? [index] : []));
    if (charColumns.length === 0) continue;
    for (const index of charColumns) one.fields[index].dataTypeID = PG_TEXT_OID;
    charColumnsOfRows.set(one.rows, charColumns);
  }
}

/** Reports relabelled "char" columns as Character: the engine panics on Text where it expects a char. */
function restoreCharColumnTypes(resultSet: SqlResultSet): SqlResultSet {
  for (const index of charColumnsOfRows.get(resultSet.rows) ?? []) {
    resultSet.columnTypes[index] = ColumnTypeEnum.Character;
  }
  return resultSet;
}

// ---------------------------------------------------------------------------------------------------------
// Adapter factory handed to the engine

class CharTolerantPgFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  private readonly open = new Set<SqlDriverAdapter>();

  private readonly config: pg.PoolConfig;
  private readonly schema: string | undefined;

  constructor(settings: ConnectionSettings) {
    this.config = settings.config;
    this.schema = settings.schema;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.pgFactory(this.config).connect();
    return this.track(adapter, () => adapter.dispose());
  }

  // adapter-pg's own version drops the shadow database while its pool still holds connections to it
  // ("is being accessed by other users"): close the pool first, then drop.
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await this.runAdminStatement(`CREATE DATABASE "${database}"`);
    const adapter = await this.pgFactory({ ...this.config, database }).connect();
    return this.track(adapter, async () => {
      await adapter.dispose();
      await this.runAdminStatement(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    });
  }

  async disposeAll(): Promise<void> {
    const pending = [...this.open].map((adapter) => adapter.dispose());
    const failures = (await Promise.allSettled(pending)).filter((outcome) => outcome.status === "rejected");
    if (failures.length > 0) throw (failures[0] as PromiseRejectedResult).reason;
  }

  private pgFactory(config: pg.PoolConfig): PrismaPg {
    const poolConfig: pg.PoolConfig = {
      ...config,
      Client: CharAsTextClient as unknown as pg.PoolConfig["Client"],
      // One session, as with the native engine: Prisma's advisory lock is session-level, and on a bigger pool
      // it could be taken on a connection that then idles out (and lets the lock go) mid-migration.
      max: 1,
      idleTimeoutMillis: 0,
    };
    return new PrismaPg(poolConfig, { schema: this.schema });
  }

  private track(adapter: SqlDriverAdapter, release: () => Promise<void>): SqlDriverAdapter {
    let released: Promise<void> | undefined;
    const wrapped = wrapAdapter(adapter, () => {
      // The engine may dispose an adapter itself; disposeAll() must not end the same pool twice.
      released ??= release().finally(() => this.open.delete(wrapped));
      return released;
    });
    this.open.add(wrapped);
    return wrapped;
  }

  private async runAdminStatement(sql: string): Promise<void> {
    const client = new pg.Client(this.config);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}

function wrapAdapter(adapter: SqlDriverAdapter, dispose: () => Promise<void>): SqlDriverAdapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: async (query: SqlQuery) => restoreCharColumnTypes(await adapter.queryRaw(query)),
    executeRaw: (query: SqlQuery) => adapter.executeRaw(query),
    executeScript: (script: string) => executeAsOneStatement(adapter, script),
    startTransaction: async (isolationLevel?: IsolationLevel) =>
      wrapTransaction(await adapter.startTransaction(isolationLevel)),
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose,
  };
}

// adapter-pg splits scripts on every ";" (breaking string literals and $$ bodies) and commits statement by
// statement. The native engine sends a migration as one simple-protocol query, which PostgreSQL runs as a
// single implicit transaction: a failing migration leaves nothing half-applied. A parameterless query is
// sent with the simple protocol by pg, so executeRaw gives exactly that.
async function executeAsOneStatement(adapter: SqlDriverAdapter, script: string): Promise<void> {
  await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
}

function wrapTransaction(transaction: Transaction): Transaction {
  return {
    provider: transaction.provider,
    adapterName: transaction.adapterName,
    options: transaction.options,
    queryRaw: async (query: SqlQuery) => restoreCharColumnTypes(await transaction.queryRaw(query)),
    executeRaw: (query: SqlQuery) => transaction.executeRaw(query),
    commit: () => transaction.commit(),
    rollback: () => transaction.rollback(),
    createSavepoint: transaction.createSavepoint?.bind(transaction),
    rollbackToSavepoint: transaction.rollbackToSavepoint?.bind(transaction),
    releaseSavepoint: transaction.releaseSavepoint?.bind(transaction),
  };
}
