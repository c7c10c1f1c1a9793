/**
 * The driver adapter that `prisma migrate` (and `prisma db …`) uses through
 * prisma.config.ts. Prisma 6.19 runs its WebAssembly schema engine over this
 * adapter, so no engine binary is needed.
 *
 * It is `PrismaPg` from @prisma/adapter-pg 6.19.3 with three fixes (see
 * /work/shared/domain/TOOLCHAIN.md):
 *
 * 1. prisma/prisma#27403 — catalog queries return columns of type `name`
 *    (oid 19) and `"char"` (18) that the adapter cannot map ("Column type
 *    'name' could not be deserialized"). `MigrateClient` (a `pg.Client`
 *    subclass, handed to the pool as `Client`) rewrites those type ids to
 *    `text` after pg has parsed the rows, and turns `name[]` into `text[]`
 *    (parsing the array literal pg leaves as a string). Both the promise and
 *    the callback forms of `query` are covered, because `pool.query` uses
 *    the callback form and transactions/introspection use `pool.connect()`
 *    clients directly.
 *    On top of that (found while testing here, not in TOOLCHAIN.md): the
 *    engine reads `pg_constraint.contype` with `get_expect_char`, which
 *    panics ("RuntimeError: unreachable") on a text value. That happens for
 *    every CHECK/EXCLUDE constraint, and on PostgreSQL 18 for every NOT NULL
 *    column (PG 18 stores those in pg_constraint; prisma/prisma#29635). So
 *    `"char"` columns are reported to the engine as Character, which is what
 *    the native engine produces: the adapter's `queryRaw` is wrapped to set
 *    that column type for the columns `MigrateClient` marked.
 * 2. The shadow database is opened with `{ ...config, database }`, which a
 *    `connectionString` would silently override (migrate dev would replay the
 *    migrations on the main database). We therefore only ever hand the
 *    adapter discrete host/port/user/password/database fields.
 * 3. The shadow database is dropped before its pool is closed ("is being
 *    accessed by other users"). `connectToShadowDb()` here closes the shadow
 *    pool first, then runs `DROP DATABASE IF EXISTS`, and closes the pool it
 *    used for that as well.
 *
 * The app itself does not use this module: at runtime it is the generated
 * client with a plain `new PrismaPg({ connectionString })` (lib/db.ts).
 */
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

type PrismaPgOptions = NonNullable<ConstructorParameters<typeof PrismaPg>[1]>;
type ShadowAdapter = Awaited<ReturnType<PrismaPg["connectToShadowDb"]>>;

const TEXT = 25;
const TEXT_ARRAY = 1009;
const CHAR = 18;
const CHAR_ARRAY = 1002;
/** ColumnTypeEnum.Character of @prisma/driver-adapter-utils. */
const COLUMN_TYPE_CHARACTER = 6;

/** Type ids the adapter cannot map → what to report to it instead. */
const TYPE_ID_REWRITES: ReadonlyMap<number, number> = new Map([
  [CHAR, TEXT], // "char" (and reported as Character, see below)
  [19, TEXT], // name
  [1003, TEXT_ARRAY], // name[]
]);

/** Hidden marker on a result's rows array: indices of "char" columns. */
const CHAR_COLUMNS = Symbol("charColumns");

// (pg's TypeId enum lists no array types, hence the cast.)
const getTextParser = pg.types.getTypeParser as (oid: number, format: "text") => (value: string) => unknown;
const parseTextArray = getTextParser(TEXT_ARRAY, "text");

type Field = { name: string; dataTypeID: number };
type ResultLike = { fields?: Field[]; rows?: unknown[] };

/** pg-types has no parser for name[] / "char"[] and leaves "{a,b}". */
function parseArrayColumn(rows: unknown[], field: Field, index: number): void {
  for (const row of rows) {
    if (Array.isArray(row)) {
      const value: unknown = row[index];
      if (typeof value === "string") row[index] = parseTextArray(value);
    } else if (row && typeof row === "object") {
      const record = row as Record<string, unknown>;
      const value = record[field.name];
      if (typeof value === "string") record[field.name] = parseTextArray(value);
    }
  }
}

function rewriteResult(result: unknown): void {
  if (Array.isArray(result)) {
    // A simple query with several statements yields one result per statement.
    for (const r of result) rewriteResult(r);
    return;
  }
  const { fields, rows } = (result ?? {}) as ResultLike;
  if (!Array.isArray(fields)) return;
  const charColumns: number[] = [];
  fields.forEach((field, index) => {
    if (field.dataTypeID === CHAR) charColumns.push(index);
    if ((field.dataTypeID === CHAR_ARRAY || field.dataTypeID === 1003) && Array.isArray(rows)) {
      parseArrayColumn(rows, field, index); // "char"[] stays 1002 (CharacterArray)
    }
    const replacement = TYPE_ID_REWRITES.get(field.dataTypeID);
    if (replacement !== undefined) field.dataTypeID = replacement;
  });
  if (charColumns.length > 0 && Array.isArray(rows)) {
    Object.defineProperty(rows, CHAR_COLUMNS, { value: charColumns, enumerable: false });
  }
}

type Queryable = { queryRaw(query: never): Promise<{ columnTypes: number[]; rows: unknown[] }> };

/** Report the columns MigrateClient marked as "char" as Character. */
function reportCharColumns<T extends Queryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = (async (query: never) => {
    const result = await queryRaw(query);
    const charColumns = (result.rows as unknown as { [CHAR_COLUMNS]?: number[] })[CHAR_COLUMNS];
    for (const index of charColumns ?? []) result.columnTypes[index] = COLUMN_TYPE_CHARACTER;
    return result;
  }) as T["queryRaw"];
  return queryable;
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/** Apply reportCharColumns to an adapter and to the transactions it starts. */
function patchAdapter<T extends Adapter>(adapter: T): T {
  reportCharColumns(adapter as unknown as Queryable);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args: Parameters<Adapter["startTransaction"]>) => {
    const tx = await startTransaction(...args);
    reportCharColumns(tx as unknown as Queryable);
    return tx;
  };
  return adapter;
}

type Callback = (err: Error | null, result?: unknown) => void;

/** A pg.Client whose results never carry the type ids the adapter rejects. */
export class MigrateClient extends pg.Client {
  // pg's typings declare many overloads; this one implementation serves all.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const [config, values, callback] = args as [unknown, unknown, unknown];
    const callQuery = super.query as unknown as (...a: unknown[]) => unknown;
    // Submittable queries (pg-cursor, pg-query-stream) manage their own rows.
    if (config && typeof (config as { submit?: unknown }).submit === "function") {
      return callQuery.apply(this, args);
    }
    const cb = (typeof values === "function" ? values : callback) as Callback | undefined;
    const vals = typeof values === "function" ? undefined : values;
    if (typeof cb === "function") {
      return callQuery.call(this, config, vals, (err: Error | null, result?: unknown) => {
        if (!err) {
          try {
            rewriteResult(result);
          } catch (e) {
            return cb(e as Error);
          }
        }
        cb(err, result);
      });
    }
    return (callQuery.call(this, config, vals) as Promise<unknown>).then((result) => {
      rewriteResult(result);
      return result;
    });
  }
}

// pg-connection-string is pg's own URL parser; resolve it next to pg.
const requireFromPg = createRequire(createRequire(import.meta.url).resolve("pg"));
const { parse: parseConnectionString } = requireFromPg("pg-connection-string") as {
  parse: (url: string) => Record<string, unknown>;
};

/** Discrete pool fields from a postgres URL (never a connectionString: fix 2). */
export function poolConfigFromUrl(url: string): { pool: pg.PoolConfig; schema?: string } {
  const parsed = { ...parseConnectionString(url) };
  const schema = typeof parsed.schema === "string" && parsed.schema ? parsed.schema : undefined;
  const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);
  const pool: pg.PoolConfig = {
    host: str(parsed.host),
    port: parsed.port ? Number(parsed.port) : undefined,
    user: str(parsed.user),
    password: str(parsed.password),
    database: str(parsed.database),
    application_name: str(parsed.application_name) ?? "prisma-migrate",
    options: str(parsed.options),
  };
  if (schema && !pool.options) {
    // Prisma's ?schema=… : the migration SQL it writes is unqualified.
    pool.options = `-c search_path=${schema}`;
  }
  if (parsed.ssl !== undefined && parsed.ssl !== false) {
    pool.ssl = parsed.ssl as pg.PoolConfig["ssl"];
  }
  for (const key of Object.keys(pool) as (keyof pg.PoolConfig)[]) {
    if (pool[key] === undefined) delete pool[key];
  }
  return { pool, schema };
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** PrismaPg for the migrate CLI, with the three fixes above. */
export class PrismaPgMigrate extends PrismaPg {
  private readonly baseConfig: pg.PoolConfig;
  private readonly adapterOptions: PrismaPgOptions | undefined;

  constructor(poolConfig: pg.PoolConfig, options?: PrismaPgOptions) {
    if ("connectionString" in poolConfig && poolConfig.connectionString) {
      throw new Error("PrismaPgMigrate needs discrete fields, not a connectionString (use poolConfigFromUrl)");
    }
    const config: pg.PoolConfig = {
      max: 4,
      // The CLI does not always dispose the adapter; without this the process
      // lingers until pg's 10 s idle timeout closes the pooled connections.
      allowExitOnIdle: true,
      idleTimeoutMillis: 1_000,
      ...poolConfig,
      Client: MigrateClient,
    };
    super(config, options);
    this.baseConfig = config;
    this.adapterOptions = options;
  }

  override async connect(): Promise<Adapter> {
    return patchAdapter(await super.connect());
  }

  override async connectToShadowDb(): Promise<ShadowAdapter> {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    try {
      await main.executeScript(`CREATE DATABASE ${quoteIdent(database)}`);
    } catch (error) {
      await main.dispose();
      throw error;
    }
    const shadow = patchAdapter(await new PrismaPg({ ...this.baseConfig, database }, this.adapterOptions).connect());
    const closeShadowPool = shadow.dispose.bind(shadow);
    let disposed = false;
    shadow.dispose = async () => {
      if (disposed) return;
      disposed = true;
      try {
        await closeShadowPool(); // fix 3: close the shadow pool first …
        await main.executeScript(`DROP DATABASE IF EXISTS ${quoteIdent(database)}`); // … then drop it
      } finally {
        await main.dispose();
      }
    };
    return shadow;
  }
}

/**
 * The WebAssembly schema engine wraps `pg_advisory_lock` in a 10 s timeout
 * made with `setTimeout`, and it never clears it (it imports no
 * clearTimeout). Every migrate command therefore lingers 10 s after it has
 * finished. Unref'ing the timers the engine creates lets the CLI exit as soon
 * as its work is done; while a query is still waiting, its socket keeps the
 * process alive, so the timeout still fires when it should. Call once, from
 * prisma.config.ts (which runs inside the CLI process).
 */
export function unrefSchemaEngineTimers(): void {
  const g = globalThis as typeof globalThis & { __unrefSchemaEngineTimers?: true };
  if (g.__unrefSchemaEngineTimers) return;
  g.__unrefSchemaEngineTimers = true;
  const original = globalThis.setTimeout;
  const patched = function (this: unknown, ...args: Parameters<typeof setTimeout>) {
    const timer = original.apply(this, args);
    const delay = args[1];
    if (typeof delay === "number" && delay >= 1_000 && /wasm-function/.test(new Error().stack ?? "")) {
      timer.unref?.();
    }
    return timer;
  };
  // Keep setTimeout[util.promisify.custom] and friends.
  for (const key of Reflect.ownKeys(original)) {
    if (!(key in patched)) {
      Object.defineProperty(patched, key, Object.getOwnPropertyDescriptor(original, key)!);
    }
  }
  globalThis.setTimeout = patched as unknown as typeof setTimeout;
}

/**
 * The factory prisma.config.ts returns from `adapter`. Reads DATABASE_URL
 * (postgresql://user:password@host:port/database[?schema=…]).
 */
export function createMigrateAdapter(url = process.env.DATABASE_URL): PrismaPgMigrate {
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Run Prisma through `node scripts/with-db.mjs prisma …` " +
        "(starts the embedded PostgreSQL) or set DATABASE_URL (in the environment or .env).",
    );
  }
  const { pool, schema } = poolConfigFromUrl(url);
  return new PrismaPgMigrate(pool, schema ? { schema } : undefined);
}
