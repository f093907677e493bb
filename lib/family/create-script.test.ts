import { describe, expect, it } from "vitest";
import { FAMILIES, LOCALES } from "../script/enums";
import { validateScript } from "../script/validate";
import { reachableFrom, unconnectedPorts } from "../script/graph";
import { placeholdersIn } from "../script/text-variables";
import { createScriptFromTemplate } from "./create-script";
import { ALL_FAMILY_TEMPLATES, familyTemplateSchema, familyTemplate } from "./templates";

const cases = FAMILIES.flatMap((family) => LOCALES.map((locale) => [family, locale] as const));

describe("family templates", () => {
  it("are valid data", () => {
    for (const template of ALL_FAMILY_TEMPLATES) expect(familyTemplateSchema.safeParse(template).success).toBe(true);
  });

  it("carry the outbound marketing norms of the domain brief", () => {
    const t = familyTemplate("outbound-marketing");
    const budget = (role: string) => t.stages.find((s) => s.role === role)?.budgetSeconds;
    expect(t.stages.map((s) => s.role)).toEqual(["greeting", "pitch", "intent", "objection", "capture", "closing"]);
    expect([budget("pitch"), budget("intent"), budget("objection")]).toEqual([40, 5, 30]);
    expect(t.callSeconds).toEqual({ min: 120, max: 180 });
  });

  it("carry the complaint deadlines: calm by 15 s, locate by 30 s, a solution by 2 min", () => {
    expect(familyTemplate("complaint").milestones).toEqual([
      { role: "calm", withinSeconds: 15 },
      { role: "locate", withinSeconds: 30 },
      { role: "solve", withinSeconds: 120 },
    ]);
  });
});

describe("createScriptFromTemplate", () => {
  it.each(cases)("starts a valid, connected %s script in %s", (family, locale) => {
    const doc = createScriptFromTemplate({ id: "new", title: "New", family, locale });
    const result = validateScript(doc);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(reachableFrom(doc).size).toBe(doc.nodes.length);
    for (const node of doc.nodes) expect([node.id, unconnectedPorts(doc, node.id)]).toEqual([node.id, []]);
    expect(doc.stages.map((s) => s.name)).toEqual(familyTemplate(family).stages.map((s) => s.name[locale]));
  });

  it.each(cases)("declares every variable the %s skeleton in %s speaks", (family, locale) => {
    const doc = createScriptFromTemplate({ id: "new", title: "New", family, locale });
    const declared = new Set(doc.variables.map((v) => v.name));
    for (const node of doc.nodes) {
      for (const { name } of placeholdersIn("text" in node ? (node.text ?? "") : "")) expect(declared).toContain(name);
    }
  });

  it.each(cases)("starts a blank %s script in %s with the stages and one empty opening", (family, locale) => {
    const doc = createScriptFromTemplate({ id: "b", title: "Blank", family, locale, blank: true });
    expect(validateScript(doc).ok).toBe(true);
    expect(doc.nodes).toEqual([expect.objectContaining({ id: "greeting", kind: "statement", text: "" })]);
    expect(doc.stages).toHaveLength(familyTemplate(family).stages.length);
  });

  it("greets in the first stage and closes in the last", () => {
    const doc = createScriptFromTemplate({ id: "n", title: "外呼", family: "outbound-maintenance", locale: "zh-CN" });
    const greeting = doc.nodes.find((n) => n.id === doc.entry);
    expect(greeting).toMatchObject({ kind: "choice", stageId: "greeting" });
    expect(doc.nodes.find((n) => n.id === "closing")).toMatchObject({ stageId: "closing" });
  });
});
