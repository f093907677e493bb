import { describe, expect, it } from "vitest";
import { checkPackExamples } from "@/lib/lint/examples";
import { rulePackSchema } from "@/lib/lint/pack-schema";
import { LOCALES } from "@/lib/script/enums";
import { freePackId, packTemplate, packText } from "@/components/lint-rules/pack-template";

describe("the new-pack template", () => {
  it.each(LOCALES)("is a valid %s pack whose examples pass", (locale) => {
    const pack = rulePackSchema.parse(JSON.parse(packText(packTemplate(locale, new Set()))));
    expect(pack.locale).toBe(locale);
    expect(pack.rules[0]?.kind).toBe("phrases");
    const examples = pack.rules[0]?.examples;
    expect(examples?.fire.some((e) => "text" in e && e.mark && e.fixed)).toBe(true);
    expect(examples?.pass.length).toBeGreaterThan(0);
    expect(checkPackExamples(pack)).toEqual([]);
  });

  it("takes an id no pack has yet", () => {
    expect(freePackId("zh-CN", new Set())).toBe("team-zh-CN");
    expect(freePackId("en", new Set(["team-en", "team-en-2"]))).toBe("team-en-3");
  });
});
