import "server-only";
import { getDb } from "../../db/client";
import { listCustomPacks, saveCustomPack, type CustomPack } from "../../db/lint-repo";
import { BUILTIN_PACK_IDS, BUILTIN_PACKS } from "../../lint/builtin-packs";
import { checkPackExamples } from "../../lint/examples";
import { rulePackSchema } from "../../lint/pack-schema";
import { formatPath } from "../../script/issues";
import { toScriptIssues } from "../../script/validate";
import { AppError } from "../errors";
import { principalLabel, type Principal } from "../../access/principal";
import { audited } from "../access/audit";
import { prefixedIssues } from "./prefixed-issues";

/**
 * Creates or replaces the custom pack `id`. The pack must fit the schema, keep the id it is saved
 * under, not shadow a built-in pack, and pass its own examples; otherwise nothing is written.
 */
export function savePack(actor: Principal, id: string, input: unknown): CustomPack {
  if (BUILTIN_PACK_IDS.has(id)) throw new AppError("builtin-pack", { params: { id } });
  const result = rulePackSchema.safeParse(input);
  if (!result.success) throw new AppError("bad-request", { issues: prefixedIssues("pack", toScriptIssues(result.error.issues, input)) });
  const pack = result.data;
  if (pack.id !== id) {
    const path = ["pack", "id"];
    throw new AppError("bad-request", {
      issues: [{ path, pathText: formatPath(path), code: "invalidValue", params: { values: JSON.stringify(id) } }],
    });
  }
  // One id, one rule: settings and suppressions name rules by id, so a second definition would be
  // switched on and off with the first.
  const others = [...BUILTIN_PACKS, ...listCustomPacks(getDb()).map((c) => c.pack)].filter((p) => p.id !== pack.id);
  for (const rule of pack.rules) {
    const owner = others.find((p) => p.rules.some((r) => r.id === rule.id));
    if (owner) throw new AppError("rule-id-taken", { params: { rule: rule.id, pack: owner.id } });
  }
  const failures = checkPackExamples(pack);
  if (failures.length > 0) throw new AppError("pack-examples-failed", { params: { count: failures.length }, examples: failures });
  const write = () => saveCustomPack(getDb(), { pack, actor: principalLabel(actor), now: new Date() });
  return audited(actor, "rules.pack.save", write, () => ({ target: pack.id, details: { rules: pack.rules.length } }));
}
