// `npm start`: the production server. Next serves everything, except the runtime API's hot path
// (an agent system with a token fetching a published script), which is answered here before a
// request enters Next's pipeline: same lookups, same rules, same headers (lib/server/published/
// fast-path.ts), a fraction of the cost. Anything unusual falls through to the route handlers.
import { createServer } from "node:http";
import { register } from "node:module";
import { parseArgs } from "node:util";

register("./server-only-hooks.mjs", import.meta.url);

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  allowPositionals: true,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";

const { default: next } = await import("next");
const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
const { fastPublished } = await import("../lib/server/published/fast-path");

createServer((request, response) => {
  try {
    const path = (request.url ?? "/").split("?")[0]!;
    const ifNoneMatch = request.headers["if-none-match"] ?? null;
    const answer = fastPublished(request.method ?? "GET", path, request.headers.authorization ?? null, ifNoneMatch);
    if (answer) {
      response.writeHead(answer.status, answer.body ? { ...answer.headers, "content-length": String(answer.body.length) } : answer.headers);
      response.end(answer.body ?? undefined);
      return;
    }
  } catch (error) {
    // The route handler answers instead, and logs the failure with its own error handling.
    console.error("[huaben] fast path failed; Next answers", error);
  }
  void handle(request, response);
}).listen(port, hostname, () => {
  console.log(`▲ Huaben ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
});
