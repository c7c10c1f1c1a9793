#!/usr/bin/env node
// Started by Playwright (playwright.config.ts): a fresh database (E2E_DATABASE, default "kp_e2e") with
// migrations and demo data, and the production build on E2E_PORT.
// Uses DATABASE_URL's server if set, otherwise the embedded PostgreSQL.
import { loadDatabaseUrlFromEnvFiles } from "./lib/database.mjs";
import { migrateAndSeed, recreateDatabase, serveWithDatabase } from "./lib/run.mjs";

loadDatabaseUrlFromEnvFiles();
await serveWithDatabase({
  port: Number(process.env.E2E_PORT ?? 3100),
  async prepare(serverUrl) {
    const url = await recreateDatabase(serverUrl, process.env.E2E_DATABASE ?? "kp_e2e");
    await migrateAndSeed(url);
    return {
      DATABASE_URL: url,
      AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-secret-not-for-production-0123456789",
    };
  },
});
