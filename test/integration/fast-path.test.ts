import { describe, expect, it } from "vitest";
import type { CandidateSummaryJson } from "@/lib/api/review";
import type { ScriptSummaryJson } from "@/lib/api/scripts";
import { EXAMPLE_SCRIPTS } from "@/lib/examples";
import { fastPublished } from "@/lib/server/published/fast-path";
import { api, json, reviewApi, runtimeApi } from "./api-client";
import { makeActors, type Actors } from "./actors";

// bin/server.ts answers agent systems' reads before Next: it must say exactly what the route
// handler says, and leave everything else to it.

async function published(actors: Actors): Promise<ScriptSummaryJson> {
  const script = await json<ScriptSummaryJson>(await api.create({ headers: actors.designer, body: { document: EXAMPLE_SCRIPTS[0]!.document } }));
  const candidate = await json<CandidateSummaryJson>(await reviewApi.submit(script.id, { headers: actors.designer, body: {} }));
  await reviewApi.approve(candidate.id, { headers: actors.approver, body: {} });
  await reviewApi.publish(candidate.id, { headers: actors.designer, body: {} });
  return script;
}

describe("the runtime API's fast path", () => {
  it("answers a token's read with the route handler's bytes and headers, and 304 alike", async () => {
    const actors = await makeActors();
    const script = await published(actors);
    for (const [path, viaRoute] of [
      [`/api/v1/published/${script.slug}`, () => runtimeApi.live(script.slug, { headers: actors.token })],
      [`/api/v1/published/${script.slug}/versions/1`, () => runtimeApi.version(script.slug, "1", { headers: actors.token })],
    ] as const) {
      const route = await viaRoute();
      const fast = fastPublished("GET", path, actors.token.authorization!, null)!;
      expect(fast.status).toBe(200);
      expect(fast.body!.toString("utf8")).toBe(await route.text());
      for (const name of ["etag", "cache-control", "content-type", "x-huaben-version"]) expect([name, fast.headers[name]]).toEqual([name, route.headers.get(name)]);
      const again = fastPublished("GET", path, actors.token.authorization!, fast.headers.etag!)!;
      expect([again.status, again.body]).toEqual([304, null]);
    }
  });

  it("leaves sessions, missing or revoked tokens, unknown scripts and other routes to Next", async () => {
    const actors = await makeActors();
    const script = await published(actors);
    const live = `/api/v1/published/${script.slug}`;
    expect(fastPublished("GET", live, null, null)).toBeNull();
    expect(fastPublished("GET", live, "Bearer hb_unknown", null)).toBeNull();
    expect(fastPublished("POST", live, actors.token.authorization!, null)).toBeNull();
    expect(fastPublished("GET", "/api/v1/published/no-such-script", actors.token.authorization!, null)).toBeNull();
    expect(fastPublished("GET", `${live}/versions/9`, actors.token.authorization!, null)).toBeNull();
    expect(fastPublished("GET", `${live}/versions/abc`, actors.token.authorization!, null)).toBeNull();
    expect(fastPublished("GET", "/api/v1/published/%E0%A4%A", actors.token.authorization!, null)).toBeNull();
    expect(fastPublished("GET", "/api/v1/scripts", actors.token.authorization!, null)).toBeNull();
  });
});
