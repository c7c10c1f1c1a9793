// Prisma 6.19 CLI configuration. Migrations run through the WebAssembly schema
// engine over a driver adapter (`engine: "js"`), so no engine binary is
// downloaded. See /work/shared/domain/TOOLCHAIN.md and
// scripts/lib/prisma-migrate-adapter.ts for the adapter fixes.
//
// Usually run through `node scripts/with-db.mjs prisma …`, which provides
// DATABASE_URL (embedded PostgreSQL unless DATABASE_URL is already set).
import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { createMigrateAdapter, unrefSchemaEngineTimers } from "./scripts/lib/prisma-migrate-adapter";

// Prisma does not load .env when a config file exists, so load .env.local and
// .env here (like Next.js). Variables already in the environment win:
// process.loadEnvFile never overrides them.
for (const name of [".env.local", ".env"]) {
  const envFile = path.join(import.meta.dirname, name);
  if (existsSync(envFile)) process.loadEnvFile(envFile);
}
if (!process.env.DATABASE_URL) {
  console.warn(
    "prisma.config.ts: DATABASE_URL is not set (environment or .env). Run Prisma as " +
      "`node scripts/with-db.mjs prisma …` (embedded PostgreSQL); without DATABASE_URL " +
      "the CLI tries to download an engine binary and fails.",
  );
}

// Lets migrate commands exit when done instead of 10 s later (see the module).
unrefSchemaEngineTimers();

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => createMigrateAdapter(),
});
