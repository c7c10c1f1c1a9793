#!/usr/bin/env node
// Where one page's server CPU goes: the production server in one process, page cache off, under
// `node --cpu-prof`, asked for one page N times by one signed-in person; then the profile's self
// time by function and by module (what to cut first). Uses the benchmark's generated 1× data
// (run `npm run bench` once first).
//
//   node bench/profile.mjs --path /behovsmeldinger [--person gen-person-sf-01] [--requests 400]
//        [--concurrency 4] [--database kp_bench_1x] [--top 40] [--body '…' --action name:file]
//        [--anonymous] (no sign-in: public pages such as /logg-inn)
//        [--cpu]   (no profile: the server's CPU per request, as the benchmark counts it)
//        [--submit] (the submit action, a different draft of the bench network each request, as its coordinator)
//
// The profile covers the measured requests only (bench/profile-preload.cjs) and is kept in
// bench/out/prof/ (open it in Chrome DevTools › Performance).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ROOT, actionId, benchDrafts, signIn, startNext } from "./lib.mjs";
import { COORDINATOR_ID } from "./personas.mjs";
import { withDatabase } from "../scripts/lib/database-url.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const PATH = arg("path", "/behovsmeldinger");
const SUBMIT = process.argv.includes("--submit");
const PERSON = arg("person", SUBMIT ? COORDINATOR_ID : "gen-person-sf-01");
const REQUESTS = Number(arg("requests", 400));
const CONCURRENCY = Number(arg("concurrency", 4));
const TOP = Number(arg("top", 40));
const SERVER = process.env.BENCH_DATABASE_SERVER ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const DATABASE = withDatabase(SERVER, arg("database", "kp_bench_1x"));
const PORT = Number(arg("port", 3690));
const CPU_ONLY = process.argv.includes("--cpu");
/** CPU milliseconds a process has used (/proc, clock ticks of 10 ms). */
const cpuMs = (pid) => {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(f[11]) + Number(f[12])) * 10;
};
const dir = path.join(ROOT, "bench", "out", "prof");
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });

const app = await startNext({
  port: PORT,
  databaseUrl: DATABASE,
  authSecret: crypto.randomBytes(32).toString("base64url"),
  env: { RESPONSE_CACHE: "0", WEB_CONCURRENCY: "1", PROFILE_DIR: dir },
  nodeArgs: CPU_ONLY ? [] : ["--require", path.join(ROOT, "bench", "profile-preload.cjs")],
});
try {
  const cookie = process.argv.includes("--anonymous") ? "" : await signIn(app.base, PERSON);
  const action = SUBMIT ? "submitNeedsReportAction:lib/needs-reports/actions.ts" : arg("action", null);
  const drafts = SUBMIT ? await benchDrafts(DATABASE) : [];
  let nth = 0;
  const request = () => {
    if (!action) return { path: PATH, init: { headers: { cookie, "accept-encoding": "identity" } } };
    const draft = SUBMIT ? drafts[nth++] : null;
    if (SUBMIT && !draft)
      throw new Error("no bench drafts left: run `npm run bench` once more to make the database again");
    const body = draft ? JSON.stringify([draft.id, draft.version]) : arg("body", "[]");
    return {
      path: draft ? `/behovsmeldinger/${draft.id}/send-inn` : PATH,
      init: {
        method: "POST",
        headers: {
          cookie,
          "accept-encoding": "identity",
          origin: app.base,
          "next-action": actionId(...action.split(":")),
          "content-type": "text/plain;charset=UTF-8",
          accept: "text/x-component",
        },
        body,
      },
    };
  };
  let bytes = 0;
  const one = async () => {
    const { path: p, init } = request();
    const res = await fetch(`${app.base}${p}`, { ...init, redirect: "manual" });
    bytes = (await res.arrayBuffer()).byteLength;
    if (res.status !== 200) throw new Error(`${p}: status ${res.status}`);
  };
  for (let i = 0; i < 20; i++) await one(); // warm: module loading is not the page's cost
  if (!CPU_ONLY) process.kill(app.pid, "SIGUSR2"); // the profiler starts (bench/profile-preload.cjs)
  await new Promise((r) => setTimeout(r, 200));
  const t = performance.now();
  const cpu0 = cpuMs(app.pid);
  let sent = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (sent++ < REQUESTS) await one();
    }),
  );
  const seconds = (performance.now() - t) / 1000;
  console.log(
    `${REQUESTS} × ${SUBMIT ? "submit" : PATH}: ${(REQUESTS / seconds).toFixed(1)} req/s at ${CONCURRENCY} at once, server CPU ${((cpuMs(app.pid) - cpu0) / REQUESTS).toFixed(2)} ms per request, ${bytes} bytes`,
  );
  if (!CPU_ONLY) {
    process.kill(app.pid, "SIGUSR2"); // … and stops, writing the profile
    for (let i = 0; i < 100 && !fs.readdirSync(dir).some((f) => f.endsWith(".cpuprofile")); i++)
      await new Promise((r) => setTimeout(r, 100));
  }
} finally {
  await app.stop();
}

if (CPU_ONLY) process.exit(0);
const file = fs.readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
if (!file) throw new Error("no profile written");
const profile = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++)
  self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const fn = new Map();
const mod = new Map();
const where = (url) => {
  const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (m) return m[1];
  return url.replace(/^file:\/\//, "").replace(ROOT + "/", "") || "(native)";
};
for (const [id, us] of self) {
  const n = byId.get(id);
  const cf = n.callFrame;
  const key = `${cf.functionName || "(anonymous)"}  ${where(cf.url)}:${cf.lineNumber + 1}`;
  fn.set(key, (fn.get(key) ?? 0) + us);
  mod.set(where(cf.url), (mod.get(where(cf.url)) ?? 0) + us);
}
const ms = (us) => (us / 1000 / REQUESTS).toFixed(2);
console.log(
  `\nprofile ${path.join("bench/out/prof", file)}: ${(total / 1000).toFixed(0)} ms sampled, ${ms(total)} ms per request`,
);
console.log("\nself time by module (ms per request):");
for (const [k, v] of [...mod].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${ms(v).padStart(7)}  ${k}`);
console.log("\nself time by function (ms per request):");
for (const [k, v] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${ms(v).padStart(7)}  ${k}`);
