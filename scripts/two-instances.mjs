#!/usr/bin/env node
// Several production instances of the portal behind nginx, against one
// PostgreSQL database and one Redis — what docs/deploy.md describes, on one
// machine. tests/e2e/two-instances.spec.ts starts it through `startCluster`.
//
//   node scripts/two-instances.mjs                 two instances (a, b) and nginx; Ctrl+C stops them
//   node scripts/two-instances.mjs --instances 3   three
//   node scripts/two-instances.mjs --nginx-config  prints the nginx configuration and exits
//
// From one production build (`next build`, made here if the sources changed):
// the database is re-created, migrated and seeded ONCE (the release step),
// then every instance starts the production server (scripts/server.mjs) with the same AUTH_SECRET,
// REDIS_URL and database, and never migrates. nginx balances round robin, with
// no sticky sessions. Each instance has INSTANCE_ID (a, b, …), so every page and
// server-action response says in `X-Instance` which instance answered.
//
//   TWO_INSTANCES_PORT      nginx's port (default 3190); the instances take the next ones
//   TWO_INSTANCES_DATABASE  the database, re-created (default kp_two_instances), on DATABASE_URL's
//                           server, else the embedded PostgreSQL
//   REDIS_URL               default redis://127.0.0.1:6379
//   NGINX                   the nginx binary (default /usr/sbin/nginx, else nginx on PATH)
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureDatabase, loadDatabaseUrlFromEnvFiles, REPO_ROOT } from "./lib/database.mjs";
import { bin, buildIsCurrent, migrateAndSeed, node, recreateDatabase, startNext } from "./lib/run.mjs";

const say = (m) => process.stderr.write(`[two-instances] ${m}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Where the upstream's servers are: `instances` ports after nginx's own. */
export function instancePorts(port, instances = 2) {
  return Array.from({ length: instances }, (_, i) => port + 1 + i);
}

/**
 * The portal's part of the nginx configuration, for an `http {}` block (in
 * production: a file in /etc/nginx/conf.d/). docs/deploy.md shows it as the
 * test makes it (tests/unit/deploy-docs.test.ts keeps the two equal).
 */
export function nginxPortalConfig({ listen, upstreams, accessLog = "logs/access.log" }) {
  return `# Kompetanseportalen: N instances behind nginx, round robin, no sticky sessions (docs/deploy.md).
upstream kompetanseportalen {
    # One state for all worker processes: the round robin and the failure counts.
    zone kompetanseportalen 64k;
${upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=10s;`).join("\n")}
    keepalive 16;
    # Below Node's 5 s keep-alive: else an instance may close an idle connection just as nginx reuses it
    # (found by the test: "Connection reset by peer", and the instance marked down for 10 s).
    keepalive_timeout 4s;
}

log_format kompetanseportalen '$remote_addr [$time_local] "$request" $status upstream=$upstream_addr $upstream_response_time';

server {
    listen ${listen};
    server_name localhost;
    # Case attachments (up to 10 MB) are posted to server actions, which take 12 MB (next.config.js).
    client_max_body_size 12m;
    access_log ${accessLog} kompetanseportalen;

    location / {
        proxy_pass http://kompetanseportalen;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        # The host as the browser sent it, port included: Next.js checks a server action's Origin against it.
        proxy_set_header Host $http_host;
        proxy_set_header X-Forwarded-Host $http_host;
        proxy_set_header X-Forwarded-Proto $scheme;
        # nginx appends the address it saw; the portal counts rate limits on that entry only (TRUSTED_PROXY_HOPS=1).
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        # When an instance cannot be reached the request goes to the next one, a POST too (nothing was
        # sent yet); nginx repeats no POST that an instance dropped halfway.
        proxy_connect_timeout 2s;
        proxy_next_upstream error timeout;
        proxy_read_timeout 120s;
    }
}
`;
}

/** A whole nginx configuration that runs unprivileged under `prefix` (nginx -p), for this script. */
export function nginxConfig({ listen, upstreams }) {
  return `# Written by scripts/two-instances.mjs. Run: nginx -p <this directory> -c nginx.conf
daemon off;
worker_processes 2;
pid nginx.pid;
error_log logs/error.log warn;
events { worker_connections 512; }
http {
    client_body_temp_path temp/client_body;
    proxy_temp_path temp/proxy;
    fastcgi_temp_path temp/fastcgi;
    uwsgi_temp_path temp/uwsgi;
    scgi_temp_path temp/scgi;
    include kompetanseportalen.conf;
}
`;
}

function nginxBinary() {
  if (process.env.NGINX) return process.env.NGINX;
  return fs.existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
}

/** GET `url` until it answers 200, or throw after `ms`. */
export async function waitFor(url, ms, what, isDead = () => null) {
  const end = Date.now() + ms;
  let last = "no answer";
  while (Date.now() < end) {
    const dead = isDead();
    if (dead) throw new Error(`${what} stopped: ${dead}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = e.cause?.code ?? e.message;
    }
    await sleep(250);
  }
  throw new Error(`${what} did not answer 200 at ${url} within ${ms / 1000} s (last: ${last})`);
}

const tail = (file, lines = 30) => {
  try {
    return fs.readFileSync(file, "utf8").trim().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
};

/**
 * Re-creates, migrates and seeds the database (once), starts `instances`
 * instances of the current build and nginx in front of them. Returns the
 * public URL, the instances (id, port, log file, stop/kill) and `stop()`.
 * `instanceEnv(id)` adds or overrides environment for one instance.
 */
export async function startCluster({
  port = Number(process.env.TWO_INSTANCES_PORT ?? 3190),
  instances = 2,
  database = process.env.TWO_INSTANCES_DATABASE ?? "kp_two_instances",
  redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
  instanceEnv = () => ({}),
} = {}) {
  if (!fs.existsSync(path.join(REPO_ROOT, ".next", "BUILD_ID"))) {
    throw new Error("no production build: run `npm run build` first");
  }
  const nginx = nginxBinary();
  if (spawnSync(nginx, ["-v"]).error)
    throw new Error(`nginx not found (${nginx}): apt-get install nginx, or set NGINX to its path`);

  const started = Date.now();
  const db = await ensureDatabase({ handleSignals: false });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kp-cluster-${port}-`));
  fs.chmodSync(dir, 0o755); // nginx's workers (nobody, when started as root) write request bodies under temp/
  const procs = [];
  let nginxProc = null;
  const rateLimitPrefix = `kp-cluster-${crypto.randomBytes(4).toString("hex")}`;

  const stop = async ({ dropDatabase = false } = {}) => {
    if (nginxProc && nginxProc.exitCode === null) {
      nginxProc.kill("SIGTERM");
      await new Promise((r) => (nginxProc.exitCode !== null ? r() : nginxProc.once("exit", r)));
    }
    await Promise.all(procs.map((p) => p.stop()));
    try {
      const { Redis } = await import("ioredis");
      const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
      await redis.connect();
      const keys = await redis.keys(`${rateLimitPrefix}:*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    } catch {
      /* Redis gone: nothing to clean */
    }
    if (dropDatabase) {
      const { default: pg } = await import("pg");
      const { withDatabase } = await import("./lib/database-url.mjs");
      const admin = new pg.Client({ connectionString: withDatabase(db.url, "postgres") });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).finally(() => admin.end());
    }
    await db.stop();
  };

  try {
    // The release step, once: migrations and the demo data. The instances never migrate.
    const url = await recreateDatabase(db.url, database);
    say(`database ${database}: migrating and seeding (the release step)`);
    await migrateAndSeed(url);

    const publicUrl = `http://localhost:${port}`;
    const shared = {
      DATABASE_URL: url,
      AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      AUTH_URL: publicUrl,
      DEMO_LOGIN: "1",
      REDIS_URL: redisUrl,
      RATE_LIMIT_PREFIX: rateLimitPrefix,
      TRUSTED_PROXY_HOPS: "1",
      JOB_SECRET: crypto.randomBytes(24).toString("base64url"),
      DATABASE_POOL_MAX: "5",
    };
    const ports = instancePorts(port, instances);
    ports.forEach((p, i) => {
      const id = String.fromCharCode(97 + i); // a, b, c …
      const log = path.join(dir, `instance-${id}.log`);
      const proc = startNext(p, { ...shared, INSTANCE_ID: id, ...instanceEnv(id) }, { log });
      procs.push({
        id,
        port: p,
        pid: proc.child.pid,
        log,
        child: proc.child,
        stop: () => stopProcess(proc),
        kill: () => killProcess(proc, p),
      });
    });
    await Promise.all(
      procs.map((p) =>
        waitFor(`http://127.0.0.1:${p.port}/api/health`, 60_000, `instance ${p.id}`, () =>
          p.child.exitCode !== null ? `exit ${p.child.exitCode}\n${tail(p.log)}` : null,
        ),
      ),
    );

    for (const d of ["logs", "temp"]) fs.mkdirSync(path.join(dir, d), { recursive: true });
    fs.writeFileSync(
      path.join(dir, "kompetanseportalen.conf"),
      nginxPortalConfig({ listen: port, upstreams: ports.map((p) => `127.0.0.1:${p}`) }),
    );
    fs.writeFileSync(path.join(dir, "nginx.conf"), nginxConfig({ listen: port }));
    const nginxArgs = ["-p", `${dir}/`, "-c", "nginx.conf", "-e", "logs/error.log"];
    const check = spawnSync(nginx, [...nginxArgs, "-t"], { encoding: "utf8" });
    if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);
    nginxProc = spawn(nginx, nginxArgs, { stdio: "ignore" });
    await waitFor(`${publicUrl}/api/health`, 15_000, "nginx", () =>
      nginxProc.exitCode !== null ? `exit ${nginxProc.exitCode}\n${tail(path.join(dir, "logs", "error.log"))}` : null,
    );
    say(
      `${instances} instances (${procs.map((p) => `${p.id} on ${p.port}`).join(", ")}) behind nginx at ${publicUrl}, ready in ${Math.round((Date.now() - started) / 1000)} s; logs in ${dir}`,
    );

    return {
      url: publicUrl,
      dir,
      instances: procs,
      jobSecret: shared.JOB_SECRET,
      /** Every request nginx passed on, from its access log: method, path, status and the instance that answered. */
      served() {
        const byPort = new Map(procs.map((p) => [`127.0.0.1:${p.port}`, p.id]));
        return tail(path.join(dir, "logs", "access.log"), 100_000)
          .split("\n")
          .filter(Boolean)
          .map((line) => {
            const m = line.match(/"(\S+) (\S+) [^"]*" (\d{3}) upstream=([^\s,]+(?:, [^\s,]+)*)/);
            if (!m) return null;
            // After a failed try nginx lists every upstream it tried ("a, b"); the last one answered.
            const tried = m[4].split(", ").map((u) => byPort.get(u) ?? u);
            return { method: m[1], path: m[2], status: Number(m[3]), instance: tried.at(-1), tried };
          })
          .filter(Boolean);
      },
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

/**
 * SIGKILL to the instance's process group (a crash: no goodbye), resolved when
 * its port refuses connections. Requests that were under way are lost with it.
 */
async function killProcess(proc, port) {
  proc.kill("SIGKILL");
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(500) });
    } catch (e) {
      if (e.cause?.code === "ECONNREFUSED") return;
    }
    await sleep(50);
  }
  throw new Error(`the instance on port ${port} still answers after SIGKILL`);
}

/** SIGTERM to the instance's process group; SIGKILL if it is still there after 10 s. */
export async function stopProcess(proc) {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  const exited = new Promise((r) => proc.child.once("exit", r));
  proc.stop();
  const timer = setTimeout(() => proc.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

// Run directly: start the cluster and keep it until Ctrl+C. (A function, not top-level await: the
// Playwright spec loads this module through require.)
async function main(args) {
  const port = Number(process.env.TWO_INSTANCES_PORT ?? 3190);
  const n = args.includes("--instances") ? Number(args[args.indexOf("--instances") + 1]) : 2;
  if (!Number.isInteger(n) || n < 1 || n > 9) throw new Error("--instances takes 1 to 9");
  if (args.includes("--nginx-config")) {
    process.stdout.write(
      nginxPortalConfig({ listen: port, upstreams: instancePorts(port, n).map((p) => `127.0.0.1:${p}`) }),
    );
    return;
  }
  loadDatabaseUrlFromEnvFiles();
  if (!buildIsCurrent()) {
    say("building the portal (next build) …");
    await node(bin.next, ["build"], { env: { NEXT_TELEMETRY_DISABLED: "1" } });
  }
  const cluster = await startCluster({ port, instances: n });
  say(
    `open ${cluster.url} and sign in with the demo login; every response says in X-Instance which instance answered. Ctrl+C stops.`,
  );
  let stopping = false;
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, async () => {
      if (stopping) return;
      stopping = true;
      await cluster.stop();
      const counts = {};
      for (const r of cluster.served()) counts[r.instance] = (counts[r.instance] ?? 0) + 1;
      say(`stopped; requests per instance: ${JSON.stringify(counts)}`);
      process.exit(0);
    });
  }
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e) => {
    say(e?.stack ?? String(e));
    process.exit(1);
  });
}
