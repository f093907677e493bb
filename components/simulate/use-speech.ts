"use client";

import { useMemo } from "react";
import type { WorkspaceLintSettings } from "@/lib/lint/workspace-settings";
import type { ScriptDocument } from "@/lib/script/document";
import { resolveSpeech, speechOverridesSchema, type SpeechSettings } from "@/lib/speech/settings";
import { useOptionalLint } from "@/components/lint/lint-context";

/**
 * The speaking rates in force for a script, layered as the linter layers them (workspace, family,
 * script), so the player's clock and the stage legend's estimates agree.
 */
export function speechFor(doc: Pick<ScriptDocument, "family" | "lint">, workspace: WorkspaceLintSettings | undefined): SpeechSettings {
  const own = speechOverridesSchema.safeParse(doc.lint?.speech ?? {});
  return resolveSpeech(workspace?.speech, workspace?.families?.[doc.family]?.speech, own.success ? own.data : undefined);
}

/** speechFor, the same object while the layers stay the same (the engine caches its program per object). */
export function useSpeech(doc: ScriptDocument): SpeechSettings {
  const workspace = useOptionalLint()?.workspace;
  const { family } = doc;
  const own = doc.lint?.speech;
  return useMemo(() => speechFor({ family, lint: own ? { speech: own } : undefined }, workspace), [family, own, workspace]);
}
