// The production build on a database with the migrations and nothing else —
// no demo data — as an operator starts a new installation. Used by
// tests/e2e/county-from-scratch.spec.ts, which then makes the first
// administrator with `npm run admin -- invite` and builds a county through
// the browser.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureDatabase } from "./lib/database.mjs";
import { bin, node, recreateDatabase, startNext } from "./lib/run.mjs";
import { stopProcess, waitFor } from "./two-instances.mjs";

/** Re-creates `database`, applies the migrations only, and starts the portal on `port` with `env`. */
export async function startFreshPortal({ port, database = "kp_e2e_fresh", env = {} }) {
  const db = await ensureDatabase({ handleSignals: false });
  const url = await recreateDatabase(db.url, database);
  await node(bin.prisma, ["migrate", "deploy"], { env: { DATABASE_URL: url } });
  const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kp-fresh-")), "portal.log");
  const publicUrl = `http://localhost:${port}`;
  const proc = startNext(
    port,
    { DATABASE_URL: url, AUTH_URL: publicUrl, AUTH_SECRET: crypto.randomBytes(32).toString("base64url"), ...env },
    { log },
  );
  try {
    await waitFor(`http://127.0.0.1:${port}/api/health`, 90_000, "the portal", () =>
      proc.child.exitCode !== null ? `exit ${proc.child.exitCode}\n${fs.readFileSync(log, "utf8").slice(-3000)}` : null,
    );
  } catch (e) {
    await stopProcess(proc);
    await db.stop();
    throw e;
  }
  return {
    url: publicUrl,
    databaseUrl: url,
    log,
    async stop() {
      await stopProcess(proc);
      await db.stop();
    },
  };
}
