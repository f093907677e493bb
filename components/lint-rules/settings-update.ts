import type { WorkspaceLintSettings } from "@/lib/lint/workspace-settings";
import type { RuleLevel, RuleSetting } from "@/lib/script/lint-settings";
import type { SpeechOverrides } from "@/lib/speech/settings";

/** What the per-rule picker shows: a level of the workspace's own, or the pack's default. */
export type LevelChoice = RuleLevel | "default";

export type SpeechRate = "hanPerMinute" | "wordsPerMinute";

export function levelOf(settings: WorkspaceLintSettings, ruleId: string): LevelChoice {
  const setting = settings.rules?.[ruleId];
  if (setting === undefined) return "default";
  if (typeof setting === "string") return setting;
  return setting.severity ?? "default";
}

/**
 * The settings with a rule's workspace level changed. "default" removes the level; options the
 * workspace set for the rule are kept either way, and an emptied `rules` disappears.
 */
export function withRuleLevel(settings: WorkspaceLintSettings, ruleId: string, choice: LevelChoice): WorkspaceLintSettings {
  const rules = { ...settings.rules };
  const current = rules[ruleId];
  const options = typeof current === "object" ? current.options : undefined;
  let next: RuleSetting | undefined;
  if (choice === "default") next = options ? { options } : undefined;
  else next = options ? { severity: choice, options } : choice;
  if (next === undefined) delete rules[ruleId];
  else rules[ruleId] = next;
  const { rules: _old, ...rest } = settings;
  return Object.keys(rules).length > 0 ? { ...rest, rules } : rest;
}

/** The settings with a speaking rate set, or removed (null) so the default applies again. */
export function withSpeechRate(settings: WorkspaceLintSettings, field: SpeechRate, value: number | null): WorkspaceLintSettings {
  const speech: SpeechOverrides = { ...settings.speech };
  if (value === null) delete speech[field];
  else speech[field] = value;
  const { speech: _old, ...rest } = settings;
  return Object.keys(speech).length > 0 ? { ...rest, speech } : rest;
}
