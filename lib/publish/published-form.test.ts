import { describe, expect, it } from "vitest";
import { EXAMPLE_SCRIPTS } from "../examples";
import { validateScript } from "../script/validate";
import { canonicalJson, contentHash, publishedForm } from "./published-form";

const doc = EXAMPLE_SCRIPTS[0]!.document;

describe("the published form", () => {
  it("drops positions, scenarios and lint overrides and is still a valid script", () => {
    const published = publishedForm({ ...doc, scenarios: [], lint: { rules: {}, speech: { zhCharsPerMinute: 220 } } as never });
    expect(published.layout).toEqual({ positions: {} });
    expect(published.scenarios).toBeUndefined();
    expect(published.lint).toEqual({ speech: { zhCharsPerMinute: 220 } });
    expect(validateScript(published).ok).toBe(true);
  });

  it("hashes meaning, not positions or key order", () => {
    const moved = { ...doc, layout: { positions: { greet: { x: 999, y: 1 } } } };
    const reordered = JSON.parse(canonicalJson(doc)) as typeof doc;
    expect(contentHash(moved)).toBe(contentHash(doc));
    expect(contentHash(reordered)).toBe(contentHash(doc));
    expect(contentHash({ ...doc, title: `${doc.title}！` })).not.toBe(contentHash(doc));
    expect(contentHash(doc)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("writes canonical JSON with sorted keys at every level", () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}');
  });
});
