import { describe, expect, it } from "vitest";
import { validateScript, validateScriptJson } from "./validate";
import { createScriptFromTemplate } from "../family/create-script";

const valid = () => createScriptFromTemplate({ id: "s1", title: "宽带升级外呼", family: "outbound-marketing", locale: "zh-CN" });

describe("validateScript", () => {
  it("accepts a script made from a family template", () => {
    const result = validateScript(valid());
    expect(result.ok).toBe(true);
  });

  it("reports every structural problem with its JSON path", () => {
    const doc = valid() as unknown as Record<string, unknown>;
    const nodes = doc.nodes as Record<string, unknown>[];
    doc.title = "   ";
    (nodes[0] as Record<string, unknown>).kind = "speech";
    (nodes[1] as Record<string, unknown>).text = 42;
    delete (nodes[2] as Record<string, unknown>).outcome;
    doc.colour = "blue";
    const result = validateScript(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.pathText, i.code])).toEqual(
      expect.arrayContaining([
        ["title", "blank"],
        ["nodes[0].kind", "invalidKind"],
        ["nodes[1].text", "invalidType"],
        ["nodes[2].outcome", "required"],
        ["$", "unknownKeys"],
      ]),
    );
    const typeIssue = result.issues.find((i) => i.pathText === "nodes[1].text");
    expect(typeIssue?.params).toEqual({ expected: "string", received: "number" });
  });

  it("reports references to parts that do not exist", () => {
    const doc = valid();
    doc.edges.push({ from: "closing", port: "maybe", to: "nowhere" });
    doc.nodes.push({ id: "closing", kind: "exit", outcome: "success" });
    const first = doc.nodes[0];
    if (first && first.kind !== "exit") first.stageId = "no-such-stage";
    doc.entry = "missing";
    const result = validateScript(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.pathText, i.code])).toEqual(
      expect.arrayContaining([
        ["entry", "unknownNode"],
        ["nodes[0].stageId", "unknownStage"],
        ["nodes[4].id", "duplicateNodeId"],
        ["edges[3].port", "unknownPort"],
        ["edges[3].to", "unknownNode"],
      ]),
    );
  });

  it("turns a JSON syntax error into one issue at the root", () => {
    const result = validateScriptJson("{ \"title\": ");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ pathText: "$", code: "invalidJson" });
  });
});
