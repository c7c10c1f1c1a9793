import fs from "node:fs";
import { AnyMap, originalPositionFor } from "@jridgewell/trace-mapping";
const p = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const maps = new Map();
function mapOf(url) {
  if (!url.startsWith("file://")) return null;
  const f = url.slice(7) + ".map";
  if (!maps.has(f)) maps.set(f, fs.existsSync(f) ? new AnyMap(fs.readFileSync(f, "utf8")) : null);
  return maps.get(f);
}
const name = (n) => {
  const cf = n.callFrame;
  const m = mapOf(cf.url);
  if (m) {
    const o = originalPositionFor(m, { line: cf.lineNumber + 1, column: cf.columnNumber });
    if (o.source) return `${cf.functionName || o.name || "(anon)"} ${o.source.replace(/.*node_modules\//, "nm/").replace(/^.*\[project\]\//, "")}:${o.line}`;
  }
  return `${cf.functionName || "(anon)"} ${cf.url.replace(/.*node_modules\//, "nm/").replace(/.*\.next\//, ".next/")}:${cf.lineNumber}`;
};
const dt = new Map();
for (let i = 0; i < p.samples.length; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const names = new Map(p.nodes.map((n) => [n.id, name(n)]));
const self = new Map(), incl = new Map();
let total = 0, idle = 0;
for (const [id, t] of dt) {
  total += t;
  const k = names.get(id);
  if (k.startsWith("(idle)")) idle += t;
  self.set(k, (self.get(k) ?? 0) + t);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) { const kk = names.get(cur); if (!seen.has(kk)) { incl.set(kk, (incl.get(kk) ?? 0) + t); seen.add(kk); } }
}
const top = (m, n, filter = () => true) => [...m.entries()].filter(([k]) => filter(k)).sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / 1000).toFixed(0).padStart(7)} ms ${(100 * v / (total - idle)).toFixed(1).padStart(5)}% ${k}`).join("\n");
console.log(`busy ${((total - idle) / 1000).toFixed(0)} ms of ${(total / 1000).toFixed(0)}`);
console.log("--- self\n" + top(self, 35));
const f = process.argv[3];
console.log("--- inclusive" + (f ? ` matching ${f}` : "") + "\n" + top(incl, 60, (k) => !f || k.includes(f)));
