import { describe, expect, it } from "vitest";
import { BUILTIN_PACKS } from "./builtin-packs";
import { checkPackExamples } from "./examples";

// Every rule carries examples that must fire and examples that must not (the schema refuses a rule
// without both kinds); here they run.
describe.each(BUILTIN_PACKS.map((p) => [p.id, p] as const))("pack %s", (_id, pack) => {
  it("keeps every example promise", () => {
    expect(checkPackExamples(pack)).toEqual([]);
  });

  it("has both kinds of example for every rule", () => {
    for (const rule of pack.rules) {
      expect(rule.examples.fire.length, rule.id).toBeGreaterThan(0);
      expect(rule.examples.pass.length, rule.id).toBeGreaterThan(0);
    }
  });
});
