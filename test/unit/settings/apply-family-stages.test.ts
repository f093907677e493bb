import { describe, expect, it } from "vitest";
import { applyFamilyStages, planFamilyStages } from "@/components/settings/apply-family-stages";
import { createScriptFromTemplate } from "@/lib/family/create-script";
import { EXAMPLE_SCRIPTS } from "@/lib/examples";
import type { ScriptDocument } from "@/lib/script/document";
import { validateScript } from "@/lib/script/validate";
import { say, script } from "../../builders/script";

const upgrade = EXAMPLE_SCRIPTS.find((e) => e.slug === "broadband-upgrade-offer")?.document as ScriptDocument;
const inReadingOrder = (doc: ScriptDocument) => [...doc.stages].sort((a, b) => a.order - b.order);

describe("planFamilyStages / applyFamilyStages", () => {
  it("changes nothing for a script that already follows its family", () => {
    expect(planFamilyStages(upgrade, "outbound-marketing")).toEqual({ add: [], budgets: [] });
    expect(applyFamilyStages(upgrade, { family: "outbound-marketing" })).toBe(upgrade);
  });

  it("adds the missing stages by role, in the script's language, keeping the existing ones", () => {
    const doc = createScriptFromTemplate({ id: "s", title: "t", family: "custom", locale: "en" });
    const next = applyFamilyStages(doc, { family: "complaint" });
    // greeting and body have no place in the complaint template: they stay, in front;
    // the complaint stages come in template order, each after the nearest earlier one present.
    expect(inReadingOrder(next).map((s) => `${s.id}:${s.name}:${s.budgetSeconds}`)).toEqual([
      "calm:Calm the customer:15",
      "locate:Locate the problem:15",
      "solve:Offer a solution:90",
      "follow-up:Promise feedback:null",
      "greeting:Opening:null",
      "body:Body:null",
      "closing:Closing:null",
    ]);
    expect(validateScript(next).ok).toBe(true);
  });

  it("places a missing stage after the nearest earlier stage of the template", () => {
    const doc = createScriptFromTemplate({ id: "s", title: "t", family: "outbound-marketing", locale: "zh-CN" });
    const withoutIntent = { ...doc, stages: doc.stages.filter((s) => s.role !== "intent").map((s, order) => ({ ...s, order })) };
    const next = applyFamilyStages(withoutIntent, { family: "outbound-marketing" });
    expect(inReadingOrder(next).map((s) => s.role)).toEqual(["greeting", "pitch", "intent", "objection", "capture", "closing"]);
    expect(next.stages.find((s) => s.role === "intent")).toMatchObject({ name: "判断意向", budgetSeconds: 5 });
    expect(inReadingOrder(next).map((s) => s.order)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("sets the family's budgets on matching stages and leaves budgets the family does not set", () => {
    const doc = script([say("a", "hi", "pitch-stage")], [], {
      stages: [
        { id: "pitch-stage", name: "Pitch", order: 0, role: "pitch", budgetSeconds: 60 },
        { id: "capture", name: "Capture", order: 1, role: "capture", budgetSeconds: 45 },
      ],
    });
    const plan = planFamilyStages(doc, "outbound-marketing");
    expect(plan.budgets).toEqual([{ id: "pitch-stage", name: "Pitch", from: 60, to: 40 }]);
    const next = applyFamilyStages(doc, { family: "outbound-marketing" });
    expect(next.stages.find((s) => s.id === "pitch-stage")?.budgetSeconds).toBe(40);
    expect(next.stages.find((s) => s.id === "capture")?.budgetSeconds).toBe(45);
    expect(next.nodes).toBe(doc.nodes);
  });

  it("gives an added stage a free id when its role's id is taken by another stage", () => {
    const doc = script([say("a", "hi", "calm")], [], { stages: [{ id: "calm", name: "Calm down (no role)", order: 0, budgetSeconds: null }] });
    const next = applyFamilyStages(doc, { family: "complaint" });
    expect(next.stages.find((s) => s.role === "calm")?.id).toBe("calm-2");
    expect(validateScript(next).ok).toBe(true);
  });
});
