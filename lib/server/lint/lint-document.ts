import "server-only";
import { lintScript, type LintReport } from "../../lint/engine";
import type { Locale } from "../../script/enums";
import { validateScript } from "../../script/validate";
import { AppError } from "../errors";
import { getScript } from "../scripts/get-script";
import { prefixedIssues } from "./prefixed-issues";
import { serverLintSetup } from "./lint-setup";

/** Lints any document with the workspace's packs and settings; messages in `locale`. */
export function lintDocument(input: unknown, locale: Locale): LintReport {
  const result = validateScript(input);
  if (!result.ok) throw new AppError("bad-request", { issues: prefixedIssues("document", result.issues) });
  return lintScript(result.document, serverLintSetup(locale));
}

/** Lints the current draft of the script with this id or slug. */
export function lintScriptDraft(idOrSlug: string, locale: Locale): LintReport {
  return lintScript(getScript(idOrSlug).document, serverLintSetup(locale));
}
