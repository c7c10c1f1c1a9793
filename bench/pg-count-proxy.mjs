// A TCP proxy in front of PostgreSQL that counts the queries passing through
// it: simple-protocol Query messages ('Q') and extended-protocol Execute
// messages ('E', one per parameterised statement, whether or not its Parse was
// sent again). Used by bench/run.mjs to count the queries one page costs.
//
//   node bench/pg-count-proxy.mjs 3650 127.0.0.1:5432    # standalone: prints the count every second
import net from "node:net";

/**
 * Starts the proxy on `port`, forwarding to `upstream` ("host:port").
 * Returns { count(), texts(), reset(), close() }; texts() holds the SQL of the
 * Parse and Query messages seen since the last reset (to find an N+1).
 */
export function startCountProxy({ port, upstream = "127.0.0.1:5432" }) {
  const [upHost, upPort] = upstream.split(":");
  let queries = 0;
  let texts = [];
  const sockets = new Set();

  const server = net.createServer((client) => {
    const db = net.connect(Number(upPort), upHost);
    sockets.add(client).add(db);
    let buffer = Buffer.alloc(0);
    let startup = true; // the first message (SSLRequest or StartupMessage) has no type byte
    client.on("data", (chunk) => {
      db.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (startup) {
          if (buffer.length < 8) break;
          const len = buffer.readInt32BE(0);
          if (buffer.length < len) break;
          const code = buffer.readInt32BE(4);
          buffer = buffer.subarray(len);
          if (code !== 80877103 && code !== 80877104) startup = false; // SSLRequest / GSSENCRequest are followed by the startup message
          continue;
        }
        if (buffer.length < 5) break;
        const type = String.fromCharCode(buffer[0]);
        const len = buffer.readInt32BE(1);
        if (buffer.length < len + 1) break;
        const body = buffer.subarray(5, len + 1);
        if (type === "Q") {
          queries++;
          texts.push(body.toString("utf8", 0, body.indexOf(0)));
        } else if (type === "E") {
          queries++;
        } else if (type === "P") {
          const nameEnd = body.indexOf(0);
          texts.push(body.toString("utf8", nameEnd + 1, body.indexOf(0, nameEnd + 1)));
        }
        buffer = buffer.subarray(len + 1);
      }
    });
    db.on("data", (chunk) => client.write(chunk));
    const end = () => {
      client.destroy();
      db.destroy();
      sockets.delete(client);
      sockets.delete(db);
    };
    client.on("close", end).on("error", end);
    db.on("close", end).on("error", end);
  });

  const ready = new Promise((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));
  return {
    ready,
    count: () => queries,
    texts: () => [...texts],
    reset() {
      queries = 0;
      texts = [];
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const proxy = startCountProxy({
    port: Number(process.argv[2] ?? 3650),
    upstream: process.argv[3] ?? "127.0.0.1:5432",
  });
  await proxy.ready;
  console.log(`pg-count-proxy on 127.0.0.1:${process.argv[2] ?? 3650}`);
  let last = 0;
  setInterval(() => {
    if (proxy.count() !== last) console.log(`${proxy.count()} queries`);
    last = proxy.count();
  }, 1000);
}
