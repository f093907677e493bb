import "server-only";
import { getDb } from "../../db/client";
import { readLintSettings, saveLintSettings as writeLintSettings } from "../../db/lint-repo";
import { workspaceLintSettingsSchema, type WorkspaceLintSettings } from "../../lint/workspace-settings";
import { toScriptIssues } from "../../script/validate";
import { AppError } from "../errors";
import { principalLabel, type Principal } from "../../access/principal";
import { audited } from "../access/audit";
import { prefixedIssues } from "./prefixed-issues";

export function getLintSettings(): WorkspaceLintSettings {
  return readLintSettings(getDb());
}

/**
 * Replaces the workspace lint settings. Only the shape is checked: a rule or pack id nobody
 * defines is kept and ignored, so settings survive a pack being deleted and re-created.
 */
export function saveLintSettings(actor: Principal, input: unknown): WorkspaceLintSettings {
  const result = workspaceLintSettingsSchema.safeParse(input);
  if (!result.success) throw new AppError("bad-request", { issues: prefixedIssues("settings", toScriptIssues(result.error.issues, input)) });
  return audited(
    actor,
    "rules.settings.save",
    () => writeLintSettings(getDb(), { settings: result.data, actor: principalLabel(actor), now: new Date() }),
    () => ({}),
  );
}
