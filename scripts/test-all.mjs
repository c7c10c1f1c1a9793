#!/usr/bin/env node
// `npm test`: everything, in order — the format check (Prettier), typecheck, unit tests, integration tests
// against real PostgreSQL, the production build, and the Playwright e2e suite
// in Chromium (with a local OIDC server). Uses DATABASE_URL's server when set,
// otherwise one embedded PostgreSQL for the whole run.
import { ensureDatabase, loadDatabaseUrlFromEnvFiles } from "./lib/database.mjs";

loadDatabaseUrlFromEnvFiles();
import { bin, run } from "./lib/run.mjs";

const only = process.env.TEST_ONLY?.split(",");
const db = await ensureDatabase({ handleSignals: false });
const env = { DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: "1" };

const steps = [
  ["format", bin.prettier, ["--check", "."]],
  ["typecheck", bin.tsc, ["--noEmit"]],
  ["unit", bin.vitest, ["run", "--project", "unit"]],
  ["integration", bin.vitest, ["run", "--project", "integration"]],
  ["build", bin.next, ["build"]],
  ["e2e", bin.playwright, ["test"]],
];

const results = [];
let stopping = false;
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => (stopping = true));
for (const [name, script, args] of steps) {
  if (only && !only.includes(name)) continue;
  if (stopping) break;
  process.stderr.write(`\n=== ${name} ===\n`);
  const started = Date.now();
  const code = await run(process.execPath, [script, ...args], { env });
  results.push({ name, ok: code === 0, seconds: Math.round((Date.now() - started) / 1000) });
  if (code !== 0) break; // later steps depend on earlier ones
}
await db.stop();

process.stderr.write("\n=== summary ===\n");
for (const r of results) process.stderr.write(`${r.ok ? "ok  " : "FAIL"} ${r.name} (${r.seconds} s)\n`);
const failed = results.filter((r) => !r.ok).length;
console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 || stopping ? 1 : 0);
