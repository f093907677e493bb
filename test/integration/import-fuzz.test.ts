import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ScriptSummaryJson } from "@/lib/api/scripts";
import { EXAMPLE_SCRIPTS } from "@/lib/examples";
import { api, json, reviewApi } from "./api-client";
import { makeActors } from "./actors";

// Imports of generated broken input: whatever arrives, the answer is a 4xx with issues (never a
// 5xx), and nothing is written unless the whole document is valid.

const valid = EXAMPLE_SCRIPTS[1]!.document as unknown as Record<string, unknown>;

/** A valid document with one part replaced by something arbitrary, or removed. */
const mutated = fc
  .tuple(fc.constantFrom(...Object.keys(valid)), fc.oneof(fc.jsonValue(), fc.constant(undefined)), fc.nat(), fc.jsonValue())
  .map(([key, value, index, inner]) => {
    const copy = structuredClone(valid) as Record<string, unknown>;
    if (Array.isArray(copy[key]) && (copy[key] as unknown[]).length > 0) {
      const list = copy[key] as unknown[];
      const at = index % list.length;
      list[at] = typeof list[at] === "object" && list[at] !== null ? { ...(list[at] as object), [Object.keys(list[at] as object)[index % 3] ?? "id"]: inner } : inner;
    } else if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
  });

const input = fc.oneof(fc.jsonValue(), mutated, fc.record({ script: mutated, version: fc.nat() }));
const raw = fc.oneof(fc.string(), fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b).toString("latin1")));

describe("importing malformed scripts", () => {
  it("answers 1,000 generated imports without a 5xx and without a partial write", async () => {
    const actors = await makeActors();
    const target = await json<ScriptSummaryJson>(await api.create({ headers: actors.designer, body: { document: valid } }));
    let scripts = 1;
    let revision = target.revision;
    const statuses = new Map<number, number>();
    const count = async () => (await json<{ scripts: unknown[] }>(await api.list("?archived=all", { headers: actors.designer }))).scripts.length;

    await fc.assert(
      fc.asyncProperty(fc.oneof({ arbitrary: input.map((v) => ({ kind: "json" as const, v })), weight: 4 }, { arbitrary: raw.map((v) => ({ kind: "raw" as const, v })), weight: 1 }), fc.boolean(), async (body, intoDraft) => {
        const init =
          body.kind === "json"
            ? { headers: actors.designer, body: intoDraft ? { baseRevision: revision, document: body.v } : { document: body.v } }
            : { headers: actors.designer, raw: body.v };
        const response = intoDraft ? await reviewApi.importDraft(target.id, init) : await api.create(init);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status).toBeLessThan(500);
        if (response.ok) {
          if (intoDraft) revision = (await json<ScriptSummaryJson>(response)).revision;
          else scripts += 1;
        }
        const draft = await json<{ revision: number }>(await api.getDraft(target.id, { headers: actors.designer }));
        expect(draft.revision).toBe(revision);
        expect(await count()).toBe(scripts);
      }),
      { numRuns: 1000, seed: 20261123 },
    );
    // Most generated input is broken; the few valid ones were written whole.
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
    expect((statuses.get(422) ?? 0) + (statuses.get(400) ?? 0)).toBeGreaterThan(900);
  }, 120_000);

  it("refuses an import over the size limit with a clear message", async () => {
    const actors = await makeActors();
    process.env.HUABEN_MAX_BODY_BYTES = "1024";
    try {
      const response = await api.create({ headers: actors.designer, body: { document: valid } });
      const body = await json<{ error: { code: string; message: string } }>(response);
      expect([response.status, body.error.code]).toEqual([413, "too-large"]);
      expect(body.error.message).toContain("1 KB");
    } finally {
      delete process.env.HUABEN_MAX_BODY_BYTES;
    }
  });
});
