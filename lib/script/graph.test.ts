import { describe, expect, it } from "vitest";
import { act, ask, end, flow, say, script } from "@/test/builders/script";
import { buildGraph, reachableFrom, unconnectedPorts } from "./graph";
import { portsOf } from "./ports";

describe("ports", () => {
  it("gives each element kind its outputs", () => {
    expect(portsOf(say("s"))).toEqual(["next"]);
    expect(portsOf(ask("q", ["yes", "no"]))).toEqual(["yes", "no"]);
    expect(portsOf(act("a"))).toEqual(["ok", "error"]);
    expect(portsOf(end("e"))).toEqual([]);
  });
});

describe("graph queries", () => {
  const doc = script(
    [ask("q", ["yes", "no"]), say("thanks"), act("lookup"), end("done"), end("failed", "failure"), say("orphan")],
    [flow("q", "no", "done"), flow("q", "yes", "lookup"), flow("lookup", "ok", "thanks"), flow("lookup", "error", "failed"), flow("thanks", "done")],
  );

  it("lists successors in port order, whatever the order of the edges", () => {
    expect(buildGraph(doc).successors("q")).toEqual([
      { port: "yes", to: "lookup" },
      { port: "no", to: "done" },
    ]);
  });

  it("lists predecessors", () => {
    expect(buildGraph(doc).predecessors("done")).toEqual([
      { from: "q", port: "no" },
      { from: "thanks", port: "next" },
    ]);
  });

  it("finds what the entry reaches, and not the orphan", () => {
    expect([...reachableFrom(doc)].sort()).toEqual(["done", "failed", "lookup", "q", "thanks"]);
  });

  it("reaches nothing from an unknown start", () => {
    expect(reachableFrom(doc, "nowhere").size).toBe(0);
  });

  it("survives loops", () => {
    const loop = script([say("a"), say("b")], [flow("a", "b"), flow("b", "a")]);
    expect([...reachableFrom(loop)]).toEqual(["a", "b"]);
  });

  it("names the outputs no flow leaves from", () => {
    const partial = script([ask("q", ["yes", "no", "maybe"]), end("e")], [flow("q", "yes", "e")]);
    expect(unconnectedPorts(partial, "q")).toEqual(["no", "maybe"]);
  });
});
