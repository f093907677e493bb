import { ApiFailure } from "@/lib/api/client";
import type { PackExamplesErrorBody } from "@/lib/api/lint";
import type { ExampleFailure } from "@/lib/lint/examples";
import { rulePackSchema, type RulePack } from "@/lib/lint/pack-schema";
import { formatPath, ISSUE_CODES, type IssueCode, type IssueParams } from "@/lib/script/issues";
import { toScriptIssues } from "@/lib/script/validate";

// Why a pack could not be saved, in a form the editor can list and point into the text with. The
// text is checked against the schema here first (the same zod schema the server uses), so most
// mistakes are shown without a round trip; the server's answer is read the same way.

type Path = (string | number)[];

/** A schema issue; `message` is the server's sentence, otherwise the UI renders code and params. */
export type PackIssue = { path: Path; pathText: string; code: IssueCode; params: IssueParams; message: string | null };

export type PackProblem =
  | { kind: "issues"; issues: PackIssue[] }
  | { kind: "examples"; failures: (ExampleFailure & { path: Path })[] }
  | { kind: "builtinId"; id: string }
  | { kind: "takenId"; id: string }
  | { kind: "failed"; message: string | null };

export type PackCheck = { ok: true; pack: RulePack } | { ok: false; problem: PackProblem };

/** Parses and validates the editor's text. `originalId`: the custom pack being edited, if any. */
export function checkPackText(text: string, context: { originalId: string | null; customIds: ReadonlySet<string> }): PackCheck {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { kind: "issues", issues: [{ path: [], pathText: "$", code: "invalidJson", params: { detail }, message: null }] } };
  }
  const result = rulePackSchema.safeParse(input);
  if (!result.success) {
    const issues = toScriptIssues(result.error.issues, input).map((i) => ({ ...i, message: null }));
    return { ok: false, problem: { kind: "issues", issues } };
  }
  const pack = result.data;
  // Saving is create-or-replace: a new pack (or a renamed one) must not silently replace another.
  if (pack.id !== context.originalId && context.customIds.has(pack.id)) return { ok: false, problem: { kind: "takenId", id: pack.id } };
  return { ok: true, pack };
}

/** The server's refusal of `pack`, read by status: 400 schema issues, 422 examples, 409 a built-in id. */
export function problemFromFailure(failure: unknown, pack: RulePack): PackProblem {
  if (!(failure instanceof ApiFailure)) return { kind: "failed", message: failure instanceof Error ? failure.message : null };
  const error = failure.body?.error;
  if (failure.status === 409) return { kind: "builtinId", id: pack.id };
  if (failure.status === 422) {
    const examples = (error as PackExamplesErrorBody["error"] | undefined)?.examples;
    if (Array.isArray(examples) && examples.length > 0) {
      return { kind: "examples", failures: examples.map((f) => ({ ...f, path: examplePath(pack, f) })) };
    }
  }
  if (failure.status === 400 && error && error.issues.length > 0) {
    const issues = error.issues.map((issue): PackIssue => {
      // The request body is { pack }: a path may be given from the body rather than the pack.
      const path = issue.path[0] === "pack" ? issue.path.slice(1) : issue.path;
      return { path, pathText: formatPath(path), code: issueCode(issue.code), params: {}, message: issue.message };
    });
    return { kind: "issues", issues };
  }
  return { kind: "failed", message: failure.isNetwork ? null : (error?.message ?? null) };
}

export function examplePath(pack: RulePack, failure: Pick<ExampleFailure, "ruleId" | "kind" | "index">): Path {
  const rule = pack.rules.findIndex((r) => r.id === failure.ruleId);
  return rule < 0 ? [] : ["rules", rule, "examples", failure.kind, failure.index];
}

function issueCode(code: string): IssueCode {
  return ISSUE_CODES.find((c) => c === code) ?? "invalid";
}
