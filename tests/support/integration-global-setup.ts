/**
 * Integration tests run against real PostgreSQL (DATABASE_URL: the embedded
 * server started by `npm test`, or the machine's server in CI). Once per run
 * a template database is migrated; every test file then gets its own copy
 * (CREATE DATABASE … TEMPLATE), so files run in parallel without sharing rows.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { withDatabase } from "../../scripts/lib/database-url.mjs";

/**
 * The template and the per-file copies are named after DATABASE_URL's database ("kp_ci" →
 * "kp_ci_tpl", "kp_ci_<random>"), so runs against different databases on one server
 * never drop each other's template.
 */
export const templateFor = (url: string) =>
  `${decodeURIComponent(new URL(url).pathname.slice(1)) || "kp_it"}_tpl`.slice(0, 50);

export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error("Integrasjonstestene trenger DATABASE_URL (kjør via `npm test` eller `npm run test:integration`).");
  const TEMPLATE = templateFor(url);
  const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${TEMPLATE}"`);
  } finally {
    await admin.end();
  }
  execFileSync(process.execPath, [path.resolve("node_modules/prisma/build/index.js"), "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: withDatabase(url, TEMPLATE) },
    stdio: "inherit",
  });
  process.env.KP_TEMPLATE_DB = TEMPLATE;
  process.env.KP_ADMIN_URL = withDatabase(url, "postgres");
}
