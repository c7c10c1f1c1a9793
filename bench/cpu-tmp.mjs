import fs from "node:fs";
import { signIn } from "./lib.mjs";
const base = "http://localhost:3601";
const pgid = Number(fs.readFileSync("/tmp/kp-bench-next.pid", "utf8"));
const HZ = 100;
function groupCpuMs() {
  let ticks = 0;
  for (const d of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const s = fs.readFileSync(`/proc/${d}/stat`, "utf8");
      const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
      if (Number(f[2]) === pgid) ticks += Number(f[11]) + Number(f[12]);
    } catch {}
  }
  return (ticks * 1000) / HZ;
}
const cookie = await signIn(base, process.argv[2]);
for (const path of process.argv.slice(3)) {
  for (let i = 0; i < 5; i++) await (await fetch(base + path, { headers: { cookie, "accept-encoding": "identity" } })).text();
  const n = 30; const c0 = groupCpuMs(); const t0 = performance.now();
  for (let i = 0; i < n; i++) await (await fetch(base + path, { headers: { cookie, "accept-encoding": "identity" } })).text();
  console.log(path, "cpu ms/req", ((groupCpuMs() - c0) / n).toFixed(1), "wall ms/req", ((performance.now() - t0) / n).toFixed(0));
}
