// Loaded into the server by bench/profile.mjs (node --require): the CPU profiler in the server's
// own process, started and stopped by SIGUSR2, so the profile holds the measured requests only
// (not start-up and warm-up). Each stop writes PROFILE_DIR/server-<n>.cpuprofile.
const fs = require("node:fs");
const path = require("node:path");
const inspector = require("node:inspector");

const session = new inspector.Session();
session.connect();
let running = false;
let n = 0;
process.on("SIGUSR2", () => {
  if (!running) {
    running = true;
    session.post("Profiler.enable", () =>
      session.post("Profiler.setSamplingInterval", { interval: 250 }, () => session.post("Profiler.start")),
    );
    return;
  }
  running = false;
  session.post("Profiler.stop", (error, result) => {
    if (error) return console.error(error);
    fs.writeFileSync(path.join(process.env.PROFILE_DIR, `server-${++n}.cpuprofile`), JSON.stringify(result.profile));
  });
});
