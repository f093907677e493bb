// The api benchmark's baseline: a bare Node http server answering every request with the same
// bytes and headers the app sends for the live script, and 304 on a matching If-None-Match.
// Usage: node bench/bare-server.mjs <body-file> <etag>; prints "listening <port>".
import fs from "node:fs";
import http from "node:http";

const [file, etag] = process.argv.slice(2);
const body = fs.readFileSync(file);
const headers = { "content-type": "application/json; charset=utf-8", "cache-control": "private, no-cache", etag };

const server = http.createServer((request, response) => {
  if (request.headers["if-none-match"] === etag) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  response.writeHead(200, { ...headers, "content-length": body.length });
  response.end(body);
});
server.listen(0, "127.0.0.1", () => console.log(`listening ${server.address().port}`));
