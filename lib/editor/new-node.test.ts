import { describe, expect, it } from "vitest";
import { say, script } from "@/test/builders/script";
import { ELEMENT_KINDS } from "../script/enums";
import { addNode } from "../script/commands/nodes";
import { validateScript } from "../script/validate";
import { freeNodeId, newNode } from "./new-node";
import { searchNodes } from "./node-search";

const words = { yes: "是", no: "否", actionLabel: "查询账单", fieldLabel: "新字段" };

describe("new elements", () => {
  it.each(ELEMENT_KINDS)("a new %s keeps the script valid", (kind) => {
    const doc = script([say("a")], []);
    const made = newNode(doc, kind, "main", words);
    const result = validateScript(addNode(doc, { node: made.node, variables: made.variables }));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it("numbers ids past those taken", () => {
    expect(freeNodeId(script([say("statement-1"), say("statement-3")], []), "statement")).toBe("statement-2");
  });

  it("gives a new fill-in field its own variable", () => {
    const doc = script([say("a")], [], { variables: [{ name: "field1", type: "text", label: "", source: "input" }] });
    const made = newNode(doc, "input", "main", words);
    expect(made.node).toMatchObject({ kind: "input", variable: "field2" });
    expect(made.variables).toEqual([{ name: "field2", type: "text", label: "新字段", source: "input" }]);
  });
});

describe("searchNodes", () => {
  const doc = script([say("greet", "您好，宽带可以免费提速"), say("bye", "Goodbye"), { id: "q", kind: "choice", stageId: "main", mode: "single", text: "方便吗？", answers: [{ id: "y", label: "方便" }] }], []);

  it("matches every word on characters, without segmenting Chinese", () => {
    expect(searchNodes(doc, "宽带 提速").map((h) => h.id)).toEqual(["greet"]);
  });
  it("ignores case and full-width forms", () => {
    expect(searchNodes(doc, "ＧＯＯＤ").map((h) => h.id)).toEqual(["bye"]);
  });
  it("finds answers and ids", () => {
    expect(searchNodes(doc, "方便").map((h) => h.id)).toEqual(["q"]);
    expect(searchNodes(doc, "bye").map((h) => h.id)).toEqual(["bye"]);
  });
  it("finds nothing for an empty query", () => {
    expect(searchNodes(doc, "  ")).toEqual([]);
  });
});

