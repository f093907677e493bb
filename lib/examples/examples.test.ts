import { describe, expect, it } from "vitest";
import { EXAMPLE_SCRIPTS } from "./index";
import { ELEMENT_KINDS } from "../script/enums";
import { validateScript } from "../script/validate";
import { reachableFrom, unconnectedPorts } from "../script/graph";
import { placeholdersIn } from "../script/text-variables";
import { createScriptFromTemplate } from "../family/create-script";
import type { ScriptDocument } from "../script/document";
import { start } from "../runtime";
import { evaluateRules } from "../runtime/conditions";

/** Every string in a value, however deeply nested (text, labels, parameters, options...). */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

/** The words a customer hears or a reviewer reads; layout and ids are left out. */
function copyOf(doc: ScriptDocument): string[] {
  const { layout: _layout, ...rest } = doc;
  return stringsIn(rest);
}

const ZH_BANNED = ["喂", "不知道", "应该", "好像", "不可能", "你", "啊", "呀", "喽", "嘛", "必须", "难道"];
const EN_BANNED = ["calm down", "i don't know", "you need to", "not my job", "you have to", "obviously", "no problem", "our policy", "you should have"];

describe.each(EXAMPLE_SCRIPTS.map((e) => [e.slug, e.document] as const))("example %s", (_slug, doc) => {
  it("validates against the script schema", () => {
    const result = validateScript(doc);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it("has at least 12 elements", () => {
    expect(doc.nodes.length).toBeGreaterThanOrEqual(12);
  });

  it("uses the stages of its family template", () => {
    const template = createScriptFromTemplate({ id: "t", title: "t", family: doc.family, locale: doc.locale });
    expect(doc.stages).toEqual(template.stages);
    for (const node of doc.nodes) {
      if (node.kind !== "exit") expect(node.stageId, node.id).not.toBeNull();
    }
  });

  it("reaches every element from the entry and leaves no port open", () => {
    const reachable = reachableFrom(doc);
    expect(doc.nodes.map((n) => n.id).filter((id) => !reachable.has(id))).toEqual([]);
    const open = doc.nodes.flatMap((n) => unconnectedPorts(doc, n.id).map((port) => `${n.id}:${port}`));
    expect(open).toEqual([]);
  });

  it("can leave every loop: an exit is reachable from every element", () => {
    const exits = new Set(doc.nodes.filter((n) => n.kind === "exit").map((n) => n.id));
    const stuck = doc.nodes.filter((n) => ![...reachableFrom(doc, n.id)].some((id) => exits.has(id))).map((n) => n.id);
    expect(stuck).toEqual([]);
  });

  it("declares every {{variable}} it uses, and every input fills a matching variable", () => {
    const declared = new Map(doc.variables.map((v) => [v.name, v]));
    const used = copyOf(doc).flatMap((text) => placeholdersIn(text).map((p) => p.name));
    expect(used.filter((name) => !declared.has(name))).toEqual([]);
    for (const node of doc.nodes) {
      if (node.kind !== "input") continue;
      const variable = declared.get(node.variable);
      expect(variable?.source, node.id).toBe("input");
      expect(variable?.type, node.id).toBe(node.inputType);
    }
  });

  it("has two or three sample customers of its target group, for the player", () => {
    const sample = doc.targetGroup.sample ?? [];
    expect(sample.length).toBeGreaterThanOrEqual(2);
    expect(sample.length).toBeLessThanOrEqual(3);
    const customer = new Set(doc.variables.filter((v) => v.source === "customer").map((v) => v.name));
    const variables = new Map(doc.variables.map((v) => [v.name, v]));
    for (const record of sample) {
      expect(Object.keys(record).filter((name) => !customer.has(name))).toEqual([]);
      expect(evaluateRules(doc.targetGroup.criteria, start(doc, record).variables, variables), JSON.stringify(record)).toBe(true);
    }
  });

  it("places every element on the canvas", () => {
    const missing = doc.nodes.map((n) => n.id).filter((id) => !doc.layout.positions[id]);
    expect(missing).toEqual([]);
  });

  it("follows the courtesy standard of its locale", () => {
    const copy = copyOf(doc);
    if (doc.locale === "zh-CN") {
      const hits = copy.flatMap((text) => ZH_BANNED.filter((word) => text.includes(word)).map((word) => `${word}: ${text}`));
      expect(hits).toEqual([]);
      // 什么 only inside the standard phrases 请问有什么可以帮到您 / 还有什么可以帮您.
      const bareWhat = copy.filter((text) => text.replaceAll("有什么可以帮", "").includes("什么"));
      expect(bareWhat).toEqual([]);
    } else {
      const hits = copy.flatMap((text) => {
        const normalized = text.toLowerCase().replaceAll("\u2019", "'");
        return EN_BANNED.filter((phrase) => normalized.includes(phrase)).map((phrase) => `${phrase}: ${text}`);
      });
      expect(hits).toEqual([]);
    }
  });
});

describe("the example set", () => {
  it("uses every element kind somewhere", () => {
    const kinds = new Set(EXAMPLE_SCRIPTS.flatMap((e) => e.document.nodes.map((n) => n.kind)));
    expect([...kinds].sort()).toEqual([...ELEMENT_KINDS].sort());
  });

  it("has unique slugs and unique script ids", () => {
    const slugs = EXAMPLE_SCRIPTS.map((e) => e.slug);
    const ids = EXAMPLE_SCRIPTS.map((e) => e.document.id);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
