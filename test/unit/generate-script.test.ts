import { describe, expect, it } from "vitest";
import { validateScript } from "@/lib/script/validate";
import { reachableFrom, unconnectedPorts } from "@/lib/script/graph";
import { generateScript } from "@/test/builders/generate-script";

describe("the benchmark script generator", () => {
  it("makes a valid, connected script of about the size asked", () => {
    const doc = generateScript(1000);
    expect(validateScript(doc).ok).toBe(true);
    expect(doc.nodes.length).toBeGreaterThanOrEqual(1000);
    expect(doc.nodes.length).toBeLessThanOrEqual(1004);
    expect(reachableFrom(doc).size).toBe(doc.nodes.length);
    expect(doc.nodes.every((n) => unconnectedPorts(doc, n.id).length === 0)).toBe(true);
  });
});
