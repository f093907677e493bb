import "server-only";
import { formatPath, type ScriptIssue } from "../../script/issues";

/** Issues found in one field of a request body, with paths that start at that field. */
export function prefixedIssues(field: string, issues: readonly ScriptIssue[]): ScriptIssue[] {
  return issues.map((issue) => {
    const path = [field, ...issue.path];
    return { ...issue, path, pathText: formatPath(path) };
  });
}
