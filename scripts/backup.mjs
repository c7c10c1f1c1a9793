#!/usr/bin/env node
// Backup and restore of the portal's database with PostgreSQL's own tools.
//
//   node scripts/backup.mjs dump <file.dump>             pg_dump -Fc of DATABASE_URL
//   node scripts/backup.mjs restore <file.dump> <name>   creates database <name> on the
//                                                        same server and restores into it
//
// The dump is PostgreSQL's custom format (compressed, restorable table by table).
// pg_dump/pg_restore must be at least the server's major version (Debian:
// postgresql-client-NN). The restored database is complete: schema, data,
// the migrations table and the audit trigger; point DATABASE_URL at it and
// start the portal. See README, "Backups".
import { execFileSync } from "node:child_process";
import pg from "pg";
import { withDatabase } from "./lib/database-url.mjs";

/** libpq understands the URL, but not Prisma-only parameters such as ?schema=. */
function libpqUrl(url) {
  const u = new URL(url);
  u.searchParams.delete("schema");
  u.searchParams.delete("connection_limit");
  return u.toString();
}

export function dump(url, file) {
  execFileSync(
    "pg_dump",
    ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${libpqUrl(url)}`],
    { stdio: "inherit" },
  );
}

export async function restore(url, file, name) {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Ugyldig databasenavn: ${name}`);
  const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  execFileSync(
    "pg_restore",
    ["--no-owner", "--no-privileges", "--exit-on-error", `--dbname=${libpqUrl(withDatabase(url, name))}`, file],
    { stdio: "inherit" },
  );
  return withDatabase(url, name);
}

if (process.argv[1] && /backup\.mjs$/.test(process.argv[1])) {
  const [cmd, file, name] = process.argv.slice(2);
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL mangler");
  if (cmd === "dump" && file) dump(url, file);
  else if (cmd === "restore" && file && name) console.log(`Gjenopprettet til ${await restore(url, file, name)}`);
  else {
    console.error("Bruk: node scripts/backup.mjs dump <fil> | restore <fil> <databasenavn>");
    process.exit(2);
  }
}
