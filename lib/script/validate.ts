import type { z } from "zod";
import { scriptDocumentSchema, type ScriptDocument } from "./document";
import { ACTION_KEY, NOT_BLANK, PARAMETER_NAME, TOKEN, VARIABLE_NAME } from "./ids";
import { ISSUE_CODES, formatPath, type IssueCode, type IssueParams, type ScriptIssue } from "./issues";

export type ValidationResult =
  | { ok: true; document: ScriptDocument }
  | { ok: false; issues: ScriptIssue[] };

/** Validates anything claiming to be a script; every problem comes back with its path. */
export function validateScript(input: unknown): ValidationResult {
  const result = scriptDocumentSchema.safeParse(input);
  if (result.success) return { ok: true, document: result.data };
  return { ok: false, issues: toScriptIssues(result.error.issues, input) };
}

/** Parses JSON text and validates it; a syntax error is one issue at the document root. */
export function validateScriptJson(text: string): ValidationResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: [], pathText: "$", code: "invalidJson", params: { detail } }] };
  }
  return validateScript(input);
}

type ZodIssue = z.core.$ZodIssue;
type Path = (string | number)[];

const PATTERN_CODES = new Map<string, IssueCode>([
  [String(TOKEN), "invalidId"],
  [String(VARIABLE_NAME), "invalidVariableName"],
  [String(ACTION_KEY), "invalidActionKey"],
  [String(PARAMETER_NAME), "invalidParameterName"],
  [String(NOT_BLANK), "blank"],
]);

export function toScriptIssues(issues: readonly ZodIssue[], input: unknown, prefix: Path = []): ScriptIssue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
    if (issue.code === "invalid_union" && !issue.discriminator && issue.errors.length > 0) {
      // Report the branch the author most likely meant: the one with the fewest complaints.
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      return toScriptIssues(best, input, path);
    }
    const { code, params } = describe(issue, valueAt(input, path));
    return [{ path, pathText: formatPath(path), code, params }];
  });
}

function describe(issue: ZodIssue, value: unknown): { code: IssueCode; params: IssueParams } {
  if (value === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value")) {
    return { code: "required", params: {} };
  }
  switch (issue.code) {
    case "invalid_type":
      return { code: "invalidType", params: { expected: issue.expected, received: typeName(value) } };
    case "too_small":
    case "too_big": {
      const limit = Number(issue.code === "too_small" ? issue.minimum : issue.maximum);
      const small = issue.code === "too_small";
      if (issue.origin === "string") return { code: small ? "tooShort" : "tooLong", params: { limit } };
      if (issue.origin === "array") return { code: small ? "tooFewItems" : "tooManyItems", params: { limit } };
      return { code: small ? "tooSmall" : "tooBig", params: { limit, inclusive: issue.inclusive ? 1 : 0 } };
    }
    case "invalid_format":
      return {
        code: PATTERN_CODES.get(issue.format === "regex" ? (issue.pattern ?? "") : "") ?? "invalidFormat",
        params: { format: issue.format },
      };
    case "invalid_value":
      return { code: "invalidValue", params: { values: issue.values.map((v) => JSON.stringify(v)).join(", ") } };
    case "invalid_union":
      return { code: "invalidKind", params: { options: ("options" in issue ? (issue.options ?? []) : []).map(String).join(", ") } };
    case "unrecognized_keys":
      return { code: "unknownKeys", params: { keys: issue.keys.join(", ") } };
    case "invalid_key":
      return { code: "invalidKey", params: {} };
    case "custom": {
      const { key, ...params } = (issue.params ?? {}) as IssueParams & { key?: string };
      const known = ISSUE_CODES.find((c) => c === key);
      return { code: known ?? "invalid", params };
    }
    default:
      if (issue.code === "not_multiple_of") return { code: "notInteger", params: {} };
      return { code: "invalid", params: {} };
  }
}

function valueAt(input: unknown, path: Path): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
