#!/usr/bin/env node
// The portal's production server (`npm start`, the container image, the e2e and
// benchmark runs): Next.js's request handler behind the rendered-page cache
// (scripts/lib/response-cache.mjs; decision 013). Everything else — routing, the
// proxy's headers, rendering, server actions — is Next's own, as under `next start`.
//
//   PORT (default 3000), HOSTNAME (default 0.0.0.0), DATABASE_URL (required),
//   RESPONSE_CACHE=0 to switch the cache off, RESPONSE_CACHE_TTL_MS (default 30000),
//   RESPONSE_CACHE_MB (default 64), WEB_CONCURRENCY (default 1): how many server processes
//   share the port (node:cluster) — one per core the machine gives the portal; a process that
//   dies is started again.
//
// Run from the project (after `next build`) or from a standalone build's folder
// (`.next/standalone`, as the Dockerfile lays it out): the Next app is the working directory.
import cluster from "node:cluster";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { createRequire } from "node:module";
import { createResponseCache, pgSnapshot } from "./lib/response-cache.mjs";

const workers = Math.max(1, Math.floor(Number(process.env.WEB_CONCURRENCY ?? 1)) || 1);
const cacheOn = process.env.RESPONSE_CACHE !== "0" && Boolean(process.env.DATABASE_URL);
const ready = (host, port) =>
  `Kompetanseportalen on http://${host === "0.0.0.0" || !host ? "localhost" : host}:${port}${cacheOn ? " (page cache on)" : ""}${workers > 1 ? ` in ${workers} processes` : ""}`;

if (workers > 1 && cluster.isPrimary) await primary();
else await serve();

/**
 * Several processes on one port: Node is one thread, so one process uses one core. The primary
 * forks the workers, accepts each connection and hands it to the next worker in turn, and starts a worker
 * again when it dies; a stop signal goes to every worker. Nothing is shared between them but the
 * database and Redis, exactly as between instances on several machines (docs/deploy.md).
 */
async function primary() {
  let stopping = false;
  let exitCode = 0;
  const alive = new Set();
  const served = new Set(); // workers that got as far as listening
  const fork = () => alive.add(cluster.fork().id);
  const stopAll = (code) => {
    stopping = true;
    exitCode = code;
    if (alive.size === 0) process.exit(code);
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
    setTimeout(() => process.exit(code), 10_000).unref();
  };
  cluster.on("listening", (worker, address) => {
    served.add(worker.id);
    if (served.size === workers) console.log(ready(address.address, address.port));
  });
  cluster.on("exit", (worker, code, signal) => {
    alive.delete(worker.id);
    if (stopping) {
      if (alive.size === 0) process.exit(exitCode);
      return;
    }
    // One that never got to listen cannot start (port taken, a broken build): starting it again would loop.
    if (!served.has(worker.id)) {
      console.error(`[server] process ${worker.process.pid} could not start (${signal ?? `exit ${code}`}); stopping`);
      stopAll(1);
      return;
    }
    console.error(`[server] process ${worker.process.pid} ended (${signal ?? code}); starting another`);
    setTimeout(fork, 1000);
  });
  for (let i = 0; i < workers; i++) fork();
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, () => stopAll(0));
  }
}

async function serve() {
  const dir = process.cwd();
  const require = createRequire(path.join(dir, "package.json"));
  const port = Number(process.env.PORT ?? 3000);
  const hostname = process.env.HOSTNAME ?? "0.0.0.0";
  process.env.NODE_ENV = "production";

  // A standalone build carries its configuration (next.config.js and its plugins are not in it).
  let conf;
  const standaloneServer = path.join(dir, "server.js");
  const requiredFiles = path.join(dir, ".next", "required-server-files.json");
  if (
    fs.existsSync(standaloneServer) &&
    !fs.existsSync(path.join(dir, "next.config.js")) &&
    fs.existsSync(requiredFiles)
  ) {
    conf = JSON.parse(fs.readFileSync(requiredFiles, "utf8")).config;
    process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(conf);
  }

  const next = require("next");
  const app = next({ dev: false, dir, hostname, port, ...(conf ? { conf } : {}) });
  const handle = app.getRequestHandler();

  let cache = null;
  let pool = null;
  if (cacheOn) {
    const pg = require("pg");
    pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4, idleTimeoutMillis: 30_000 });
    pool.on("error", () => undefined); // a dropped idle connection is replaced on the next query
    cache = createResponseCache({
      snapshot: pgSnapshot(pool),
      ttlMs: Number(process.env.RESPONSE_CACHE_TTL_MS ?? 30_000),
      maxBytes: Number(process.env.RESPONSE_CACHE_MB ?? 64) * 1024 * 1024,
    });
  }

  await app.prepare();
  const server = http.createServer((req, res) => {
    const done = cache ? cache.handle(req, res, handle) : handle(req, res);
    Promise.resolve(done).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end();
    });
  });
  // Behind a load balancer: keep idle upstream connections longer than the balancer does (docs/deploy.md).
  server.keepAliveTimeout = Number(process.env.KEEP_ALIVE_TIMEOUT ?? 65_000);
  server.on("error", (error) => {
    // Port taken or not allowed: say so and stop with an error (Next's own handler would only log it).
    console.error(`[server] cannot listen on ${hostname}:${port}: ${error.code ?? error.message}`);
    process.exit(1);
  });
  server.listen(port, hostname, () => {
    if (cluster.isPrimary) console.log(ready(hostname, port));
  });

  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, () => {
      server.close();
      server.closeAllConnections?.();
      void Promise.resolve(pool?.end()).finally(() => process.exit(0));
    });
  }
}
