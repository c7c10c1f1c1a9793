#!/usr/bin/env node
// `npm run demo`: the portal with demo data at http://localhost:3000.
// Database: DATABASE_URL if set, otherwise an embedded PostgreSQL in .data/.
// Migrates, seeds (first start creates the demo data; later starts keep your
// changes), builds if the sources changed, and starts the production server
// with the demo login switched on.
import { ensureDatabase, loadDatabaseUrlFromEnvFiles } from "./lib/database.mjs";

loadDatabaseUrlFromEnvFiles();
import { bin, buildIsCurrent, localAuthSecret, migrateAndSeed, node, startNext } from "./lib/run.mjs";

const port = Number(process.env.PORT ?? 3000);
const say = (m) => process.stderr.write(`[demo] ${m}\n`);

const db = await ensureDatabase({ handleSignals: false });
let server;
const shutdown = async (code = 0) => {
  server?.stop();
  await db.stop();
  process.exit(code);
};
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => void shutdown(0));

try {
  await migrateAndSeed(db.url);
  const env = {
    DATABASE_URL: db.url,
    AUTH_SECRET: localAuthSecret(),
    AUTH_URL: process.env.AUTH_URL ?? `http://localhost:${port}`,
    DEMO_LOGIN: process.env.DEMO_LOGIN ?? "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!buildIsCurrent()) {
    say("bygger portalen (next build) …");
    await node(bin.next, ["build"], { env });
  }
  server = startNext(port, env);
  say(`Kompetanseportalen kjører på http://localhost:${port} (Ctrl+C stopper)`);
  server.child.on("exit", (code) => void shutdown(code ?? 0));
} catch (e) {
  console.error(e);
  await shutdown(1);
}
