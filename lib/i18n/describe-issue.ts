import type { ScriptIssue } from "../script/issues";
import type { Translate } from "./translator";

/** A validation issue as a sentence in the reader's language. */
export function describeIssue(t: Translate, issue: Pick<ScriptIssue, "code" | "params">): string {
  return t(`validation.${issue.code}`, issue.params);
}
