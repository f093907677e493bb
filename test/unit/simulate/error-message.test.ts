import { describe, expect, it } from "vitest";
import type { InvalidReason, RuntimeError } from "@/lib/runtime";
import { EXAMPLE_SCRIPTS } from "@/lib/examples";
import { translator } from "@/lib/i18n/translator";
import { UI_LOCALES } from "@/lib/i18n/locales";
import { describeRuntimeError } from "@/components/simulate/error-message";

const doc = EXAMPLE_SCRIPTS.find((e) => e.slug === "broadband-upgrade-offer")!.document;
const REASONS: InvalidReason[] = ["required", "notNumber", "notBoolean", "notPhone", "notDate", "notEmail", "notOption", "patternMismatch"];

// One error of every code, and an invalid value for every reason: the player has a sentence for each.
const ERRORS: RuntimeError[] = [
  { code: "ended", params: { nodeId: "end-success" } },
  { code: "wrongInput", params: { nodeId: "greet", kind: "choice", expected: ["answer"], got: "next" } },
  { code: "unknownAnswer", params: { nodeId: "greet", answerId: "a-maybe" } },
  { code: "noAnswer", params: { nodeId: "greet" } },
  ...REASONS.map((reason): RuntimeError => ({
    code: "invalidValue",
    params: { nodeId: "ask-phone", variable: "contactPhone", reason, value: "x", options: ["上午", "下午"], pattern: "^1[3-9]\\d{9}$" },
  })),
  { code: "invalidValue", params: { nodeId: "submit-order", variable: "orderId", reason: "notNumber", value: "x" } },
  { code: "unknownOutput", params: { nodeId: "submit-order", variable: "price" } },
  { code: "noFlow", params: { nodeId: "check-bandwidth", port: "true" } },
  { code: "conditionLoop", params: { nodeId: "check-bandwidth" } },
  { code: "unknownNode", params: { nodeId: "gone" } },
];

describe.each(UI_LOCALES)("engine errors in %s", (locale) => {
  const t = translator(locale);

  it.each(ERRORS.map((e) => [`${e.code}${"reason" in e.params ? `/${e.params.reason}` : ""}`, e] as const))("%s reads as a sentence", (_name, error) => {
    const text = describeRuntimeError(t, error, doc);
    expect(text.length).toBeGreaterThan(3);
    expect(text).not.toMatch(/simulate\.|\{[a-z]+\}/);
  });

  it("gives each invalid-value reason its own message", () => {
    const texts = REASONS.map((reason) => describeRuntimeError(t, { code: "invalidValue", params: { nodeId: "ask-phone", variable: "contactPhone", reason, value: "1" } }, doc));
    expect(new Set(texts).size).toBe(REASONS.length);
  });
});

describe("engine errors, in words", () => {
  it("names the pattern, the options, the element, the answer's port and the returned variable", () => {
    const zh = translator("zh-CN");
    const en = translator("en");
    const pattern: RuntimeError = { code: "invalidValue", params: { nodeId: "ask-phone", variable: "contactPhone", reason: "patternMismatch", value: "010-1234", pattern: "^1[3-9]\\d{9}$" } };
    expect(describeRuntimeError(zh, pattern, doc)).toBe("不符合要求的格式（^1[3-9]\\d{9}$）。");
    expect(describeRuntimeError(en, { code: "invalidValue", params: { nodeId: "x", variable: "v", reason: "notOption", value: "晚", options: ["上午", "下午"] } }, doc)).toBe(
      "Enter one of: 上午 / 下午.",
    );
    expect(describeRuntimeError(zh, { code: "noFlow", params: { nodeId: "greet", port: "a-not-customer" } }, doc)).toBe(
      "话术在此中断：“问候并核实身份”的输出“不是本人”没有连线，请在画布上连接。",
    );
    expect(describeRuntimeError(en, { code: "noFlow", params: { nodeId: "submit-order", port: "error" } }, doc)).toContain("the output “Failed” of “提交提速订单”");
    expect(describeRuntimeError(zh, { code: "invalidValue", params: { nodeId: "submit-order", variable: "orderId", reason: "required", value: "" } }, doc)).toBe(
      "系统返回的“订单号”取值不符合要求：必填项，请填写。",
    );
    expect(describeRuntimeError(zh, { code: "invalidValue", params: { nodeId: "ask-phone", variable: "contactPhone", reason: "notPhone", value: "123" } }, doc)).toMatch(/^不是有效的电话号码/);
  });
});
