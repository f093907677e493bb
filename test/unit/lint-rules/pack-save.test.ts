import { describe, expect, it } from "vitest";
import { ApiFailure } from "@/lib/api/client";
import { checkPackText, examplePath, problemFromFailure } from "@/components/lint-rules/pack-save";
import { packTemplate, packText } from "@/components/lint-rules/pack-template";
import { textLang } from "@/components/lint-rules/text-lang";

const template = packTemplate("zh-CN", new Set());
const none = { originalId: null, customIds: new Set<string>() };

describe("checkPackText", () => {
  it("accepts a valid pack", () => {
    const check = checkPackText(packText(template), none);
    expect(check.ok && check.pack.id).toBe(template.id);
  });

  it("reports a syntax error as one issue at the root", () => {
    const check = checkPackText("{ \"id\": ", none);
    expect(check.ok ? null : check.problem).toMatchObject({ kind: "issues", issues: [{ pathText: "$", code: "invalidJson" }] });
  });

  it("reports every schema issue with its path", () => {
    const broken = { ...template, id: "Bad Id", rules: [{ ...template.rules[0], category: "manners" }] };
    const check = checkPackText(JSON.stringify(broken), none);
    expect(check.ok).toBe(false);
    if (check.ok || check.problem.kind !== "issues") return;
    expect(check.problem.issues.map((i) => [i.pathText, i.code])).toEqual([
      ["id", "invalidFormat"],
      ["rules[0].category", "invalidValue"],
    ]);
  });

  it("will not let a new pack take a custom pack's id, but lets a pack keep its own", () => {
    const taken = new Set([template.id]);
    const check = checkPackText(packText(template), { originalId: null, customIds: taken });
    expect(check.ok ? null : check.problem).toEqual({ kind: "takenId", id: template.id });
    expect(checkPackText(packText(template), { originalId: template.id, customIds: taken }).ok).toBe(true);
  });
});

describe("problemFromFailure", () => {
  const body = (error: Record<string, unknown>) => ({ error: { code: "x", message: "Refused.", issues: [], ...error } });

  it("reads a 400 as schema issues, paths taken relative to the pack", () => {
    const failure = new ApiFailure(400, body({ issues: [{ path: ["pack", "rules", 0, "id"], pathText: "pack.rules[0].id", code: "invalidFormat", message: "Wrong format." }] }));
    expect(problemFromFailure(failure, template)).toEqual({
      kind: "issues",
      issues: [{ path: ["rules", 0, "id"], pathText: "rules[0].id", code: "invalidFormat", params: {}, message: "Wrong format." }],
    });
  });

  it("reads a 422 as failing examples pointing at their place in the pack", () => {
    const example = { ruleId: "team/casual-word", kind: "pass" as const, index: 0, problem: "fired" as const, detail: "“搞定”" };
    const failure = new ApiFailure(422, body({ code: "packExamplesFailed", examples: [example] }) as never);
    expect(problemFromFailure(failure, template)).toEqual({ kind: "examples", failures: [{ ...example, path: ["rules", 0, "examples", "pass", 0] }] });
  });

  it("reads a 409 as a built-in pack's id, and anything else as a plain failure", () => {
    expect(problemFromFailure(new ApiFailure(409, body({})), template)).toEqual({ kind: "builtinId", id: template.id });
    expect(problemFromFailure(new ApiFailure(500, body({})), template)).toEqual({ kind: "failed", message: "Refused." });
    expect(problemFromFailure(new ApiFailure(0, null), template)).toEqual({ kind: "failed", message: null });
  });

  it("has no path for an example of a rule the pack does not hold", () => {
    expect(examplePath(template, { ruleId: "other/rule", kind: "fire", index: 0 })).toEqual([]);
  });
});

describe("textLang", () => {
  it("uses the pack's language, else guesses from the text", () => {
    expect(textLang("Hello", "zh-CN")).toBe("zh-CN");
    expect(textLang("您好，{{name}}", undefined)).toBe("zh-CN");
    expect(textLang("Hello there", undefined)).toBe("en");
  });
});
