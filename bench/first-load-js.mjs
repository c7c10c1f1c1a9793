// First-load JavaScript per page route of the production build, gzipped: the
// framework's root chunks (build-manifest.json rootMainFiles) plus every chunk
// the route's layouts and page load (entryJSFiles of its client reference
// manifest). Next 16 no longer prints these sizes after `next build`.
//
//   node bench/first-load-js.mjs            # all page routes, largest first
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import vm from "node:vm";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const NEXT = path.join(ROOT, ".next");
const sizes = new Map();

function gzipped(file) {
  if (!sizes.has(file)) sizes.set(file, zlib.gzipSync(fs.readFileSync(path.join(NEXT, file)), { level: 9 }).length);
  return sizes.get(file);
}

/** The chunks a page route loads first, by its app path (e.g. "/(portal)/behovsmeldinger/[id]/rediger/page"). */
function routeChunks(appPath, rootMainFiles) {
  const manifestFile = path.join(NEXT, "server", "app", `${appPath}_client-reference-manifest.js`);
  const context = { globalThis: {} };
  context.self = context.globalThis;
  vm.runInNewContext(fs.readFileSync(manifestFile, "utf8"), context);
  const manifest = context.globalThis.__RSC_MANIFEST[appPath];
  const files = new Set(rootMainFiles);
  for (const list of Object.values(manifest.entryJSFiles ?? {})) for (const f of list) files.add(f);
  return [...files];
}

/** { route: bytes gzipped } for every page route of the build. */
export function firstLoadJs() {
  const build = JSON.parse(fs.readFileSync(path.join(NEXT, "build-manifest.json"), "utf8"));
  const routes = JSON.parse(fs.readFileSync(path.join(NEXT, "app-path-routes-manifest.json"), "utf8"));
  const out = {};
  for (const [appPath, route] of Object.entries(routes)) {
    if (!appPath.endsWith("/page")) continue;
    out[route] = routeChunks(appPath, build.rootMainFiles).reduce((a, f) => a + gzipped(f), 0);
  }
  return out;
}

/** The chunks of one route with their gzipped sizes, largest first (to see what makes a page heavy). */
export function chunksOf(route) {
  const build = JSON.parse(fs.readFileSync(path.join(NEXT, "build-manifest.json"), "utf8"));
  const routes = JSON.parse(fs.readFileSync(path.join(NEXT, "app-path-routes-manifest.json"), "utf8"));
  const appPath = Object.entries(routes).find(([p, r]) => r === route && p.endsWith("/page"))?.[0];
  if (!appPath) throw new Error(`No page route ${route}`);
  return routeChunks(appPath, build.rootMainFiles)
    .map((f) => ({ file: f, gzip: gzipped(f) }))
    .sort((a, b) => b.gzip - a.gzip);
}

export const kB = (bytes) => `${(bytes / 1000).toFixed(0)} kB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[2]) {
    for (const c of chunksOf(process.argv[2])) console.log(kB(c.gzip).padStart(8), c.file);
  } else {
    for (const [route, bytes] of Object.entries(firstLoadJs()).sort((a, b) => b[1] - a[1]))
      console.log(kB(bytes).padStart(8), route);
  }
}
