#!/usr/bin/env node
// `npm run demo`: the portal with demo data at http://localhost:3000.
// Database: DATABASE_URL if set (also from .env.local/.env), otherwise an
// embedded PostgreSQL in .data/. Migrates, seeds (the first start creates the
// demo data; later starts keep your changes), builds if the sources changed,
// and starts the production server with the demo login switched on.
import { loadDatabaseUrlFromEnvFiles } from "./lib/database.mjs";
import { bin, buildIsCurrent, localAuthSecret, migrateAndSeed, node, serveWithDatabase } from "./lib/run.mjs";

loadDatabaseUrlFromEnvFiles();
const port = Number(process.env.PORT ?? 3000);
const say = (m) => process.stderr.write(`[demo] ${m}\n`);

await serveWithDatabase({
  port,
  async prepare(url) {
    await migrateAndSeed(url);
    const env = {
      DATABASE_URL: url,
      AUTH_SECRET: localAuthSecret(),
      AUTH_URL: process.env.AUTH_URL ?? `http://localhost:${port}`,
      DEMO_LOGIN: process.env.DEMO_LOGIN ?? "1",
    };
    if (!buildIsCurrent()) {
      say("bygger portalen (next build) …");
      await node(bin.next, ["build"], { env });
    }
    say(`Kompetanseportalen starter på http://localhost:${port} (Ctrl+C stopper)`);
    return env;
  },
});
