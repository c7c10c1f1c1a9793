import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * `npm install && npm run demo` as root from a folder the `postgres` user
 * cannot enter (a clone under /root, a 0700 folder): the embedded PostgreSQL
 * runs as `postgres` and could not start there. The scripts stop with one
 * sentence in Norwegian and English saying what to do, never an unhandled
 * `spawn …/initdb EACCES`. CI runs as root, so this runs there.
 */
const root = typeof process.getuid === "function" && process.getuid() === 0;
const closed = mkdtempSync(path.join(tmpdir(), "kp-0700-"));
afterAll(() => rmSync(closed, { recursive: true, force: true }));

describe.runIf(root)("the embedded PostgreSQL, as root", () => {
  it("in a folder only root may enter, stops with a sentence saying what to do", () => {
    chmodSync(closed, 0o700);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      EMBEDDED_PG_DATA_DIR: path.join(closed, "data", "postgres"),
      EMBEDDED_PG_PORT: "54399",
    };
    delete env.DATABASE_URL;
    const run = spawnSync(process.execPath, ["scripts/with-db.mjs", "true"], {
      env,
      encoding: "utf8",
      timeout: 60_000,
    });
    const out = `${run.stdout}${run.stderr}`;
    expect(run.status, out).toBe(1);
    expect(out).toContain(
      `Den innebygde PostgreSQL kjører som brukeren «postgres», som ikke kommer inn i ${closed}: flytt klonen til en mappe alle kan åpne`,
    );
    expect(out).toContain("or set DATABASE_URL to a PostgreSQL you have.");
    expect(out).not.toMatch(/EACCES|at .*\.m?js:\d+/);
  });

  it("finds no blocked folder when the folders are open to others", async () => {
    const { folderPostgresCannotEnter } = await import("../../scripts/lib/database.mjs");
    chmodSync(closed, 0o755);
    expect(folderPostgresCannotEnter([path.join(closed, "data")])).toBeNull();
    chmodSync(closed, 0o700);
    expect(folderPostgresCannotEnter([path.join(closed, "data")])).toBe(closed);
  });
});
