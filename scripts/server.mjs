#!/usr/bin/env node
// The portal's production server (`npm start`, the container image, the e2e and
// benchmark runs): Next.js's request handler behind the rendered-page cache
// (scripts/lib/response-cache.mjs; decision 013). Everything else — routing, the
// proxy's headers, rendering, server actions — is Next's own, as under `next start`.
//
//   PORT (default 3000), HOSTNAME (default 0.0.0.0), DATABASE_URL (required),
//   RESPONSE_CACHE=0 to switch the cache off, RESPONSE_CACHE_TTL_MS (default 30000),
//   RESPONSE_CACHE_MB (default 64).
//
// Run from the project (after `next build`) or from a standalone build's folder
// (`.next/standalone`, as the Dockerfile lays it out): the Next app is the working directory.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { createRequire } from "node:module";
import { createResponseCache, pgSnapshot } from "./lib/response-cache.mjs";

const dir = process.cwd();
const require = createRequire(path.join(dir, "package.json"));
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
process.env.NODE_ENV = "production";

// A standalone build carries its configuration (next.config.js and its plugins are not in it).
let conf;
const standaloneServer = path.join(dir, "server.js");
const requiredFiles = path.join(dir, ".next", "required-server-files.json");
if (fs.existsSync(standaloneServer) && !fs.existsSync(path.join(dir, "next.config.js")) && fs.existsSync(requiredFiles)) {
  conf = JSON.parse(fs.readFileSync(requiredFiles, "utf8")).config;
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(conf);
}

const next = require("next");
const app = next({ dev: false, dir, hostname, port, ...(conf ? { conf } : {}) });
const handle = app.getRequestHandler();

let cache = null;
let pool = null;
if (process.env.RESPONSE_CACHE !== "0" && process.env.DATABASE_URL) {
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
server.listen(port, hostname, () => {
  console.log(`Kompetanseportalen on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}${cache ? " (page cache on)" : ""}`);
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections?.();
    void Promise.resolve(pool?.end()).finally(() => process.exit(0));
  });
}
