// Helpers of the benchmark (bench/run.mjs): the production server, a real sign-in, the submit action's id.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { BENCH_NETWORK_ID } from "./personas.mjs";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const BIN = {
  next: path.join(ROOT, "node_modules", "next", "dist", "bin", "next"),
  prisma: path.join(ROOT, "node_modules", "prisma", "build", "index.js"),
  tsx: path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"),
};

/** Runs a Node script to completion (output shown unless quiet); throws when it fails. */
export function node(script, args, { env = {}, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: ROOT,
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
      env: { ...process.env, ...env },
    });
    let out = "";
    child.stdout?.on("data", (d) => (out += d));
    child.stderr?.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`${path.basename(script)} ${args.join(" ")} exited with ${code}\n${out}`)),
    );
  });
}

/**
 * The portal's production server (scripts/server.mjs, as `npm start` runs it) on `port` in its
 * own process group, with the demo login on; resolves when it answers. `stop()` ends the group.
 * `env` adds to its environment (RESPONSE_CACHE=0: the page cache off); `nodeArgs` go to node (--cpu-prof).
 */
export async function startNext({ port, databaseUrl, authSecret, env = {}, nodeArgs = [] }) {
  const log = fs.createWriteStream(path.join(ROOT, "bench", "out", `next-${port}.log`));
  const child = spawn(process.execPath, [...nodeArgs, path.join(ROOT, "scripts", "server.mjs")], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: authSecret,
      AUTH_URL: `http://localhost:${port}`,
      DEMO_LOGIN: "1",
      // One address signs in a few times; the limits themselves are not what is measured.
      RATE_LIMIT_MULTIPLIER: "100",
      REDIS_URL: "",
      SMTP_URL: "",
      PORT: String(port),
      ...env,
    },
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = false;
  child.on("exit", () => (exited = true));
  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    for (let i = 0; i < 50 && !exited; i++) await new Promise((r) => setTimeout(r, 100));
    if (!exited) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        /* gone */
      }
    }
  };
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 300; i++) {
    if (exited) throw new Error(`the server exited; see bench/out/next-${port}.log`);
    try {
      const res = await fetch(`${base}/logg-inn`, { redirect: "manual" });
      await res.arrayBuffer();
      if (res.status < 500) return { base, stop, pid: child.pid };
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error("the server did not answer in 60 s");
}

/**
 * Signs in as a person the way a visitor does: the sign-in page's demo form
 * (a server action posted as a plain form), then the session cookie it sets.
 */
/** The hidden action field of the demo sign-in form on /logg-inn (one form; each person's button sends `personId`). */
export function demoActionField(html) {
  return (
    html.match(/<form[^>]*id="demo-sign-in"[^>]*>\s*<input type="hidden" name="(\$ACTION_ID_[0-9a-f]+)"/)?.[1] ?? null
  );
}

export async function signIn(base, personId) {
  const html = await (await fetch(`${base}/logg-inn`)).text();
  const demoField = demoActionField(html);
  if (!demoField) throw new Error("No demo sign-in form on /logg-inn (DEMO_LOGIN off?)");
  const form = new FormData();
  form.set(demoField, "");
  form.set("personId", personId);
  const res = await fetch(`${base}/logg-inn`, {
    method: "POST",
    body: form,
    redirect: "manual",
    headers: { Origin: base },
  });
  await res.arrayBuffer();
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .filter((c) => c.startsWith("authjs.session-token="))
    .join("; ");
  if (!cookie) throw new Error(`Sign-in as ${personId} gave no session cookie (status ${res.status})`);
  return cookie;
}

/** The id of a server action in the build (what the browser sends as `Next-Action`). */
export function actionId(exportedName, filename) {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(ROOT, ".next", "server", "server-reference-manifest.json"), "utf8"),
  );
  const found = Object.entries(manifest.node).find(
    ([, e]) => e.exportedName === exportedName && e.filename === filename,
  );
  if (!found) throw new Error(`No server action ${exportedName} in ${filename}`);
  return found[0];
}

export function uptime() {
  const [one, five, fifteen] = fs.readFileSync("/proc/loadavg", "utf8").split(" ");
  return `load average ${one}, ${five}, ${fifteen}`;
}

/** The bench network's drafts in its open round (the ones the submit measurements use up). */
export async function benchDrafts(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query(
      `SELECT r.id, r.version FROM "NeedsReport" r JOIN "Round" o ON o.id = r."roundId" WHERE r."networkId" = $1 AND r.status = 'DRAFT' AND o.status = 'OPEN' ORDER BY r.id`,
      [BENCH_NETWORK_ID],
    );
    return rows;
  } finally {
    await c.end();
  }
}
