import type { LintReport } from "@/lib/lint/engine";
import type { RulePack } from "@/lib/lint/pack-schema";
import type { WorkspaceLintSettings } from "@/lib/lint/workspace-settings";
import type { ScriptDocument } from "@/lib/script/document";
import type { Locale } from "@/lib/script/enums";

/** What the editor sends the lint worker: the workspace's rules once, then documents as they change. */
export type LintRequest =
  | { type: "setup"; packs: RulePack[]; workspace: WorkspaceLintSettings | undefined }
  | { type: "lint"; seq: number; doc: ScriptDocument; locale: Locale };

export type LintResponse = { seq: number; report: LintReport };
