import type { Finding } from "../lint/finding";
import { mayDecide, type CandidateStatus } from "./candidate";
import { findingKey } from "./submission";

// What the review screens show, decided in one pure place: which candidate the editor reports
// on, what a viewer may do on the copy review, and how warnings are acknowledged.

/**
 * The candidate the editor reports on: the newest one (a new submission supersedes the open
 * ones), unless it was withdrawn, which leaves nothing to report.
 */
export function currentCandidate<T extends { status: CandidateStatus }>(newestFirst: readonly T[]): T | null {
  const newest = newestFirst[0];
  return newest && newest.status !== "superseded" && newest.status !== "withdrawn" ? newest : null;
}

/** Comments (or anything placed on an element) by element id, in the order given. */
export function groupByNode<T extends { nodeId: string }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(item.nodeId);
    if (list) list.push(item);
    else map.set(item.nodeId, [item]);
  }
  return map;
}

/**
 * What a viewer of the copy review may do: `none` for roles that do not decide, `closed` once
 * the candidate is no longer pending, `own` for its submitter (four eyes), otherwise `open`.
 */
export type DecisionAccess = "none" | "closed" | "own" | "open";

export function decisionAccess(
  candidate: { status: CandidateStatus; submittedById: string },
  viewer: { id: string; canDecide: boolean } | null,
): DecisionAccess {
  if (!viewer?.canDecide) return "none";
  if (candidate.status !== "pending") return "closed";
  if (!mayDecide(candidate, viewer.id)) return "own";
  return "open";
}

/** Sending copy back needs something to act on: a comment on it or a note (as the server insists). */
export function mayRequestChanges(commentCount: number, note: string): boolean {
  return commentCount > 0 || note.trim().length > 0;
}

export type WarningGroup = { key: string; findings: Finding[] };

/**
 * Warnings the designer must acknowledge, one group per acknowledgement key: two findings of one
 * rule on one element are read (and ticked) together, because the server counts them as one.
 */
export function warningGroups(findings: readonly Finding[]): WarningGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = findingKey(finding);
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  return [...groups].map(([key, list]) => ({ key, findings: list }));
}
