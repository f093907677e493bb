import { describe, expect, it } from "vitest";
import type { Finding } from "../lint/finding";
import { currentCandidate, decisionAccess, groupByNode, mayRequestChanges, warningGroups } from "./review-view";

const warning = (ruleId: string, nodeId?: string, message = ruleId): Finding => ({ ruleId, category: "courtesy", severity: "warning", message, params: {}, nodeId });

describe("what the review screens show", () => {
  it("reports on the newest candidate unless it was withdrawn", () => {
    expect(currentCandidate([{ status: "pending", n: 2 }, { status: "superseded", n: 1 }])).toEqual({ status: "pending", n: 2 });
    expect(currentCandidate([{ status: "withdrawn" }])).toBeNull();
    expect(currentCandidate([])).toBeNull();
  });

  it("groups comments by element, keeping their order", () => {
    const grouped = groupByNode([{ nodeId: "a", n: 1 }, { nodeId: "b", n: 2 }, { nodeId: "a", n: 3 }]);
    expect([...grouped.keys()]).toEqual(["a", "b"]);
    expect(grouped.get("a")!.map((c) => c.n)).toEqual([1, 3]);
  });

  it("lets approvers decide on others' pending candidates only", () => {
    const pending = { status: "pending" as const, submittedById: "designer" };
    expect(decisionAccess(pending, { id: "approver", canDecide: true })).toBe("open");
    expect(decisionAccess(pending, { id: "designer", canDecide: true })).toBe("own");
    expect(decisionAccess(pending, { id: "designer", canDecide: false })).toBe("none");
    expect(decisionAccess(pending, null)).toBe("none");
    expect(decisionAccess({ ...pending, status: "approved" }, { id: "approver", canDecide: true })).toBe("closed");
  });

  it("sends copy back only with a comment or a note", () => {
    expect(mayRequestChanges(0, "  ")).toBe(false);
    expect(mayRequestChanges(1, "")).toBe(true);
    expect(mayRequestChanges(0, "请改问候语")).toBe(true);
  });

  it("asks for one acknowledgement per rule and element", () => {
    const groups = warningGroups([warning("courtesy/honorific", "greet", "a"), warning("courtesy/tone", "greet"), warning("courtesy/honorific", "greet", "b"), warning("timing/call")]);
    expect(groups.map((g) => [g.key, g.findings.length])).toEqual([
      ["courtesy/honorific@greet", 2],
      ["courtesy/tone@greet", 1],
      ["timing/call@script", 1],
    ]);
  });
});
