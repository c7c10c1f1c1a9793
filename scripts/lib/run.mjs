// Small process helpers shared by the demo, test and e2e scripts.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./database.mjs";
import { withDatabase } from "./database-url.mjs";

export { withDatabase };

export const bin = {
  prisma: path.join(REPO_ROOT, "node_modules", "prisma", "build", "index.js"),
  next: path.join(REPO_ROOT, "node_modules", "next", "dist", "bin", "next"),
  tsx: path.join(REPO_ROOT, "node_modules", "tsx", "dist", "cli.mjs"),
  vitest: path.join(REPO_ROOT, "node_modules", "vitest", "vitest.mjs"),
  playwright: path.join(REPO_ROOT, "node_modules", "@playwright", "test", "cli.js"),
  tsc: path.join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc"),
  prettier: path.join(REPO_ROOT, "node_modules", "prettier", "bin", "prettier.cjs"),
};

/** Runs a command to completion with inherited stdio; resolves with its exit code. */
export function run(command, args, { env = {}, cwd = REPO_ROOT } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Like run, but throws when the command fails. */
export async function must(command, args, options) {
  const code = await run(command, args, options);
  if (code !== 0)
    throw new Error(`${path.basename(args[0] ?? command)} ${args.slice(1).join(" ")} exited with ${code}`);
}

export const node = (script, args = [], options) => must(process.execPath, [script, ...args], options);

/** Applies migrations and seeds demo data (idempotent) on the database at `url`. */
export async function migrateAndSeed(url) {
  await node(bin.prisma, ["migrate", "deploy"], { env: { DATABASE_URL: url } });
  await node(bin.tsx, [path.join(REPO_ROOT, "prisma", "seed.ts")], { env: { DATABASE_URL: url } });
}

/**
 * Starts the portal's production server (scripts/server.mjs: Next's handler behind
 * the page cache, as `npm start` runs it) in its own process group and returns a
 * stop function that ends the whole group (`kill` sends another signal to it).
 * Output goes to the terminal, or appended to the file `log`.
 *
 * NEXT_STANDALONE=1 runs it in the standalone build of a `NEXT_OUTPUT=standalone`
 * build instead, laid out as the container image has it (Dockerfile), so the
 * test suites can run against what the image runs.
 */
export function startNext(port, env, { log } = {}) {
  const out = log ? fs.openSync(log, "a") : "inherit";
  const standalone = (env.NEXT_STANDALONE ?? process.env.NEXT_STANDALONE) === "1";
  const root = standalone ? path.join(REPO_ROOT, ".next", "standalone") : REPO_ROOT;
  if (standalone) {
    if (!fs.existsSync(path.join(root, "server.js")))
      throw new Error("NEXT_STANDALONE=1, but there is no standalone build: NEXT_OUTPUT=standalone next build");
    fs.cpSync(path.join(REPO_ROOT, ".next", "static"), path.join(root, ".next", "static"), { recursive: true });
    fs.cpSync(path.join(REPO_ROOT, "scripts", "server.mjs"), path.join(root, "scripts", "server.mjs"));
    fs.cpSync(
      path.join(REPO_ROOT, "scripts", "lib", "response-cache.mjs"),
      path.join(root, "scripts", "lib", "response-cache.mjs"),
    );
  }
  const child = spawn(process.execPath, [path.join(root, "scripts", "server.mjs")], {
    cwd: root,
    stdio: log ? ["ignore", out, out] : "inherit",
    detached: true,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: standalone ? "127.0.0.1" : "0.0.0.0",
      ...env,
    },
  });
  if (log) fs.closeSync(out);
  const kill = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      /* already gone */
    }
  };
  return { child, stop: () => kill("SIGTERM"), kill };
}

/** A stable AUTH_SECRET for this checkout, kept in .data (never committed). */
export function localAuthSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(REPO_ROOT, ".data", "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** Drops and re-creates `database` on the server of `url` (for test runs). */
export async function recreateDatabase(url, database) {
  const { default: pg } = await import("pg");
  const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  return withDatabase(url, database);
}

/** Has the production build been made from the sources as they are now? */
export function buildIsCurrent() {
  const stamp = path.join(REPO_ROOT, ".next", "BUILD_ID");
  if (!fs.existsSync(stamp)) return false;
  const built = fs.statSync(stamp).mtimeMs;
  const newest = (dir) => {
    let max = 0;
    if (!fs.existsSync(dir)) return 0;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "generated" || entry.name === "node_modules") continue;
      const p = path.join(dir, entry.name);
      max = Math.max(max, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
    }
    return max;
  };
  const sources = ["app", "components", "lib", "public"].map((d) => newest(path.join(REPO_ROOT, d)));
  const files = ["next.config.js", "package-lock.json", "prisma/schema.prisma"].map((f) =>
    fs.existsSync(path.join(REPO_ROOT, f)) ? fs.statSync(path.join(REPO_ROOT, f)).mtimeMs : 0,
  );
  return Math.max(...sources, ...files) < built;
}

/**
 * Runs `prepare(databaseUrl)` and then the production server on `port` with the env it
 * returns; stops the server and the (embedded) database together on a signal
 * or when the server exits. Used by the demo and the e2e server.
 */
export async function serveWithDatabase({ port, prepare }) {
  const { ensureDatabase } = await import("./database.mjs");
  const db = await ensureDatabase({ handleSignals: false });
  let server;
  const shutdown = async (code = 0) => {
    server?.stop();
    await db.stop();
    process.exit(code);
  };
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => void shutdown(0));
  // If whoever started us dies without a signal (e.g. SIGKILL), do not live on as an orphan.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && void shutdown(0), 1000).unref();
  try {
    const env = await prepare(db.url);
    server = startNext(port, env);
    server.child.on("exit", (code) => void shutdown(code ?? 0));
    return server;
  } catch (e) {
    console.error(e);
    await shutdown(1);
  }
}
