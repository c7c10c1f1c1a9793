#!/usr/bin/env node
// The operator's command for a database without demo data:
//
//   npm run admin -- invite <e-mail> [--name "Full Name"]
//
// applies the migrations (never the demo seed), makes an invitation to be
// national administrator and prints its link (single use, 14 days). With
// SMTP_URL set it is also e-mailed. The link opens the portal at AUTH_URL.
import path from "node:path";
import { spawnSync } from "node:child_process";
import { REPO_ROOT } from "./lib/database.mjs";

const result = spawnSync(
  process.execPath,
  [
    path.join(REPO_ROOT, "scripts", "with-db.mjs"),
    process.execPath,
    "--conditions=react-server",
    "--import",
    "tsx",
    path.join(REPO_ROOT, "scripts", "admin-cli.mts"),
    ...process.argv.slice(2),
  ],
  { stdio: "inherit", cwd: REPO_ROOT, env: { ...process.env, SKIP_SEED: "1" } },
);
process.exit(result.status ?? 1);
