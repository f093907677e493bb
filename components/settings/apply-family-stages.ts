import { familyTemplate } from "@/lib/family/templates";
import { uniqueSlug } from "@/lib/library/slug";
import type { ScriptDocument } from "@/lib/script/document";
import type { Family } from "@/lib/script/enums";
import type { Stage } from "@/lib/script/parts";

export type FamilyStagesPlan = {
  /** Template stages the script has no stage for (by role), with the reading position they get. */
  add: { stage: Stage; index: number }[];
  /** Existing stages (found by role) whose budget becomes the family's. */
  budgets: { id: string; name: string; from: number | null; to: number }[];
};

const byOrder = (a: Stage, b: Stage) => a.order - b.order;

/**
 * What applying a family's stages would change. Nothing is removed or renamed: the script gains
 * the template's stages it lacks (found by role, named in the script's language, placed after
 * the nearest earlier template stage it has), and stages with a role the template budgets get
 * that budget. A template stage without a budget leaves a team's own budget alone.
 */
export function planFamilyStages(doc: ScriptDocument, family: Family): FamilyStagesPlan {
  const stages = [...doc.stages].sort(byOrder);
  const taken = new Set(stages.map((s) => s.id));
  const plan: FamilyStagesPlan = { add: [], budgets: [] };
  let cursor = -1; // reading position of the last template stage placed so far
  for (const template of familyTemplate(family).stages) {
    const at = stages.findIndex((s) => s.role === template.role);
    const existing = stages[at];
    if (existing) {
      cursor = Math.max(cursor, at);
      if (template.budgetSeconds !== null && existing.budgetSeconds !== template.budgetSeconds) {
        plan.budgets.push({ id: existing.id, name: existing.name, from: existing.budgetSeconds, to: template.budgetSeconds });
      }
      continue;
    }
    const id = uniqueSlug(template.role, (candidate) => taken.has(candidate));
    taken.add(id);
    const stage: Stage = { id, name: template.name[doc.locale], order: 0, role: template.role, budgetSeconds: template.budgetSeconds };
    cursor += 1;
    stages.splice(cursor, 0, stage);
    plan.add.push({ stage, index: cursor });
  }
  return plan;
}

export const planIsEmpty = (plan: FamilyStagesPlan) => plan.add.length === 0 && plan.budgets.length === 0;

/** The command: applies `planFamilyStages` as one edit (one undo step). Same document when nothing changes. */
export function applyFamilyStages(doc: ScriptDocument, args: { family: Family }): ScriptDocument {
  const plan = planFamilyStages(doc, args.family);
  if (planIsEmpty(plan)) return doc;
  const budgets = new Map(plan.budgets.map((b) => [b.id, b.to]));
  const stages = doc.stages.map((s) => (budgets.has(s.id) ? { ...s, budgetSeconds: budgets.get(s.id) ?? null } : s)).sort(byOrder);
  for (const { stage, index } of plan.add) stages.splice(index, 0, stage);
  return { ...doc, stages: stages.map((s, order) => (s.order === order ? s : { ...s, order })) };
}
