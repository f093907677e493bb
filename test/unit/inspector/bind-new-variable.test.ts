import { describe, expect, it } from "vitest";
import { addVariableAndBind } from "@/components/inspector/bind-new-variable";
import { EXAMPLE_SCRIPTS } from "@/lib/examples";
import { validateScript } from "@/lib/script/validate";
import type { ScriptDocument } from "@/lib/script/document";

const doc = (EXAMPLE_SCRIPTS.find((e) => e.slug === "broadband-upgrade-offer") as { document: ScriptDocument }).document;

describe("addVariableAndBind", () => {
  it("declares the variable and points the fill-in field at it in one valid step", () => {
    const variable = { name: "备用电话", type: "phone", label: "备用电话", source: "input" } as const;
    const next = addVariableAndBind(doc, { variable, nodeId: "ask-phone" });
    expect(next.variables.at(-1)).toEqual(variable);
    expect(next.nodes.find((n) => n.id === "ask-phone")).toMatchObject({ variable: "备用电话" });
    expect(validateScript(next).ok).toBe(true);
  });

  it("changes nothing when the name is taken or the element is not a fill-in field", () => {
    const taken = { name: "mobile", type: "phone", label: "x", source: "input" } as const;
    expect(addVariableAndBind(doc, { variable: taken, nodeId: "ask-phone" })).toBe(doc);
    const fresh = { name: "fresh", type: "text", label: "x", source: "input" } as const;
    expect(addVariableAndBind(doc, { variable: fresh, nodeId: "greet" })).toBe(doc);
  });
});
