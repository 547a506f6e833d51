// Next behind a plain Node HTTP server, so that every request carries the address of the connection it
// came in on (route handlers and server actions cannot see the socket). scripts/serve.ts starts this.
// In production, WEB_CONCURRENCY=n serves from n processes on the one port (scripts/web-concurrency.ts).
//   tsx scripts/next-server.ts <dev|start> <port>
import cluster from "node:cluster";
import { createServer } from "node:http";
import next from "next";
import { PEER_ADDRESS_HEADER } from "../lib/auth/peer-address-header.ts";
import { isMalformedPath } from "../lib/http/malformed-path.ts";
import { runWorkers, webConcurrency } from "./web-concurrency.ts";

const dev = process.argv[2] !== "start";
const port = Number(process.argv[3] ?? process.env.PORT ?? 3000);

// A development server compiles on demand and watches files: one process only.
const processes = dev ? 1 : webConcurrency(process.env.WEB_CONCURRENCY);
if (cluster.isPrimary && processes > 1) runWorkers(processes);
else await serve();

async function serve() {
  const app = next({ dev, port, turbopack: dev });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = createServer((request, response) => {
    if (isMalformedPath(request.url ?? "/")) {
      response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" });
      response.end("Bad request: the address has a broken percent-encoding (%). Check the link and try again.\n");
      return;
    }
    // Overwrites a value a client may have sent under the same name.
    request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
    void handle(request, response);
  });
  if (dev) server.on("upgrade", app.getUpgradeHandler());
  server.listen(port, () => console.log(`Ready on http://localhost:${port}`));

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      server.close();
      void app.close().then(() => process.exit(0));
    });
  }
}
