import { describe, expect, it } from "vitest";
import type { Finding } from "../lint/finding";
import { isOpen, mayDecide, nextStatus } from "./candidate";
import { checkSubmission, findingKey } from "./submission";

const finding = (severity: Finding["severity"], ruleId: string, nodeId?: string): Finding => ({
  ruleId,
  severity,
  category: "courtesy",
  message: ruleId,
  params: {},
  ...(nodeId ? { nodeId } : {}),
});

describe("the candidate state machine", () => {
  it("approves or sends back only what is pending, and publishes only what is approved", () => {
    expect(nextStatus("pending", "approve")).toBe("approved");
    expect(nextStatus("pending", "request-changes")).toBe("changes-requested");
    expect(nextStatus("approved", "publish")).toBe("published");
    expect(nextStatus("changes-requested", "approve")).toBeNull();
    expect(nextStatus("pending", "publish")).toBeNull();
    expect(nextStatus("published", "publish")).toBeNull();
    expect(nextStatus("superseded", "approve")).toBeNull();
  });

  it("supersedes open candidates only", () => {
    expect(["pending", "changes-requested", "approved"].every((s) => isOpen(s as never))).toBe(true);
    expect(["published", "superseded", "withdrawn"].some((s) => isOpen(s as never))).toBe(false);
  });

  it("keeps four eyes: the submitter never decides", () => {
    expect(mayDecide({ submittedById: "u1" }, "u1")).toBe(false);
    expect(mayDecide({ submittedById: "u1" }, "u2")).toBe(true);
  });
});

describe("checking a submission", () => {
  it("blocks on any error, whatever is acknowledged", () => {
    const result = checkSubmission([finding("error", "courtesy/banned-word", "greet"), finding("warning", "timing/stage", "pitch")], ["courtesy/banned-word@greet"]);
    expect(result).toMatchObject({ ok: false, reason: "lint-errors" });
  });

  it("needs every warning acknowledged by rule and element; infos never count", () => {
    const findings = [finding("warning", "courtesy/tone", "greet"), finding("warning", "timing/call-length"), finding("info", "courtesy/rewrite", "greet")];
    const missing = checkSubmission(findings, ["courtesy/tone@greet"]);
    expect(missing).toMatchObject({ ok: false, reason: "warnings-unacknowledged" });
    expect(missing.ok ? [] : missing.findings.map(findingKey)).toEqual(["timing/call-length@script"]);
    expect(checkSubmission(findings, ["courtesy/tone@greet", "timing/call-length@script"])).toEqual({
      ok: true,
      acknowledged: ["courtesy/tone@greet", "timing/call-length@script"],
    });
  });
});
