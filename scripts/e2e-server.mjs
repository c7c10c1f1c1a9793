#!/usr/bin/env node
// Started by Playwright (playwright.config.ts): a fresh database "kp_e2e" with
// migrations and demo data, and the production build on E2E_PORT.
// Uses DATABASE_URL's server if set, otherwise the embedded PostgreSQL.
import { ensureDatabase, loadDatabaseUrlFromEnvFiles } from "./lib/database.mjs";

loadDatabaseUrlFromEnvFiles();
import { migrateAndSeed, recreateDatabase, startNext } from "./lib/run.mjs";

const port = Number(process.env.E2E_PORT ?? 3100);
const db = await ensureDatabase({ handleSignals: false });
let server;
const shutdown = async (code = 0) => {
  server?.stop();
  await db.stop();
  process.exit(code);
};
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => void shutdown(0));

try {
  const url = await recreateDatabase(db.url, "kp_e2e");
  await migrateAndSeed(url);
  server = startNext(port, { DATABASE_URL: url, AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-secret-not-for-production-0123456789" });
  server.child.on("exit", (code) => void shutdown(code ?? 0));
} catch (e) {
  console.error(e);
  await shutdown(1);
}
