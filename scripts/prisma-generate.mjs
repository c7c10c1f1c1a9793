#!/usr/bin/env node
// `prisma generate`, run as npm postinstall (and `npm run prisma:generate`).
// - Skips quietly while prisma/schema.prisma does not exist yet.
// - Sets a placeholder DATABASE_URL when none is set: the schema requires
//   env("DATABASE_URL"), and without it the CLI tries to download a query
//   engine. generate never connects to the database.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const schema = path.join(root, "prisma", "schema.prisma");
const cli = path.join(root, "node_modules", "prisma", "build", "index.js");

if (!fs.existsSync(schema)) {
  console.log("[prisma-generate] prisma/schema.prisma does not exist yet; skipping prisma generate");
  process.exit(0);
}
if (!fs.existsSync(cli)) {
  console.log("[prisma-generate] the prisma CLI is not installed; skipping prisma generate");
  process.exit(0);
}

const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL || "postgresql://placeholder:placeholder@localhost:5432/placeholder",
  CHECKPOINT_DISABLE: process.env.CHECKPOINT_DISABLE ?? "1",
  PRISMA_HIDE_UPDATE_MESSAGE: process.env.PRISMA_HIDE_UPDATE_MESSAGE ?? "1",
};
const result = spawnSync(process.execPath, [cli, "generate", ...process.argv.slice(2)], {
  cwd: root,
  env,
  stdio: "inherit",
});
if (result.error) {
  console.error(`[prisma-generate] ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
