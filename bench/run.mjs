#!/usr/bin/env node
// `npm run bench`: the portal under load with national-scale data, against our physical limit.
//
// 1. Generates national data (scripts/generate-national.ts) at 1× into a template database and
//    clones it for the run (the submit measurement uses up drafts); 10× into its own database,
//    for the query counts only. Both are kept between runs and made again when the generator,
//    the migrations, the seed or the scale change.
// 2. Builds the portal (`next build`) unless the build is current, and reads first-load JS per route.
// 3. Starts the portal's server (scripts/server.mjs, page cache on, one process per core as
//    deployed) and a bare Node server (bench/raw-server.mjs, one raw pg query), signs in for real
//    through the demo login, and runs autocannon with 20 connections against: the Statsforvalter's
//    report list, the frames page, the calendar and the raw server's list. A report submit (the
//    real server action POST, a different draft each request) is measured with submits arriving
//    at random, 5 a second on average; beside it, 5 at once every second, 20 connections flat
//    out, and the random arrivals to a single process.
// 4. Counts the database queries of each page at 1× and at 10× through bench/pg-count-proxy.mjs.
// 5. Prints the tables and PASS/FAIL per target; exits 1 when a target is missed.
//
// Options: --duration S (per measurement, default 15), --connections N (default 20), --seed N,
// --writes-per-second N (the writer beside the cached list, default 5), --submit-rate N (submits a
// second for the submit target, default 5),
// --processes N (server processes, WEB_CONCURRENCY; default: one per core),
// --no-10x (skip the 10× query count), --rebuild (build even if current), --json FILE.
// Databases: kp_bench_tpl_1x, kp_bench_1x, kp_bench_10x on DATABASE_URL's server (default
// postgresql://postgres@127.0.0.1:5432). Ports: 3601 (portal), 3602 (portal via the counting
// proxy), 3603 (portal, page cache off), 3604 (portal in one process), 3620 (raw server), 3650 (proxy).
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import autocannon from "autocannon";
import { BIN, ROOT, actionId, node, signIn, startNext, uptime } from "./lib.mjs";
import { firstLoadJs, kB } from "./first-load-js.mjs";
import { startCountProxy } from "./pg-count-proxy.mjs";
import { BENCH_COUNTY_ID, BENCH_NETWORK_ID, COORDINATOR_ID, STATSFORVALTER_ID, benchBudgetId } from "./personas.mjs";
import { buildIsCurrent } from "../scripts/lib/run.mjs";
import { withDatabase } from "../scripts/lib/database-url.mjs";
import { mulberry32 } from "../scripts/lib/random.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const DURATION = Number(arg("duration", 15));
const CONNECTIONS = Number(arg("connections", 20));
const SEED = Number(arg("seed", 1));
const WITH_10X = !process.argv.includes("--no-10x");
const WRITES_PER_SECOND = Number(arg("writes-per-second", 5));
const SUBMIT_RATE = Number(arg("submit-rate", 5));
// The portal as deployed on the machine: one server process per core (WEB_CONCURRENCY, docs/deploy.md).
const PROCESSES = Number(arg("processes", os.availableParallelism()));
const SERVER = process.env.BENCH_DATABASE_SERVER ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const AUTH_SECRET = crypto.randomBytes(32).toString("base64url");
const YEAR = new Date().getUTCFullYear();
const OUT = path.join(ROOT, "bench", "out");
fs.mkdirSync(OUT, { recursive: true });

const targets = {
  listP95: 150,
  framesP95: 150,
  listRawShare: 0.25,
  submitP95: 300,
  formJs: 200_000,
};

const started = Date.now();
const log = (s) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);
const cleanups = [];
async function cleanup() {
  while (cleanups.length) await cleanups.pop()().catch(() => undefined);
}
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => void cleanup().then(() => process.exit(130)));

// ───────────────────────────── databases ─────────────────────────────

async function admin(fn) {
  const c = new pg.Client({ connectionString: SERVER });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** What the generated data depends on: the generator, the migrations, the seed, the scale, the year. */
function dataStamp(scale) {
  const h = crypto.createHash("sha256");
  for (const f of ["generate-national.ts", "lib/random.mjs"]) h.update(fs.readFileSync(path.join(ROOT, "scripts", f)));
  const migrations = path.join(ROOT, "prisma", "migrations");
  for (const d of fs.readdirSync(migrations).sort()) {
    const f = path.join(migrations, d, "migration.sql");
    if (fs.existsSync(f)) h.update(fs.readFileSync(f));
  }
  return `generate-national scale=${scale} seed=${SEED} year=${YEAR} ${h.digest("hex").slice(0, 16)}`;
}

/** Makes (or keeps, when its stamp matches) a database with generated data. */
async function generated(database, scale) {
  const stamp = dataStamp(scale);
  const current = await admin(async (c) => (await c.query(`SELECT shobj_description(oid, 'pg_database') AS d FROM pg_database WHERE datname = $1`, [database])).rows[0]?.d);
  if (current === stamp) {
    log(`${database}: data at ${scale}× is current (${stamp})`);
    return null;
  }
  log(`${database}: generating ${scale}× …`);
  await admin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${database}"`);
  });
  const url = withDatabase(SERVER, database);
  await node(BIN.prisma, ["migrate", "deploy"], { env: { DATABASE_URL: url }, quiet: true });
  const t = Date.now();
  const out = await node(BIN.tsx, [path.join(ROOT, "scripts", "generate-national.ts"), "--scale", String(scale), "--seed", String(SEED), "--year", String(YEAR)], { env: { DATABASE_URL: url }, quiet: true });
  await admin((c) => c.query(`COMMENT ON DATABASE "${database}" IS '${stamp}'`));
  log(out.trim());
  return (Date.now() - t) / 1000;
}

async function cloneDatabase(template, database) {
  await admin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
  });
  return withDatabase(SERVER, database);
}

async function benchDrafts(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query(`SELECT r.id, r.version FROM "NeedsReport" r JOIN "Round" o ON o.id = r."roundId" WHERE r."networkId" = $1 AND r.status = 'DRAFT' AND o.status = 'OPEN' ORDER BY r.id`, [BENCH_NETWORK_ID]);
    return rows;
  } finally {
    await c.end();
  }
}

async function submittedCount(url, ids) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return Number((await c.query(`SELECT count(*) AS n FROM "NeedsReport" WHERE id = ANY($1) AND status = 'SUBMITTED' AND "submittedVersion" = 1`, [ids])).rows[0].n);
  } finally {
    await c.end();
  }
}

// ───────────────────────────── load ─────────────────────────────

/** CPU milliseconds used so far by a process group (the server and its children): /proc, in clock ticks. */
function groupCpuMs(pgid) {
  if (!pgid) return 0;
  let ticks = 0;
  for (const d of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(f[2]) === pgid) ticks += Number(f[11]) + Number(f[12]);
    } catch {
      /* gone */
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/**
 * One measurement's figures from the latency of every answer (exact p50/p95/p99) and the server's
 * own CPU per request since `cpu0`: what the page costs, whatever else the shared machine runs.
 */
function summary({ latencies, seconds, errors, firstBad, pgid, cpu0 }) {
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    firstBad,
    cpuMs: pgid ? (groupCpuMs(pgid) - cpu0) / Math.max(1, latencies.length) : null,
  };
}

/** One autocannon run; latencies of every response are kept to give exact p50/p95/p99. */
function cannon(opts, { check, pgid } = {}) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const cpu0 = groupCpuMs(pgid);
    let bad = 0;
    let firstBad = null;
    const instance = autocannon({ connections: CONNECTIONS, timeout: 60, ...opts }, (err, result) => {
      if (err) return reject(err);
      resolve(summary({ latencies, seconds: result.duration, errors: result.errors + result.timeouts + bad, firstBad, pgid, cpu0 }));
    });
    instance.on("response", (client, status, bytes, ms) => {
      latencies.push(ms);
      if (status !== 200 || (check && !check(status, bytes))) {
        bad++;
        firstBad ??= `status ${status}, ${bytes} bytes`;
      }
    });
  });
}

/**
 * Requests arriving on their own at `rate` a second on average, independently of each other (a
 * Poisson process: exponentially distributed gaps, seeded), the way submits from many people
 * arrive. Open loop: an arrival does not wait for earlier answers, and its latency counts from
 * the moment it arrived, also when it had to wait for a free connection (no coordinated omission).
 * `requestFor(i)` gives { path, headers, body } of the i-th request.
 */
function arrivals({ base, rate, amount, requestFor, pgid }) {
  const next = mulberry32(SEED * 7919 + amount); // the same arrivals at every run with one --seed
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies = [];
  let bad = 0;
  let firstBad = null;
  const cpu0 = groupCpuMs(pgid);
  const t0 = performance.now();
  const one = (i, at) =>
    new Promise((resolve) => {
      const { path: p, headers, body } = requestFor(i);
      const req = http.request(`${base}${p}`, { method: "POST", agent, headers: { ...headers, "content-length": Buffer.byteLength(body) } }, (res) => {
        res.resume();
        res.on("end", () => {
          latencies.push(performance.now() - at);
          if (res.statusCode !== 200) {
            bad++;
            firstBad ??= `status ${res.statusCode}`;
          }
          resolve();
        });
      });
      req.on("error", (e) => {
        bad++;
        firstBad ??= String(e);
        resolve();
      });
      req.end(body);
    });
  return new Promise((resolve) => {
    const pending = [];
    let at = t0;
    let i = 0;
    const schedule = () => {
      if (i === amount) {
        void Promise.all(pending).then(() => {
          agent.destroy();
          resolve(summary({ latencies, seconds: (performance.now() - t0) / 1000, errors: bad, firstBad, pgid, cpu0 }));
        });
        return;
      }
      const arrival = at;
      pending.push(one(i++, arrival));
      at += (-Math.log(1 - next()) / rate) * 1000;
      setTimeout(schedule, Math.max(0, at - performance.now()));
    };
    schedule();
  });
}

async function measureGet(name, url, headers, pgid) {
  await cannon({ url, headers, duration: 3 }); // warm-up, not recorded
  const r = await cannon({ url, headers, duration: DURATION }, { pgid });
  log(`${name}: ${r.requests} requests, p95 ${r.p95.toFixed(0)} ms, ${r.rps.toFixed(1)} req/s${r.errors ? `, ${r.errors} errors (${r.firstBad})` : ""}`);
  return r;
}

// ───────────────────────────── query counts ─────────────────────────────

async function countQueries(label, databaseUrl, pages) {
  const proxy = startCountProxy({ port: 3650, upstream: `${new URL(SERVER).hostname}:${new URL(SERVER).port || 5432}` });
  await proxy.ready;
  cleanups.push(() => proxy.close());
  const viaProxy = new URL(databaseUrl);
  viaProxy.host = "127.0.0.1:3650";
  // The page cache off: what rendering the page costs in queries (a cached answer costs one, the snapshot).
  const app = await startNext({ port: 3602, databaseUrl: viaProxy.toString(), authSecret: AUTH_SECRET, env: { RESPONSE_CACHE: "0" } });
  cleanups.push(app.stop);
  const counts = {};
  try {
    const cookies = {};
    for (const p of pages) {
      cookies[p.person] ??= await signIn(app.base, p.person);
      const send = async () => {
        const res = await fetch(`${app.base}${p.path}`, p.init ? p.init(cookies[p.person]) : { headers: { cookie: cookies[p.person] }, redirect: "manual" });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${label} ${p.name}: status ${res.status}`);
      };
      if (!p.once) await send(); // warm: module loading and caches of the first request are not the page's cost
      await new Promise((r) => setTimeout(r, 300));
      proxy.reset();
      await send();
      await new Promise((r) => setTimeout(r, 500)); // work scheduled after the response (after())
      counts[p.name] = proxy.count();
      fs.writeFileSync(path.join(OUT, `queries-${label}-${p.name}.sql.txt`), proxy.texts().join("\n\n"));
    }
  } finally {
    await app.stop();
    await proxy.close();
  }
  log(`queries at ${label}: ${JSON.stringify(counts)}`);
  return counts;
}

// ───────────────────────────── main ─────────────────────────────

async function main() {
  const load = { before: uptime() };
  log(`${uptime()}; ${DURATION} s per measurement, ${CONNECTIONS} connections`);

  // Data.
  const gen1 = await generated("kp_bench_tpl_1x", 1);
  const gen10 = WITH_10X ? await generated("kp_bench_10x", 10) : null;
  const url1 = await cloneDatabase("kp_bench_tpl_1x", "kp_bench_1x");
  const url10 = withDatabase(SERVER, "kp_bench_10x");

  // Build.
  let buildSeconds = null;
  if (process.argv.includes("--rebuild") || !buildIsCurrent()) {
    log("next build …");
    const t = Date.now();
    await node(BIN.next, ["build"], { env: { DATABASE_URL: url1, NEXT_TELEMETRY_DISABLED: "1" }, quiet: true });
    buildSeconds = (Date.now() - t) / 1000;
    log(`built in ${buildSeconds.toFixed(0)} s`);
  } else log("the build is current (next build skipped)");
  const js = firstLoadJs();

  const openYear = YEAR + 1;
  const budgetPath = `/budsjett/${benchBudgetId(openYear)}/rammer`;
  const submitAction = actionId("submitNeedsReportAction", "lib/needs-reports/actions.ts");

  // Load.
  const app = await startNext({ port: 3601, databaseUrl: url1, authSecret: AUTH_SECRET, env: { WEB_CONCURRENCY: String(PROCESSES) } });
  cleanups.push(app.stop);
  const rawProcess = spawn(process.execPath, [path.join(ROOT, "bench", "raw-server.mjs"), "3620"], { cwd: ROOT, stdio: "ignore", detached: true, env: { ...process.env, DATABASE_URL: url1 } });
  cleanups.push(async () => rawProcess.kill("SIGTERM"));
  for (let i = 0; i < 50; i++) {
    if (await fetch("http://127.0.0.1:3620/").then(() => true, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const sf = await signIn(app.base, STATSFORVALTER_ID);
  const coordinator = await signIn(app.base, COORDINATOR_ID);
  const headers = { cookie: sf };
  const results = {};
  results.list = await measureGet("report list", `${app.base}/behovsmeldinger`, headers, app.pid);
  results.frames = await measureGet("frames", `${app.base}${budgetPath}`, headers, app.pid);
  results.calendar = await measureGet("calendar", `${app.base}/kalender`, headers, app.pid);
  results.raw = await measureGet("raw server list", `http://127.0.0.1:3620/behovsmeldinger?county=${BENCH_COUNTY_ID}`, {}, rawProcess.pid);

  // Not targets, but what the figures above rest on. (a) The page cache's entries lapse whenever
  // anything is written (scripts/lib/response-cache.mjs): the list again while a writer commits
  // `WRITES_PER_SECOND` transactions a second elsewhere in the database server (autosaves, say).
  const writer = new pg.Client({ connectionString: url1 });
  await writer.connect();
  await writer.query("CREATE TEMP TABLE bench_writes (at timestamptz)");
  const writing = setInterval(() => void writer.query("INSERT INTO bench_writes VALUES (now())").catch(() => undefined), 1000 / WRITES_PER_SECOND);
  try {
    results.listWrites = await measureGet(`report list, ${WRITES_PER_SECOND} writes/s elsewhere`, `${app.base}/behovsmeldinger`, headers, app.pid);
  } finally {
    clearInterval(writing);
    await writer.end();
  }
  // (b) Every request rendered: the page cache off (a first visit, or a page right after a write).
  const uncached = await startNext({ port: 3603, databaseUrl: url1, authSecret: AUTH_SECRET, env: { RESPONSE_CACHE: "0", WEB_CONCURRENCY: String(PROCESSES) } });
  cleanups.push(uncached.stop);
  const sfUncached = await signIn(uncached.base, STATSFORVALTER_ID);
  results.listUncached = await measureGet("report list, page cache off", `${uncached.base}/behovsmeldinger`, { cookie: sfUncached }, uncached.pid);
  results.framesUncached = await measureGet("frames, page cache off", `${uncached.base}${budgetPath}`, { cookie: sfUncached }, uncached.pid);
  await uncached.stop();

  // Submit: each request a different draft (the drafts of the bench network's open round).
  const drafts = await benchDrafts(url1);
  const warm = drafts.splice(0, 20);
  const amount = Math.max(200, Math.round(DURATION * 30));
  // The submit action's POST for draft `d`, as the browser sends it from the report's send-in page.
  const submitOf = (d, base) => ({
    path: `/behovsmeldinger/${d.id}/send-inn`,
    headers: { cookie: coordinator, origin: base, "next-action": submitAction, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
    body: JSON.stringify([d.id, d.version]),
  });
  const submitRequest = (list, base = app.base) => {
    let next = 0;
    return [
      {
        method: "POST",
        setupRequest(req) {
          const submit = submitOf(list[next++ % list.length], base);
          return { ...req, ...submit, headers: { ...req.headers, ...submit.headers } };
        },
      },
    ];
  };
  await cannon({ url: app.base, amount: warm.length, connections: Math.min(CONNECTIONS, warm.length), requests: submitRequest(warm) });
  const checked = async (name, list, r) => {
    r.amount = list.length;
    r.verified = await submittedCount(url1, list.map((d) => d.id));
    if (r.verified !== r.amount) r.errors += r.amount - r.verified;
    log(`${name}: ${r.requests} requests, ${r.verified} reports submitted, p95 ${r.p95.toFixed(0)} ms, ${r.rps.toFixed(1)} req/s`);
    return r;
  };
  // The target: submits arriving on their own, SUBMIT_RATE a second on average (Poisson). 2 000
  // reports a year are submitted in all the country; 5 a second is every one of them within seven minutes.
  const submitArriving = (name, list, server) =>
    arrivals({
      base: server.base,
      rate: SUBMIT_RATE,
      amount: list.length,
      pgid: server.pid,
      requestFor: (i) => submitOf(list[i], server.base),
    }).then((r) => checked(name, list, r));
  const submitAt = async (name, list, opts, server = app) => checked(name, list, await cannon({ url: server.base, amount: list.length, requests: submitRequest(list, server.base), ...opts }, { pgid: server.pid }));
  const atRate = Math.max(50, Math.round(DURATION * 2 * SUBMIT_RATE));
  let rest = drafts;
  const take = (n) => {
    const taken = rest.slice(0, n);
    rest = rest.slice(n);
    return taken;
  };
  results.submit = await submitArriving(`submit, ${SUBMIT_RATE} a second arriving at random`, take(atRate), app);
  // Not targets. (a) autocannon's own rate: it opens SUBMIT_RATE connections that each send one
  // request at the same tick every second, so SUBMIT_RATE submits arrive at once, every second.
  results.submitBurst = await submitAt(`submit, ${SUBMIT_RATE} at once every second`, take(atRate), { overallRate: SUBMIT_RATE });
  // (b) As many submits as 20 connections can send (every connection submits again the moment it is answered).
  results.submitFlood = await submitAt(`submit, ${CONNECTIONS} connections flat out`, take(amount), {});
  await app.stop();
  // (c) The target's arrivals to one server process (what one core does).
  if (PROCESSES > 1) {
    const single = await startNext({ port: 3604, databaseUrl: url1, authSecret: AUTH_SECRET, env: { WEB_CONCURRENCY: "1" } });
    cleanups.push(single.stop);
    await cannon({ url: single.base, amount: 10, connections: 5, requests: submitRequest(take(10), single.base) });
    results.submitOne = await submitArriving(`submit, ${SUBMIT_RATE} a second arriving at random, one process`, take(atRate), single);
    await single.stop();
  }
  load.after = uptime();
  rawProcess.kill("SIGTERM");

  // Query counts at 1× and 10×.
  const [draft1] = await benchDrafts(url1);
  const pagesFor = (draft) => [
    { name: "list", person: STATSFORVALTER_ID, path: "/behovsmeldinger" },
    { name: "frames", person: STATSFORVALTER_ID, path: budgetPath },
    { name: "calendar", person: STATSFORVALTER_ID, path: "/kalender" },
    {
      name: "submit",
      person: COORDINATOR_ID,
      once: true,
      path: `/behovsmeldinger/${draft.id}/send-inn`,
      init: (cookie) => ({ method: "POST", redirect: "manual", headers: { cookie, origin: "http://localhost:3602", "next-action": submitAction, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" }, body: JSON.stringify([draft.id, draft.version]) }),
    },
  ];
  const queries = { "1x": await countQueries("1x", url1, pagesFor(draft1)) };
  if (WITH_10X) {
    const [draft10] = await benchDrafts(url10);
    queries["10x"] = await countQueries("10x", url10, pagesFor(draft10));
  }

  report({ results, queries, js, load, buildSeconds, gen1, gen10, budgetPath });
}

function report({ results, queries, js, load, buildSeconds, gen1, gen10, budgetPath }) {
  const raw = results.raw.rps;
  const lines = [];
  const say = (s = "") => lines.push(s);
  say();
  say(`Kompetanseportalen benchmark — ${new Date().toISOString()}, ${CONNECTIONS} connections, ${DURATION} s per page`);
  say(`machine: ${(process.env.BENCH_MACHINE ?? `${navigatorCpus()} cores`)}; ${load.before} (before), ${load.after} (after load)`);
  say(`portal: scripts/server.mjs in ${PROCESSES} process${PROCESSES === 1 ? "" : "es"} (WEB_CONCURRENCY), page cache on unless said`);
  if (gen1) say(`generated 1× in ${gen1.toFixed(0)} s`);
  if (gen10) say(`generated 10× in ${gen10.toFixed(0)} s`);
  if (buildSeconds) say(`next build in ${buildSeconds.toFixed(0)} s`);
  say();
  say("| page | requests | p50 ms | p95 ms | p99 ms | req/s | × raw | server CPU ms/req | errors |");
  say("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  const row = (name, r) => say(`| ${name} | ${r.requests} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.p99.toFixed(0)} | ${r.rps.toFixed(1)} | ${((r.rps / raw) * 100).toFixed(0)} % | ${r.cpuMs === null ? "–" : r.cpuMs.toFixed(1)} | ${r.errors} |`);
  row("GET /behovsmeldinger (Statsforvalter)", results.list);
  row(`GET ${budgetPath}`, results.frames);
  row("GET /kalender (Statsforvalter)", results.calendar);
  row(`POST submit action (send-inn), ${SUBMIT_RATE} a second arriving at random`, results.submit);
  row("raw server: the list, one pg query", results.raw);
  say();
  say("Not targets — what the figures above rest on (the page cache: decision 013):");
  say();
  say("| page | requests | p50 ms | p95 ms | p99 ms | req/s | × raw | server CPU ms/req | errors |");
  say("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  row(`GET /behovsmeldinger, ${WRITES_PER_SECOND} writes/s elsewhere in the database`, results.listWrites);
  row("GET /behovsmeldinger, page cache off (every request rendered)", results.listUncached);
  row(`GET ${budgetPath}, page cache off`, results.framesUncached);
  row(`POST submit action, ${SUBMIT_RATE} at once every second`, results.submitBurst);
  row(`POST submit action, ${CONNECTIONS} connections flat out`, results.submitFlood);
  if (results.submitOne) row(`POST submit action, ${SUBMIT_RATE} a second arriving at random, one server process`, results.submitOne);
  say();
  say("| queries per page | 1× | 10× |");
  say("|---|---:|---:|");
  for (const name of Object.keys(queries["1x"])) say(`| ${name} | ${queries["1x"][name]} | ${queries["10x"]?.[name] ?? "–"} |`);
  say();
  const form = js["/behovsmeldinger/[id]/rediger"];
  say("| first-load JS, gzipped | |");
  say("|---|---:|");
  for (const route of ["/behovsmeldinger", "/budsjett/[id]/rammer", "/kalender", "/behovsmeldinger/[id]/send-inn", "/behovsmeldinger/[id]/rediger"]) say(`| ${route} | ${kB(js[route])} |`);
  const largest = Object.entries(js).sort((a, b) => b[1] - a[1])[0];
  say(`| largest: ${largest[0]} | ${kB(largest[1])} |`);
  say();

  const checks = [
    [`list p95 < ${targets.listP95} ms`, results.list.p95 < targets.listP95 && results.list.errors === 0, `${results.list.p95.toFixed(0)} ms`],
    [`frames p95 < ${targets.framesP95} ms`, results.frames.p95 < targets.framesP95 && results.frames.errors === 0, `${results.frames.p95.toFixed(0)} ms`],
    [`list ≥ ${targets.listRawShare * 100} % of the raw server's req/s`, results.list.rps >= targets.listRawShare * raw, `${((results.list.rps / raw) * 100).toFixed(0)} %`],
    [`submit p95 < ${targets.submitP95} ms, ${SUBMIT_RATE} submits a second arriving at random, every draft submitted`, results.submit.p95 < targets.submitP95 && results.submit.errors === 0, `${results.submit.p95.toFixed(0)} ms, ${results.submit.verified}/${results.submit.amount} submitted`],
    ["calendar answers without errors", results.calendar.errors === 0, `${results.calendar.errors} errors`],
    ["queries per page equal at 1× and 10×", queries["10x"] ? Object.keys(queries["1x"]).every((k) => queries["1x"][k] === queries["10x"][k]) : null, queries["10x"] ? "" : "10× skipped (--no-10x)"],
    [`form first-load JS < ${kB(targets.formJs)}`, form < targets.formJs, kB(form)],
  ];
  for (const [name, ok, detail] of checks) say(`${ok === null ? "SKIP" : ok ? "PASS" : "FAIL"}  ${name}  (${detail})`);
  const text = lines.join("\n");
  console.log(text);
  fs.writeFileSync(path.join(OUT, "last-run.md"), `${text}\n`);
  const file = arg("json", path.join(OUT, "last-run.json"));
  fs.writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), load, results, queries, js, checks }, null, 2));
  process.exitCode = checks.some(([, ok]) => ok === false) ? 1 : 0;
}

function navigatorCpus() {
  return fs.readFileSync("/proc/cpuinfo", "utf8").split("\n").filter((l) => l.startsWith("processor")).length;
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(cleanup);
