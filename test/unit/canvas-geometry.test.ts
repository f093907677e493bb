import { describe, expect, it } from "vitest";
import { geometryOf, NODE_WIDTH, SIZES } from "@/components/canvas/node-geometry";
import { ask, say } from "@/test/builders/script";

describe("element geometry", () => {
  it("gives every output a handle on the right and one input on the left", () => {
    const g = geometryOf(ask("q", ["yes", "no", "later"]));
    expect(g.handles.filter((h) => h.type === "source").map((h) => h.id)).toEqual(["yes", "no", "later"]);
    expect(g.handles.filter((h) => h.type === "target")).toHaveLength(1);
    expect(g.handles.every((h) => (h.type === "source" ? h.x + h.width / 2 === NODE_WIDTH : h.x + h.width / 2 === 0))).toBe(true);
  });

  it("stacks answer rows one row apart, inside the card", () => {
    const g = geometryOf(ask("q", ["a", "b"]));
    expect((g.ports.b as number) - (g.ports.a as number)).toBe(SIZES.row + SIZES.gap);
    expect(g.ports.b as number).toBeLessThan(g.height);
  });

  it("grows with a label and with answers, not with the length of the text", () => {
    const short = geometryOf(say("s", "您好"));
    const long = geometryOf(say("s", "您好".repeat(200)));
    expect(long.height).toBe(short.height);
    expect(geometryOf({ ...say("s"), label: "问候" }).height).toBe(short.height + SIZES.label);
    expect(geometryOf(ask("q", ["a", "b", "c"])).height - geometryOf(ask("q", ["a", "b"])).height).toBe(SIZES.row + SIZES.gap);
  });
});
