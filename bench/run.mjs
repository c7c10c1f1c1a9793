#!/usr/bin/env node
// `npm run bench`: the portal under load with national-scale data, against our physical limit.
//
// 1. Generates national data (scripts/generate-national.ts) at 1× into a template database and
//    clones it for the run (the submit measurement uses up drafts); 10× into its own database,
//    for the query counts only. Both are kept between runs and made again when the generator,
//    the migrations, the seed or the scale change.
//    The workload gets its own clone of the 1× template.
// 2. Builds the portal (`next build`) unless the build is current, and reads first-load JS per route.
// 3. Starts the portal's server (scripts/server.mjs, page cache on, one process per core as
//    deployed) and a bare Node server (bench/raw-server.mjs, one raw pg query), signs in for real
//    through the demo login, and runs autocannon with 20 connections. The targets are measured with
//    the page cache off (RESPONSE_CACHE=0: every request rendered): the Statsforvalter's report
//    list, the frames page, a report and a draft's edit form, beside the raw server's list; and a
//    report submit (the real server action POST, a different draft each request) with submits
//    arriving at random, 5 a second on average, to ONE server process. Not targets, beside them:
//    the same pages through the page cache, the calendar, and the submit to every process, 5 at
//    once every second and 20 connections flat out.
// 4. Counts the database queries of every page kind the workload uses at 1× and at 10× through
//    bench/pg-count-proxy.mjs (the page cache off).
// 5. The workload (bench/workload.mjs): --users virtual users of every role and county, each signed
//    in, following seeded journeys with 2–8 s think time (lists, reports, autosaving and submitting
//    drafts, frames, gatherings, registering, attendance, calendar, annual reports) against the
//    portal as deployed (page cache on, one process per core); latency per page kind, errors,
//    the page cache's hit ratio; then the database is checked for what the workload wrote.
// 6. Prints the tables and PASS/FAIL per target; exits 1 when a target is missed.
//
// Options: --duration S (per measurement, default 15), --connections N (default 20), --seed N,
// --writes-per-second N (the writer beside the cached list, default 5), --submit-rate N (submits a
// second for the submit target, default 5),
// --processes N (server processes, WEB_CONCURRENCY; default: one per core),
// --no-10x (skip the 10× query count), --rebuild (build even if current), --json FILE,
// --users N (workload users, default 300), --workload-seconds S (default 90, ramp-up included),
// --no-workload, --workload-only (data, build and the workload only).
// --db-prefix P (default kp_bench): databases P_tpl_1x, P_1x, P_workload, P_10x on
// BENCH_DATABASE_SERVER (default postgresql://postgres@127.0.0.1:5432). --port-base N (default
// 3600): ports N+1 (portal), N+2 (portal via the counting proxy), N+3 (portal, page cache off),
// N+4 (portal in one process), N+5 (portal under the workload), N+20 (raw server), N+50 (proxy).
// Two runs with different prefixes and port bases do not meet.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import autocannon from "autocannon";
import { BIN, ROOT, benchDrafts, actionId, node, signIn, startNext, uptime } from "./lib.mjs";
import { actionResult, draftsOf, formAction, jsonAction, runWorkload } from "./workload.mjs";
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
const WORKLOAD_ONLY = process.argv.includes("--workload-only");
const WITH_10X = !process.argv.includes("--no-10x") && !WORKLOAD_ONLY;
const WITH_WORKLOAD = !process.argv.includes("--no-workload");
const USERS = Number(arg("users", 300));
const WORKLOAD_SECONDS = Number(arg("workload-seconds", 90));
const DB = arg("db-prefix", "kp_bench");
if (!/^[a-z_][a-z0-9_]*$/.test(DB)) throw new Error(`--db-prefix ${DB}: lower-case letters, digits and _ only`);
const PORT_BASE = Number(arg("port-base", 3600));
const PORT = {
  portal: PORT_BASE + 1,
  counted: PORT_BASE + 2,
  uncached: PORT_BASE + 3,
  single: PORT_BASE + 4,
  workload: PORT_BASE + 5,
  raw: PORT_BASE + 20,
  proxy: PORT_BASE + 50,
};
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
  // The page cache off (every request rendered): server CPU per request, and the share of the raw server's req/s.
  listCpuMs: 12,
  framesCpuMs: 12,
  rawShare: 0.3,
  viewCpuMs: 15,
  editCpuMs: 15,
  // One server process, SUBMIT_RATE submits a second arriving at random.
  submitCpuMs: 30,
  submitP95: 300,
  formJs: 200_000,
  // The workload: every page kind.
  workloadP95: 300,
};

const started = Date.now();
const log = (s) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);
const cleanups = [];
async function cleanup() {
  while (cleanups.length)
    await cleanups
      .pop()()
      .catch(() => undefined);
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
  const current = await admin(
    async (c) =>
      (
        await c.query(`SELECT shobj_description(oid, 'pg_database') AS d FROM pg_database WHERE datname = $1`, [
          database,
        ])
      ).rows[0]?.d,
  );
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
  const out = await node(
    BIN.tsx,
    [
      path.join(ROOT, "scripts", "generate-national.ts"),
      "--scale",
      String(scale),
      "--seed",
      String(SEED),
      "--year",
      String(YEAR),
    ],
    { env: { DATABASE_URL: url }, quiet: true },
  );
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

async function submittedCount(url, ids) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return Number(
      (
        await c.query(
          `SELECT count(*) AS n FROM "NeedsReport" WHERE id = ANY($1) AND status = 'SUBMITTED' AND "submittedVersion" = 1`,
          [ids],
        )
      ).rows[0].n,
    );
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
      resolve(
        summary({
          latencies,
          seconds: result.duration,
          errors: result.errors + result.timeouts + bad,
          firstBad,
          pgid,
          cpu0,
        }),
      );
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
      const req = http.request(
        `${base}${p}`,
        { method: "POST", agent, headers: { ...headers, "content-length": Buffer.byteLength(body) } },
        (res) => {
          res.resume();
          res.on("end", () => {
            latencies.push(performance.now() - at);
            if (res.statusCode !== 200) {
              bad++;
              firstBad ??= `status ${res.statusCode}`;
            }
            resolve();
          });
        },
      );
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
  log(
    `${name}: ${r.requests} requests, p95 ${r.p95.toFixed(0)} ms, ${r.rps.toFixed(1)} req/s${r.errors ? `, ${r.errors} errors (${r.firstBad})` : ""}`,
  );
  return r;
}

// ───────────────────────────── query counts ─────────────────────────────

/**
 * The records the counted pages open, chosen by the same rule in each database (the generated ids
 * of the geography, the people and the bench drafts are the same at every scale; others are not).
 */
async function samples(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const one = async (what, sql, params) => {
      const row = (await c.query(sql, params)).rows[0];
      if (!row) throw new Error(`no ${what} in ${new URL(url).pathname.slice(1)}`);
      return row;
    };
    const report = await one(
      "granted report with two measures",
      `SELECT r.id FROM "NeedsReport" r JOIN "Round" o ON o.id = r."roundId" WHERE o."countyId" = $1 AND o.year = $2 AND r.status = 'GRANTED' AND (SELECT count(*) FROM "ReportMeasure" m WHERE m."reportId" = r.id) = 2 ORDER BY r.id LIMIT 1`,
      [BENCH_COUNTY_ID, YEAR - 1],
    );
    const held = await one(
      "held gathering",
      `SELECT g.id, (SELECT r.id FROM "Registration" r WHERE r."gatheringId" = g.id AND r.status = 'REGISTERED' ORDER BY r.id LIMIT 1) AS registration FROM "Gathering" g JOIN "GatheringNetwork" gn ON gn."gatheringId" = g.id WHERE gn."networkId" = $1 AND NOT g.cancelled AND g."startsAt" < now() AND EXISTS (SELECT 1 FROM "Registration" r WHERE r."gatheringId" = g.id AND r.status = 'REGISTERED') ORDER BY g."startsAt" DESC, g.id LIMIT 1`,
      [BENCH_NETWORK_ID],
    );
    const open = await one(
      "gathering open for registration",
      `SELECT g.id, (SELECT t.id FROM "GatheringTrack" t WHERE t."gatheringId" = g.id ORDER BY t.position LIMIT 1) AS track, (SELECT nm."organisationId" FROM "NetworkMember" nm WHERE nm."networkId" = $1 ORDER BY nm."organisationId" LIMIT 1) AS org FROM "Gathering" g JOIN "GatheringNetwork" gn ON gn."gatheringId" = g.id WHERE gn."networkId" = $1 AND NOT g.cancelled AND coalesce(g."registrationDeadline", g."startsAt") > now() + interval '1 day' ORDER BY g."startsAt", g.id LIMIT 1`,
      [BENCH_NETWORK_ID],
    );
    const annual = await one(
      "submitted annual report",
      `SELECT a.id FROM "AnnualReport" a JOIN "ReportMeasure" m ON m.id = a."reportMeasureId" JOIN "NeedsReport" r ON r.id = m."reportId" JOIN "Round" o ON o.id = r."roundId" WHERE o."countyId" = $1 AND a.status = 'SUBMITTED' ORDER BY a.id LIMIT 1`,
      [BENCH_COUNTY_ID],
    );
    return { report: report.id, held, open, annual: annual.id };
  } finally {
    await c.end();
  }
}

/**
 * The drafts the counted save and submit use. Their cost in queries follows the draft's content
 * (per measure, per other owner), so both scales use the same drafts: bench drafts (generated
 * first, the same at every scale) from the end of the range (the submit measurements take the
 * start), still drafts in `url` — the kept 10× database, where each run submits one.
 */
async function countedDrafts(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const last = `gen-report-${String(1500).padStart(7, "0")}`; // generate-national.ts --bench-drafts (default)
    const { rows } = await c.query(
      `SELECT r.id FROM "NeedsReport" r WHERE r."networkId" = $1 AND r.id <= $2 AND r.status = 'DRAFT' ORDER BY r.id DESC LIMIT 2`,
      [BENCH_NETWORK_ID, last],
    );
    return rows.map((r) => r.id);
  } finally {
    await c.end();
  }
}

/** Every page kind the workload (bench/workload.mjs) uses, and its actions, as the counted requests. */
async function pagesFor(url, budgetPath, drafts) {
  const s = await samples(url);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const contents = await draftsOf(c, drafts).finally(() => c.end());
  if (contents.size !== 2)
    throw new Error(`the counted drafts ${drafts.join(", ")} are not both in ${new URL(url).pathname.slice(1)}`);
  const [toSubmit, toSave] = drafts.map((id) => ({ id, ...contents.get(id) }));
  const a = ACTIONS();
  const sf = STATSFORVALTER_ID;
  const coord = COORDINATOR_ID;
  return [
    { name: "home", person: sf, path: "/" },
    { name: "list", person: sf, path: "/behovsmeldinger" },
    { name: "list-filtered", person: sf, path: "/behovsmeldinger?status=GRANTED&sort=total&dir=desc&page=2" },
    { name: "list-coordinator", person: coord, path: "/behovsmeldinger?sort=status" },
    { name: "report-view", person: sf, path: `/behovsmeldinger/${s.report}` },
    { name: "frames", person: sf, path: budgetPath },
    { name: "calendar", person: sf, path: "/kalender" },
    { name: "gathering", person: sf, path: `/samlinger/${s.held.id}` },
    { name: "attendance-page", person: sf, path: `/samlinger/${s.held.id}/oppmote` },
    { name: "annual-reports", person: sf, path: "/arsrapporter" },
    { name: "annual-report", person: sf, path: `/arsrapporter/${s.annual}` },
    { name: "admin", person: "gen-person-admin", path: "/admin/tilgang" },
    { name: "edit-form", person: coord, path: `/behovsmeldinger/${toSave.id}/rediger` },
    {
      name: "autosave",
      person: coord,
      once: true,
      request: (cookie, base) =>
        jsonAction({
          path: `/behovsmeldinger/${toSave.id}/rediger`,
          cookie,
          origin: base,
          action: a.save,
          args: [
            toSave.id,
            toSave.version,
            { ...toSave.draft, codetermination: { ...toSave.draft.codetermination, remark: "Telt." } },
          ],
        }),
    },
    { name: "send-in-page", person: coord, path: `/behovsmeldinger/${toSubmit.id}/send-inn` },
    {
      name: "submit",
      person: coord,
      once: true,
      request: (cookie, base) =>
        jsonAction({
          path: `/behovsmeldinger/${toSubmit.id}/send-inn`,
          cookie,
          origin: base,
          action: a.submit,
          args: [toSubmit.id, toSubmit.version],
        }),
    },
    {
      name: "register",
      person: coord,
      once: true,
      request: (cookie, base) =>
        formAction({
          path: `/samlinger/${s.open.id}`,
          cookie,
          origin: base,
          action: a.register,
          fields: {
            gatheringId: s.open.id,
            organisationId: s.open.org,
            name: "Telt Deltaker",
            email: `telt-${Date.now()}@bench.example.no`,
            unitName: "Bench skole",
            role: "Lærer",
            ...(s.open.track ? { trackId: s.open.track } : {}),
          },
        }),
    },
    {
      name: "attendance",
      person: coord,
      once: true,
      request: (cookie, base) =>
        formAction({
          path: `/samlinger/${s.held.id}/oppmote`,
          cookie,
          origin: base,
          action: a.attendance,
          fields: { registrationId: s.held.registration, attendance: "ABSENT" },
        }),
    },
  ];
}

async function countQueries(label, databaseUrl, pages) {
  const proxy = startCountProxy({
    port: PORT.proxy,
    upstream: `${new URL(SERVER).hostname}:${new URL(SERVER).port || 5432}`,
  });
  await proxy.ready;
  cleanups.push(() => proxy.close());
  const viaProxy = new URL(databaseUrl);
  viaProxy.host = `127.0.0.1:${PORT.proxy}`;
  // The page cache off: what rendering the page costs in queries (a cached answer costs one, the snapshot).
  const app = await startNext({
    port: PORT.counted,
    databaseUrl: viaProxy.toString(),
    authSecret: AUTH_SECRET,
    env: { RESPONSE_CACHE: "0" },
  });
  cleanups.push(app.stop);
  const counts = {};
  try {
    const cookies = {};
    for (const p of pages) {
      cookies[p.person] ??= await signIn(app.base, p.person);
      const send = async () => {
        const req = p.request
          ? p.request(cookies[p.person], app.base)
          : { path: p.path, headers: { cookie: cookies[p.person] } };
        const res = await fetch(`${app.base}${req.path}`, {
          method: req.method ?? "GET",
          headers: req.headers,
          body: req.body,
          redirect: "manual",
        });
        const body = Buffer.from(await res.arrayBuffer());
        if (res.status !== 200) throw new Error(`${label} ${p.name}: status ${res.status}`);
        if (p.request && !res.headers.get("x-action-redirect") && !actionResult(body)?.ok)
          throw new Error(`${label} ${p.name}: the action answered ${JSON.stringify(actionResult(body))}`);
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

/** The server actions the benchmark posts (ids from the build's manifest). */
const ACTIONS = () => ({
  save: actionId("saveNeedsReportDraftAction", "lib/needs-reports/actions.ts"),
  submit: actionId("submitNeedsReportAction", "lib/needs-reports/actions.ts"),
  register: actionId("registerAction", "lib/gatherings/actions.ts"),
  attendance: actionId("markAttendanceAction", "lib/gatherings/actions.ts"),
});

/** The workload against the portal as deployed (page cache on, PROCESSES processes), on its own clone of the 1× data. */
async function workload() {
  const url = await cloneDatabase(`${DB}_tpl_1x`, `${DB}_workload`);
  const server = await startNext({
    port: PORT.workload,
    databaseUrl: url,
    authSecret: AUTH_SECRET,
    env: { WEB_CONCURRENCY: String(PROCESSES) },
  });
  cleanups.push(server.stop);
  try {
    const cpu0 = groupCpuMs(server.pid);
    const r = await runWorkload({
      base: server.base,
      databaseUrl: url,
      users: USERS,
      seconds: WORKLOAD_SECONDS,
      seed: SEED,
      year: YEAR,
      actions: ACTIONS(),
      processes: PROCESSES,
      log,
    });
    r.cpuMsPerRequest = (groupCpuMs(server.pid) - cpu0) / Math.max(1, r.requests);
    log(
      `workload: ${r.requests} requests in ${r.seconds.toFixed(0)} s, p95 ${r.overall.p95.toFixed(0)} ms, ${r.overall.errors} errors, page cache hits ${pct(r.hitRatio)}; drafts ${r.verified.ok ? "verified" : `NOT verified: ${r.verified.bad.slice(0, 3).join("; ")}`}`,
    );
    return r;
  } finally {
    await server.stop();
  }
}

async function main() {
  const load = { before: uptime() };
  log(
    `${uptime()}; ${WORKLOAD_ONLY ? `the workload only, ${USERS} users, ${WORKLOAD_SECONDS} s` : `${DURATION} s per measurement, ${CONNECTIONS} connections`}; databases ${DB}_*, ports ${PORT_BASE}+`,
  );

  // Data.
  const gen1 = await generated(`${DB}_tpl_1x`, 1);
  const gen10 = WITH_10X ? await generated(`${DB}_10x`, 10) : null;
  const url1 = await cloneDatabase(`${DB}_tpl_1x`, `${DB}_1x`);
  const url10 = withDatabase(SERVER, `${DB}_10x`);

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
  const results = {};
  const queries = {};
  if (!WORKLOAD_ONLY) {
    await measure({ results, url1, budgetPath });
    load.after = uptime();
    // Query counts at 1× and 10×.
    const drafts = await countedDrafts(WITH_10X ? url10 : url1);
    queries["1x"] = await countQueries("1x", url1, await pagesFor(url1, budgetPath, drafts));
    if (WITH_10X) queries["10x"] = await countQueries("10x", url10, await pagesFor(url10, budgetPath, drafts));
  }
  if (WITH_WORKLOAD) {
    results.workload = await workload();
    load.afterWorkload = uptime();
  }
  report({ results, queries, js, load, buildSeconds, gen1, gen10, budgetPath });
}

/** The autocannon measurements: the targets with the page cache off, the cached pages beside them, the submits. */
async function measure({ results, url1, budgetPath }) {
  const submitAction = ACTIONS().submit;
  const app = await startNext({
    port: PORT.portal,
    databaseUrl: url1,
    authSecret: AUTH_SECRET,
    env: { WEB_CONCURRENCY: String(PROCESSES) },
  });
  cleanups.push(app.stop);
  const rawProcess = spawn(process.execPath, [path.join(ROOT, "bench", "raw-server.mjs"), String(PORT.raw)], {
    cwd: ROOT,
    stdio: "ignore",
    detached: true,
    env: { ...process.env, DATABASE_URL: url1 },
  });
  cleanups.push(async () => rawProcess.kill("SIGTERM"));
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(`http://127.0.0.1:${PORT.raw}/`).then(
        () => true,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const sf = await signIn(app.base, STATSFORVALTER_ID);
  const coordinator = await signIn(app.base, COORDINATOR_ID);
  const headers = { cookie: sf };
  results.raw = await measureGet(
    "raw server list",
    `http://127.0.0.1:${PORT.raw}/behovsmeldinger?county=${BENCH_COUNTY_ID}`,
    {},
    rawProcess.pid,
  );

  // The targets: every request rendered, the page cache off (a first visit, or any page right after a write).
  const drafts = await benchDrafts(url1);
  const editDraft = drafts.shift(); // opened in the edit form, never submitted
  const { report: reportId } = await samples(url1);
  const uncached = await startNext({
    port: PORT.uncached,
    databaseUrl: url1,
    authSecret: AUTH_SECRET,
    env: { RESPONSE_CACHE: "0", WEB_CONCURRENCY: String(PROCESSES) },
  });
  cleanups.push(uncached.stop);
  const sfUncached = { cookie: await signIn(uncached.base, STATSFORVALTER_ID) };
  const coordinatorUncached = { cookie: await signIn(uncached.base, COORDINATOR_ID) };
  results.listUncached = await measureGet(
    "report list, page cache off",
    `${uncached.base}/behovsmeldinger`,
    sfUncached,
    uncached.pid,
  );
  results.framesUncached = await measureGet(
    "frames, page cache off",
    `${uncached.base}${budgetPath}`,
    sfUncached,
    uncached.pid,
  );
  results.viewUncached = await measureGet(
    "report, page cache off",
    `${uncached.base}/behovsmeldinger/${reportId}`,
    sfUncached,
    uncached.pid,
  );
  results.editUncached = await measureGet(
    "edit form, page cache off",
    `${uncached.base}/behovsmeldinger/${editDraft.id}/rediger`,
    coordinatorUncached,
    uncached.pid,
  );
  await uncached.stop();

  // Not targets: the same pages through the page cache (every request the same, so answered from it).
  results.list = await measureGet("report list", `${app.base}/behovsmeldinger`, headers, app.pid);
  results.frames = await measureGet("frames", `${app.base}${budgetPath}`, headers, app.pid);
  results.calendar = await measureGet("calendar", `${app.base}/kalender`, headers, app.pid);
  // The page cache's entries lapse whenever anything is written (scripts/lib/response-cache.mjs): the
  // list again while a writer commits `WRITES_PER_SECOND` transactions a second elsewhere in the database server.
  const writer = new pg.Client({ connectionString: url1 });
  await writer.connect();
  await writer.query("CREATE TEMP TABLE bench_writes (at timestamptz)");
  const writing = setInterval(
    () => void writer.query("INSERT INTO bench_writes VALUES (now())").catch(() => undefined),
    1000 / WRITES_PER_SECOND,
  );
  try {
    results.listWrites = await measureGet(
      `report list, ${WRITES_PER_SECOND} writes/s elsewhere`,
      `${app.base}/behovsmeldinger`,
      headers,
      app.pid,
    );
  } finally {
    clearInterval(writing);
    await writer.end();
  }

  // Submit: each request a different draft (the drafts of the bench network's open round).
  const warm = drafts.splice(0, 20);
  const amount = Math.max(200, Math.round(DURATION * 30));
  // The submit action's POST for draft `d`, as the browser sends it from the report's send-in page.
  const submitOf = (d, base, cookie = coordinator) =>
    jsonAction({
      path: `/behovsmeldinger/${d.id}/send-inn`,
      cookie,
      origin: base,
      action: submitAction,
      args: [d.id, d.version],
    });
  const submitRequest = (list, base = app.base, cookie = coordinator) => {
    let next = 0;
    return [
      {
        method: "POST",
        setupRequest(req) {
          const submit = submitOf(list[next++ % list.length], base, cookie);
          return { ...req, ...submit, headers: { ...req.headers, ...submit.headers } };
        },
      },
    ];
  };
  await cannon({
    url: app.base,
    amount: warm.length,
    connections: Math.min(CONNECTIONS, warm.length),
    requests: submitRequest(warm),
  });
  const checked = async (name, list, r) => {
    r.amount = list.length;
    r.verified = await submittedCount(
      url1,
      list.map((d) => d.id),
    );
    if (r.verified !== r.amount) r.errors += r.amount - r.verified;
    log(
      `${name}: ${r.requests} requests, ${r.verified} reports submitted, p95 ${r.p95.toFixed(0)} ms, ${r.rps.toFixed(1)} req/s, ${r.cpuMs?.toFixed(1)} ms CPU/req`,
    );
    return r;
  };
  // Submits arriving on their own, SUBMIT_RATE a second on average (Poisson). 2 000 reports a year
  // are submitted in all the country; 5 a second is every one of them within seven minutes.
  const submitArriving = (name, list, server, cookie = coordinator) =>
    arrivals({
      base: server.base,
      rate: SUBMIT_RATE,
      amount: list.length,
      pgid: server.pid,
      requestFor: (i) => submitOf(list[i], server.base, cookie),
    }).then((r) => checked(name, list, r));
  const submitAt = async (name, list, opts, server = app) =>
    checked(
      name,
      list,
      await cannon(
        { url: server.base, amount: list.length, requests: submitRequest(list, server.base), ...opts },
        { pgid: server.pid },
      ),
    );
  const atRate = Math.max(50, Math.round(DURATION * 2 * SUBMIT_RATE));
  let rest = drafts;
  const take = (n) => {
    const taken = rest.slice(0, n);
    rest = rest.slice(n);
    return taken;
  };
  // Not targets. (a) The random arrivals to every process.
  results.submit = await submitArriving(`submit, ${SUBMIT_RATE} a second arriving at random`, take(atRate), app);
  // (b) autocannon's own rate: it opens SUBMIT_RATE connections that each send one request at
  // the same tick every second, so SUBMIT_RATE submits arrive at once, every second.
  results.submitBurst = await submitAt(`submit, ${SUBMIT_RATE} at once every second`, take(atRate), {
    overallRate: SUBMIT_RATE,
  });
  // (c) As many submits as 20 connections can send (every connection submits again the moment it is answered).
  results.submitFlood = await submitAt(`submit, ${CONNECTIONS} connections flat out`, take(amount), {});
  await app.stop();
  rawProcess.kill("SIGTERM");
  // The target: the random arrivals to ONE server process (what one core does).
  const single = await startNext({
    port: PORT.single,
    databaseUrl: url1,
    authSecret: AUTH_SECRET,
    env: { WEB_CONCURRENCY: "1" },
  });
  cleanups.push(single.stop);
  const coordinatorSingle = await signIn(single.base, COORDINATOR_ID);
  await cannon({
    url: single.base,
    amount: 10,
    connections: 5,
    requests: submitRequest(take(10), single.base, coordinatorSingle),
  });
  results.submitOne = await submitArriving(
    `submit, ${SUBMIT_RATE} a second arriving at random, one process`,
    take(atRate),
    single,
    coordinatorSingle,
  );
  await single.stop();
}

const pct = (x) => (x === null || x === undefined ? "–" : `${(x * 100).toFixed(0)} %`);

function report({ results, queries, js, load, buildSeconds, gen1, gen10, budgetPath }) {
  const lines = [];
  const say = (s = "") => lines.push(s);
  const checks = [];
  const check = (name, ok, detail) => checks.push([name, ok, detail]);
  say();
  say(`Kompetanseportalen benchmark — ${new Date().toISOString()}, ${CONNECTIONS} connections, ${DURATION} s per page`);
  say(
    `machine: ${process.env.BENCH_MACHINE ?? `${navigatorCpus()} cores`}; ${load.before} (before), ${load.after ?? load.afterWorkload} (after load)`,
  );
  say(
    `portal: scripts/server.mjs in ${PROCESSES} process${PROCESSES === 1 ? "" : "es"} (WEB_CONCURRENCY) unless said; databases ${DB}_*, ports from ${PORT_BASE}`,
  );
  if (gen1) say(`generated 1× in ${gen1.toFixed(0)} s`);
  if (gen10) say(`generated 10× in ${gen10.toFixed(0)} s`);
  if (buildSeconds) say(`next build in ${buildSeconds.toFixed(0)} s`);
  say();

  if (results.raw) {
    const raw = results.raw.rps;
    const head = () => {
      say("| page | requests | p50 ms | p95 ms | p99 ms | req/s | × raw | server CPU ms/req | errors |");
      say("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    };
    const row = (name, r) =>
      say(
        `| ${name} | ${r.requests} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.p99.toFixed(0)} | ${r.rps.toFixed(1)} | ${((r.rps / raw) * 100).toFixed(0)} % | ${r.cpuMs === null ? "–" : r.cpuMs.toFixed(1)} | ${r.errors} |`,
      );
    say("Targets — the page cache off (RESPONSE_CACHE=0, every request rendered); the submit to one server process:");
    say();
    head();
    row("GET /behovsmeldinger (Statsforvalter), page cache off", results.listUncached);
    row(`GET ${budgetPath}, page cache off`, results.framesUncached);
    row("GET /behovsmeldinger/[id] (Statsforvalter), page cache off", results.viewUncached);
    row("GET /behovsmeldinger/[id]/rediger (coordinator), page cache off", results.editUncached);
    row(
      `POST submit action (send-inn), ${SUBMIT_RATE} a second arriving at random, one server process`,
      results.submitOne,
    );
    row("raw server: the list, one pg query", results.raw);
    say();
    say(
      "Not targets — through the page cache (decision 013: every request the same, so answered from it), and what the figures rest on:",
    );
    say();
    head();
    row("GET /behovsmeldinger (Statsforvalter)", results.list);
    row(`GET ${budgetPath}`, results.frames);
    row("GET /kalender (Statsforvalter)", results.calendar);
    row(`GET /behovsmeldinger, ${WRITES_PER_SECOND} writes/s elsewhere in the database`, results.listWrites);
    row(`POST submit action, ${SUBMIT_RATE} a second arriving at random, ${PROCESSES} processes`, results.submit);
    row(`POST submit action, ${SUBMIT_RATE} at once every second`, results.submitBurst);
    row(`POST submit action, ${CONNECTIONS} connections flat out`, results.submitFlood);
    say();
    say("| queries per page (page cache off) | 1× | 10× |");
    say("|---|---:|---:|");
    for (const name of Object.keys(queries["1x"]))
      say(`| ${name} | ${queries["1x"][name]} | ${queries["10x"]?.[name] ?? "–"} |`);
    say();
    const form = js["/behovsmeldinger/[id]/rediger"];
    say("| first-load JS, gzipped | |");
    say("|---|---:|");
    for (const route of [
      "/behovsmeldinger",
      "/budsjett/[id]/rammer",
      "/kalender",
      "/behovsmeldinger/[id]/send-inn",
      "/behovsmeldinger/[id]/rediger",
    ])
      say(`| ${route} | ${kB(js[route])} |`);
    const largest = Object.entries(js).sort((a, b) => b[1] - a[1])[0];
    say(`| largest: ${largest[0]} | ${kB(largest[1])} |`);
    say();

    const cpu = (r, max) => r.cpuMs !== null && r.cpuMs <= max && r.errors === 0;
    const share = (r) => r.rps >= targets.rawShare * raw;
    const detail = (r) =>
      `${r.cpuMs?.toFixed(1)} ms CPU/req, ${((r.rps / raw) * 100).toFixed(0)} % of raw${r.errors ? `, ${r.errors} errors` : ""}`;
    check(
      `list, page cache off: ≤ ${targets.listCpuMs} ms server CPU/req and ≥ ${targets.rawShare * 100} % of the raw server's req/s`,
      cpu(results.listUncached, targets.listCpuMs) && share(results.listUncached),
      detail(results.listUncached),
    );
    check(
      `frames, page cache off: ≤ ${targets.framesCpuMs} ms server CPU/req and ≥ ${targets.rawShare * 100} % of the raw server's req/s`,
      cpu(results.framesUncached, targets.framesCpuMs) && share(results.framesUncached),
      detail(results.framesUncached),
    );
    check(
      `report view, page cache off: ≤ ${targets.viewCpuMs} ms server CPU/req`,
      cpu(results.viewUncached, targets.viewCpuMs),
      `${results.viewUncached.cpuMs?.toFixed(1)} ms`,
    );
    check(
      `edit form, page cache off: ≤ ${targets.editCpuMs} ms server CPU/req`,
      cpu(results.editUncached, targets.editCpuMs),
      `${results.editUncached.cpuMs?.toFixed(1)} ms`,
    );
    const s1 = results.submitOne;
    check(
      `submit, one process, ${SUBMIT_RATE} a second arriving at random: ≤ ${targets.submitCpuMs} ms CPU/req, p95 < ${targets.submitP95} ms, every draft submitted`,
      cpu(s1, targets.submitCpuMs) && s1.p95 < targets.submitP95,
      `${s1.cpuMs?.toFixed(1)} ms CPU/req, p95 ${s1.p95.toFixed(0)} ms, ${s1.verified}/${s1.amount} submitted`,
    );
    check("calendar answers without errors", results.calendar.errors === 0, `${results.calendar.errors} errors`);
    const differ = queries["10x"]
      ? Object.keys(queries["1x"]).filter((k) => queries["1x"][k] !== queries["10x"][k])
      : [];
    check(
      "queries per page equal at 1× and 10×",
      queries["10x"] ? differ.length === 0 : null,
      queries["10x"]
        ? differ.map((k) => `${k}: ${queries["1x"][k]} → ${queries["10x"][k]}`).join(", ")
        : "10× skipped (--no-10x)",
    );
    check(`form first-load JS < ${kB(targets.formJs)}`, form < targets.formJs, kB(form));
  }

  const w = results.workload;
  if (w) {
    say(
      `Workload (bench/workload.mjs): ${w.users} users (${Object.entries(w.roles)
        .map(([r, n]) => `${n} ${r}`)
        .join(
          ", ",
        )}) in ${w.counties} counties, ${w.seconds.toFixed(0)} s incl. ${w.rampSeconds.toFixed(0)} s ramp-up, 2–8 s think time, open loop; portal as deployed (page cache on, ${PROCESSES} processes); ${w.requests} requests, ${(w.requests / w.seconds).toFixed(1)} req/s, ${w.cpuMsPerRequest.toFixed(1)} ms server CPU/req:`,
    );
    say();
    say(
      "| page kind | requests | not sent by the end | p50 ms | p95 ms | p99 ms | errors | HTTP 500 | page cache hits |",
    );
    say("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    const wrow = (name, k) =>
      say(
        `| ${name} | ${k.requests} | ${k.unsent} | ${k.p50.toFixed(0)} | ${k.p95.toFixed(0)} | ${k.p99.toFixed(0)} | ${k.errors} | ${k.http500} | ${pct(k.hitRatio)} |`,
      );
    for (const [kind, k] of Object.entries(w.kinds)) wrow(kind, k);
    wrow("**all**", { ...w.overall, hitRatio: w.hitRatio });
    say();
    say(
      "Latency counts from each step's scheduled moment; a step due before the end whose user was still waiting for an answer is not sent, and counts with the least latency it could have had.",
    );
    const problems = Object.entries(w.kinds).flatMap(([kind, k]) =>
      Object.entries(k.problems).map(
        ([p, n]) => `${kind}: ${p} ×${n}${k.examples[p] ? ` (first: ${k.examples[p]})` : ""}`,
      ),
    );
    if (problems.length) say(`Errors: ${problems.join("; ")}`);
    const v = w.verified;
    say(
      `Database check: ${v.autosaved} drafts autosaved, ${v.submitted} submitted, ${v.registrations} registrations${v.bad.length ? `; ${v.bad.length} wrong: ${v.bad.slice(0, 5).join("; ")}` : "; all as the workload left them"}`,
    );
    say();
    const slow = Object.entries(w.kinds).filter(([, k]) => !(k.p95 < targets.workloadP95));
    const worst = Object.entries(w.kinds).sort((a, b) => b[1].p95 - a[1].p95)[0];
    check(
      `workload, ${w.users} users: p95 < ${targets.workloadP95} ms for every page kind`,
      slow.length === 0 && w.users >= 300 ? true : slow.length ? false : null,
      slow.length
        ? slow.map(([kind, k]) => `${kind} ${k.p95.toFixed(0)} ms`).join(", ")
        : `worst: ${worst[0]} ${worst[1].p95.toFixed(0)} ms${w.users < 300 ? "; fewer than 300 users, not the target" : ""}`,
    );
    check("workload: no errors", w.overall.errors === 0, `${w.overall.errors} errors`);
    check("workload: no HTTP 500", w.overall.http500 === 0, `${w.overall.http500} HTTP 500`);
    check(
      "workload: every draft submitted is SUBMITTED, every autosaved one holds the last value saved",
      v.ok && v.autosaved > 0 && v.submitted > 0,
      `${v.autosaved} autosaved, ${v.submitted} submitted, ${v.bad.length} wrong`,
    );
  }

  for (const [name, ok, detail] of checks) say(`${ok === null ? "SKIP" : ok ? "PASS" : "FAIL"}  ${name}  (${detail})`);
  const text = lines.join("\n");
  console.log(text);
  fs.writeFileSync(path.join(OUT, "last-run.md"), `${text}\n`);
  const file = arg("json", path.join(OUT, "last-run.json"));
  fs.writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), load, results, queries, js, checks }, null, 2));
  process.exitCode = checks.some(([, ok]) => ok === false) ? 1 : 0;
}

function navigatorCpus() {
  return fs
    .readFileSync("/proc/cpuinfo", "utf8")
    .split("\n")
    .filter((l) => l.startsWith("processor")).length;
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(cleanup);
