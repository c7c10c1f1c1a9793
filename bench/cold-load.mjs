#!/usr/bin/env node
// `npm run bench:cold`: how long a first visit takes in a real browser with an empty cache —
// navigation start to the load event — for the needs-report form and the pages around it.
//
// Starts the production build (run `next build` first) on a fresh database with the demo data
// (scripts/e2e-server.mjs), signs in once as Kari Nordvik (owner, Vågan) through the demo login,
// starts a report from the Lofoten 2024 report (the whole form filled in, as an owner's real
// draft is), then opens each page (page cache off: every answer rendered) SAMPLES times, every time in a new browser context (no HTTP
// cache, no service worker, nothing prefetched) with the session cookie only. Prints per page
// p50/p95/max of the load event, the server's answer (responseEnd) and the JavaScript the page
// loads, and the load average. Target (docs/performance.md): the form's p95 below 1 000 ms.
//
// Options: --samples N (default 15), --port N (default 3661), --keep (leave the database).
// Database: kp_bench_cold on DATABASE_URL's server (default postgresql://postgres@127.0.0.1:5432).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { ROOT, uptime } from "./lib.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const SAMPLES = Number(arg("samples", 15));
const PORT = Number(arg("port", 3661));
const BASE = `http://localhost:${PORT}`;
const SERVER = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const TARGET_MS = 1000;

if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
  console.error("No production build: run `npx next build` first.");
  process.exit(1);
}

const server = spawn(process.execPath, [path.join(ROOT, "scripts", "e2e-server.mjs")], {
  cwd: ROOT,
  detached: true,
  stdio: ["ignore", "pipe", "pipe"],
  env: {
    ...process.env,
    DATABASE_URL: SERVER,
    E2E_PORT: String(PORT),
    E2E_DATABASE: "kp_bench_cold",
    AUTH_URL: BASE,
    RESPONSE_CACHE: "0",
    DEMO_LOGIN: "1",
    RATE_LIMIT_MULTIPLIER: "100",
    NEXT_TELEMETRY_DISABLED: "1",
  },
});
let log = "";
server.stdout.on("data", (d) => (log += d));
server.stderr.on("data", (d) => (log += d));
const stop = () => {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {}
};
process.on("exit", stop);

async function waitForServer() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${BASE}/logg-inn`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The portal did not start:\n${log.slice(-2000)}`);
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};

try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH || "/usr/bin/chromium",
  });

  // Once: sign in and start a full draft from last year's report, as an owner does.
  const setup = await browser.newContext({ locale: "nb-NO", viewport: { width: 1366, height: 900 } });
  const page = await setup.newPage();
  await page.goto(`${BASE}/logg-inn`);
  await page.getByRole("button", { name: "Logg inn som Kari Nordvik" }).click();
  await page.waitForURL(`${BASE}/`);
  await page.goto(`${BASE}/behovsmeldinger/ny`);
  await page.getByRole("radio").first().check();
  await page
    .getByLabel("Start fra en tidligere behovsmelding (valgfritt)")
    .selectOption({ value: "report-nor-lofoten-2024" });
  await page.getByRole("button", { name: "Opprett behovsmelding" }).click();
  await page.waitForURL(/\/rediger$/);
  const formPath = new URL(page.url()).pathname;
  const cookies = await setup.cookies();
  await setup.close();

  const pages = [
    ["needs-report form", formPath],
    ["needs-report read view", "/behovsmeldinger/report-nor-lofoten-2024"],
    ["needs-report list", "/behovsmeldinger"],
    ["home", "/"],
  ];
  const rows = [];
  for (const [name, url] of pages) {
    const load = [];
    const answer = [];
    let js = 0;
    for (let i = 0; i < SAMPLES; i++) {
      const context = await browser.newContext({ locale: "nb-NO", viewport: { width: 1366, height: 900 } });
      await context.addCookies(cookies);
      const p = await context.newPage();
      await p.goto(`${BASE}${url}`, { waitUntil: "load" });
      const t = await p.evaluate(() => {
        const nav = performance.getEntriesByType("navigation")[0];
        const scripts = performance.getEntriesByType("resource").filter((r) => r.initiatorType === "script");
        return {
          load: nav.loadEventEnd - nav.startTime,
          answer: nav.responseEnd - nav.startTime,
          js: scripts.reduce((a, r) => a + r.encodedBodySize, 0),
        };
      });
      if (!p.url().endsWith(url)) throw new Error(`${url} went to ${p.url()}`);
      load.push(t.load);
      answer.push(t.answer);
      js = t.js;
      await context.close();
    }
    rows.push({
      name,
      url,
      p50: quantile(load, 0.5),
      p95: quantile(load, 0.95),
      max: Math.max(...load),
      answer50: quantile(answer, 0.5),
      js,
    });
  }
  await browser.close();

  console.log(`\nCold loads in Chromium, empty cache, ${SAMPLES} samples each; ${uptime()}`);
  console.log("page                     | load p50 | load p95 | load max | server answer p50 | JS loaded (gzip)");
  for (const r of rows)
    console.log(
      `${r.name.padEnd(24)} | ${r.p50.toFixed(0).padStart(5)} ms | ${r.p95.toFixed(0).padStart(5)} ms | ${r.max.toFixed(0).padStart(5)} ms | ${r.answer50.toFixed(0).padStart(14)} ms | ${(r.js / 1024).toFixed(0)} kB`,
    );
  const form = rows[0];
  const pass = form.p95 < TARGET_MS;
  console.log(`\n${pass ? "PASS" : "FAIL"} the form's cold load p95 ${form.p95.toFixed(0)} ms < ${TARGET_MS} ms`);
  stop();
  process.exit(pass ? 0 : 1);
} catch (e) {
  console.error(e);
  stop();
  process.exit(2);
}
