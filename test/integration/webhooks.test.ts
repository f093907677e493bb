import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CandidateSummaryJson } from "@/lib/api/review";
import type { ScriptSummaryJson } from "@/lib/api/scripts";
import { EXAMPLE_SCRIPTS } from "@/lib/examples";
import type { WebhookPayload } from "@/lib/publish/webhook";
import { api, json, reviewApi, webhookApi } from "./api-client";
import { makeActors, type Actors } from "./actors";

// A real HTTP endpoint in the test process receives the deliveries.

type Received = { headers: http.IncomingHttpHeaders; body: string };

let server: http.Server;
let url: string;
let received: Received[];
let answers: number[];

beforeEach(async () => {
  received = [];
  answers = [];
  process.env.HUABEN_WEBHOOK_BACKOFF_MS = "20";
  server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      response.statusCode = answers.shift() ?? 200;
      response.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/huaben`;
});

afterEach(async () => {
  delete process.env.HUABEN_WEBHOOK_BACKOFF_MS;
  await new Promise((resolve) => server.close(resolve));
});

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function publishedScript(actors: Actors): Promise<ScriptSummaryJson> {
  const document = EXAMPLE_SCRIPTS[0]!.document;
  const script = await json<ScriptSummaryJson>(await api.create({ headers: actors.designer, body: { document } }));
  const candidate = await json<CandidateSummaryJson>(await reviewApi.submit(script.id, { headers: actors.designer, body: {} }));
  await reviewApi.approve(candidate.id, { headers: actors.approver, body: {} });
  expect((await reviewApi.publish(candidate.id, { headers: actors.designer, body: { note: "v1" } })).status).toBe(201);
  return script;
}

/** Changes the first words a little and publishes the next version. */
async function publishAgain(actors: Actors, scriptId: string): Promise<void> {
  const draft = await json<{ revision: number; document: { nodes: { id: string; text?: string }[] } }>(await api.getDraft(scriptId, { headers: actors.designer }));
  const nodes = draft.document.nodes.map((n, i) => (i === 0 && n.text ? { ...n, text: `${n.text} ` } : n));
  await api.saveDraft(scriptId, { headers: actors.designer, body: { baseRevision: draft.revision, document: { ...draft.document, nodes } } });
  const candidate = await json<CandidateSummaryJson>(await reviewApi.submit(scriptId, { headers: actors.designer, body: {} }));
  await reviewApi.approve(candidate.id, { headers: actors.approver, body: {} });
  expect((await reviewApi.publish(candidate.id, { headers: actors.designer, body: {} })).status).toBe(201);
}

type Delivery = { status: string; attempts: number; lastStatusCode: number | null; event: string };

describe("webhooks", () => {
  it("posts a signed publish event, retrying with backoff until the endpoint accepts it", async () => {
    const actors = await makeActors();
    const created = await webhookApi.create({ headers: actors.admin, body: { url, description: "坐席系统" } });
    expect(created.status).toBe(201);
    const { webhook, secret } = await json<{ webhook: { id: string }; secret: string }>(created);
    expect(secret).toMatch(/^whsec_/);
    expect(await (await webhookApi.list({ headers: actors.admin })).text()).not.toContain(secret);

    answers = [500, 503];
    const script = await publishedScript(actors);
    const deliveries = await until(
      async () => (await json<{ deliveries: Delivery[] }>(await webhookApi.deliveries(webhook.id, { headers: actors.admin }))).deliveries,
      (d) => d[0]?.status === "delivered",
    );
    expect(deliveries).toEqual([expect.objectContaining({ event: "publish", status: "delivered", attempts: 3, lastStatusCode: 200 })]);
    expect(received).toHaveLength(3);

    const last = received[2]!;
    const payload = JSON.parse(last.body) as WebhookPayload;
    expect(payload).toMatchObject({ event: "publish", version: 1, script: { id: script.id, slug: script.slug }, url: `/api/v1/published/${script.slug}/versions/1` });
    const expected = createHmac("sha256", secret).update(`${last.headers["x-huaben-timestamp"]}.${last.body}`).digest("hex");
    expect(last.headers["x-huaben-signature"]).toBe(`sha256=${expected}`);
    expect(last.headers["x-huaben-event"]).toBe("publish");
  });

  it("tells of a rollback, and gives up after six failed attempts with every status logged", async () => {
    const actors = await makeActors();
    const { webhook } = await json<{ webhook: { id: string } }>(await webhookApi.create({ headers: actors.admin, body: { url } }));
    const script = await publishedScript(actors);
    await until(async () => received.length, (n) => n === 1);

    answers = [500, 500, 500, 500, 500, 500];
    expect((await reviewApi.moveLive(script.id, { headers: actors.approver, body: { version: 1 } })).status).toBe(200);
    // Already live: nothing moves, nothing is announced.
    expect(received).toHaveLength(1);

    answers = [];
    await publishAgain(actors, script.id);
    await until(async () => received.length, (n) => n === 2);
    answers = [500, 500, 500, 500, 500, 500];
    await reviewApi.moveLive(script.id, { headers: actors.approver, body: { version: 1 } });
    const deliveries = await until(
      async () => (await json<{ deliveries: Delivery[] }>(await webhookApi.deliveries(webhook.id, { headers: actors.admin }))).deliveries,
      (d) => d[0]?.status === "failed",
    );
    expect(deliveries[0]).toMatchObject({ event: "rollback", status: "failed", attempts: 6, lastStatusCode: 500 });
    expect(JSON.parse(received[received.length - 1]!.body)).toMatchObject({ event: "rollback", version: 1 });
  });

  it("is for admins only, and refuses an address that is not http(s)", async () => {
    const actors = await makeActors();
    expect((await webhookApi.create({ headers: actors.designer, body: { url } })).status).toBe(403);
    expect((await webhookApi.create({ headers: actors.admin, body: { url: "file:///etc/passwd" } })).status).toBe(400);
    expect((await webhookApi.list({ headers: actors.token })).status).toBe(403);
  });
});
