#!/usr/bin/env node
// Usage: node scripts/with-db.mjs [command …]
//
// 1. Makes sure there is a database: DATABASE_URL (from the environment,
//    .env.local or .env) or else an embedded PostgreSQL in .data/postgres.
// 2. Applies the migrations (`prisma migrate deploy`) and runs the seed
//    (`prisma db seed`, idempotent) unless told not to.
// 3. Runs the command with DATABASE_URL set, forwards signals, stops the
//    embedded database afterwards and exits with the command's exit code.
//    Without a command it only prepares the database.
//
//   SKIP_SEED=1      do not seed
//   SKIP_MIGRATE=1   neither migrate nor seed
// `prisma migrate …` commands skip both steps (they manage migrations
// themselves, and must work when a migration has failed), except that
// `prisma migrate dev` still gets `migrate deploy` first (it cannot apply
// pending migrations itself with the JS engine); `prisma db seed` skips the
// automatic seed.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureDatabase, loadDatabaseUrlFromEnvFiles, REPO_ROOT } from "./lib/database.mjs";

const command = process.argv.slice(2);
const prismaCli = path.join(REPO_ROOT, "node_modules", "prisma", "build", "index.js");
const schemaFile = path.join(REPO_ROOT, "prisma", "schema.prisma");
const seedFile = path.join(REPO_ROOT, "prisma", "seed.ts");
const migrationsDir = path.join(REPO_ROOT, "prisma", "migrations");

function hasMigrations() {
  try {
    return fs
      .readdirSync(migrationsDir, { withFileTypes: true })
      .some((entry) => entry.isDirectory() && fs.existsSync(path.join(migrationsDir, entry.name, "migration.sql")));
  } catch {
    return false;
  }
}

const say = (message) => process.stderr.write(`[with-db] ${message}\n`);
const signalNumber = (signal) => os.constants.signals[signal] ?? 1;

const isPrisma = command.length > 0 && path.basename(command[0]) === "prisma";
const prismaMigrate = isPrisma && command[1] === "migrate";
const prismaMigrateDev = prismaMigrate && command[2] === "dev";
const prismaSeed = isPrisma && command[1] === "db" && command[2] === "seed";
// `migrate dev` fails after applying pending migrations itself ("shadow DB
// must be provided through an external factory"), so deploy runs first.
const skipMigrate = process.env.SKIP_MIGRATE === "1" || (prismaMigrate && !prismaMigrateDev);
const skipSeed = process.env.SKIP_MIGRATE === "1" || process.env.SKIP_SEED === "1" || prismaMigrate || prismaSeed;

let db = null;
let child = null;
let pendingSignal = null;

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    pendingSignal ??= signal;
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill(signal); // the command (or migrate/seed step) decides how to end
    }
  });
}

async function finish(code) {
  try {
    await db?.stop();
  } catch (error) {
    say(`stopping the database failed: ${error.message}`);
  }
  process.exit(code);
}

/** Spawn and wait; resolves to an exit code (128+n when killed by signal n). */
function run(file, args, { cwd, env }) {
  return new Promise((resolve) => {
    child = spawn(file, args, { cwd, env, stdio: "inherit" });
    child.on("error", (error) => {
      say(`cannot run ${file}: ${error.message}`);
      resolve(error.code === "ENOENT" ? 127 : 126);
    });
    child.on("exit", (code, signal) => {
      resolve(code ?? 128 + signalNumber(signal));
    });
  }).finally(() => {
    child = null;
  });
}

async function main() {
  loadDatabaseUrlFromEnvFiles();
  try {
    db = await ensureDatabase({ handleSignals: false });
  } catch (error) {
    say(error.message);
    return finish(1);
  }
  if (pendingSignal) return finish(128 + signalNumber(pendingSignal));

  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    PATH: [path.join(REPO_ROOT, "node_modules", ".bin"), process.env.PATH].filter(Boolean).join(path.delimiter),
    CHECKPOINT_DISABLE: process.env.CHECKPOINT_DISABLE ?? "1",
    PRISMA_HIDE_UPDATE_MESSAGE: process.env.PRISMA_HIDE_UPDATE_MESSAGE ?? "1",
    NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
  };
  const prisma = (...args) => run(process.execPath, [prismaCli, ...args], { cwd: REPO_ROOT, env });

  if (!fs.existsSync(schemaFile)) {
    say("prisma/schema.prisma does not exist yet: not migrating or seeding");
  } else {
    if (!skipMigrate) {
      const code = await prisma("migrate", "deploy");
      if (code !== 0) {
        say(`prisma migrate deploy failed (exit ${code})`);
        return finish(code);
      }
      if (pendingSignal) return finish(128 + signalNumber(pendingSignal));
    }
    if (!skipSeed) {
      if (!fs.existsSync(seedFile)) {
        say("prisma/seed.ts does not exist yet: not seeding");
      } else if (!hasMigrations()) {
        say("prisma/migrations has no migrations yet: not seeding");
      } else {
        const code = await prisma("db", "seed");
        if (code !== 0) {
          say(`prisma db seed failed (exit ${code})`);
          return finish(code);
        }
      }
    }
  }
  if (pendingSignal) return finish(128 + signalNumber(pendingSignal));

  if (command.length === 0) {
    say(db.embedded ? `database ready (${db.url}); stopping it again` : `database ready`);
    return finish(0);
  }
  const [file, ...args] = command;
  return finish(await run(file, args, { cwd: process.cwd(), env }));
}

main().catch((error) => {
  say(error?.stack ?? String(error));
  return finish(1);
});
