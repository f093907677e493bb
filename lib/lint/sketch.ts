import { z } from "zod";
import { FAMILIES, INPUT_TYPES, LOCALES, OUTCOMES, STAGE_ROLES, VARIABLE_SOURCES, VARIABLE_TYPES } from "../script/enums";
import { TOKEN, VARIABLE_NAME } from "../script/ids";
import { ruleSetSchema } from "../script/condition";
import type { ScriptDocument } from "../script/document";
import type { ScriptNode } from "../script/nodes";
import type { Edge } from "../script/parts";
import { createScriptFromTemplate } from "../family/create-script";
import { textHash } from "./text-hash";

// A script written in a few lines, for the examples that travel with structure and timing rules:
// pack authors describe the graph ("a says this, then b"), not the full document format.

const target = z.string().regex(TOKEN).nullable();

export const sketchNodeSchema = z.strictObject({
  id: z.string().regex(TOKEN),
  stage: z.enum(STAGE_ROLES).nullable().optional().meta({ description: "Stage role; the first stage when absent." }),
  say: z.string().optional(),
  answers: z.record(z.string(), target).optional().meta({ description: "A choice: answer label -> next element (null: unconnected)." }),
  field: z.string().regex(VARIABLE_NAME).optional().meta({ description: "A fill-in field storing into this variable." }),
  type: z.enum(INPUT_TYPES).optional(),
  key: z.string().optional().meta({ description: "A function key." }),
  seconds: z.number().min(0).optional().meta({ description: "System time of a function key, reply time of a choice." }),
  sets: z.array(z.string().regex(VARIABLE_NAME)).optional(),
  ok: target.optional(),
  error: target.optional(),
  if: ruleSetSchema.optional(),
  yes: target.optional(),
  no: target.optional(),
  exit: z.enum(OUTCOMES).optional(),
  next: target.optional(),
  suppress: z
    .array(z.strictObject({ rule: z.string(), reason: z.string().min(1), stale: z.boolean().optional() }))
    .optional(),
});

export const sketchSchema = z.strictObject({
  family: z.enum(FAMILIES).optional(),
  locale: z.enum(LOCALES).optional(),
  nodes: z.array(sketchNodeSchema).min(1),
  variables: z
    .array(z.strictObject({ name: z.string().regex(VARIABLE_NAME), type: z.enum(VARIABLE_TYPES), source: z.enum(VARIABLE_SOURCES) }))
    .optional(),
  budgets: z.partialRecord(z.enum(STAGE_ROLES), z.number().positive().nullable()).optional(),
});

export type Sketch = z.infer<typeof sketchSchema>;
type SketchNode = z.infer<typeof sketchNodeSchema>;

const SUPPRESSED_AT = "2026-01-01T00:00:00.000Z";

/** The full document a sketch stands for, built on its family's template stages. */
export function scriptFromSketch(sketch: Sketch, defaultLocale: ScriptDocument["locale"] = "zh-CN"): ScriptDocument {
  const base = createScriptFromTemplate({
    id: "example",
    title: "Example",
    family: sketch.family ?? "custom",
    locale: sketch.locale ?? defaultLocale,
    blank: true,
  });
  const stages = base.stages.map((s) =>
    s.role && sketch.budgets && s.role in sketch.budgets ? { ...s, budgetSeconds: sketch.budgets[s.role] ?? null } : s,
  );
  const first = stages[0]?.id ?? null;
  const stageOf = (n: SketchNode) => (n.stage === null ? null : (stages.find((s) => s.role === n.stage)?.id ?? first));
  const edges: Edge[] = [];
  const link = (from: string, port: string, to: string | null | undefined) => {
    if (to) edges.push({ from, port, to });
  };
  const nodes = sketch.nodes.map((n): ScriptNode => {
    const node = buildNode(n, stageOf(n), link);
    if (!n.suppress) return node;
    const hash = textHash(node);
    return {
      ...node,
      suppressions: n.suppress.map((s) => ({
        ruleId: s.rule,
        reason: s.reason,
        by: "example",
        at: SUPPRESSED_AT,
        textHash: s.stale ? "00000000" : hash,
      })),
    };
  });
  const variables = (sketch.variables ?? []).map((v) => ({ ...v, label: v.name }));
  for (const n of sketch.nodes) {
    if (n.field && !variables.some((v) => v.name === n.field)) {
      variables.push({ name: n.field, type: n.type ?? "text", label: n.field, source: "input" });
    }
  }
  return { ...base, stages, variables, entry: sketch.nodes[0]?.id ?? "missing", nodes, edges, layout: { positions: {} } };
}

function buildNode(n: SketchNode, stageId: string | null, link: (from: string, port: string, to: string | null | undefined) => void): ScriptNode {
  const text = n.say ?? "";
  if (n.exit) return { id: n.id, kind: "exit", outcome: n.exit, ...(n.say !== undefined ? { text } : {}) };
  if (n.answers) {
    const answers = Object.entries(n.answers).map(([label, to], i) => {
      link(n.id, `a${i + 1}`, to);
      return { id: `a${i + 1}`, label };
    });
    return { id: n.id, kind: "choice", stageId, text, mode: "single", answers, ...(n.seconds !== undefined ? { replySeconds: n.seconds } : {}) };
  }
  if (n.field) {
    link(n.id, "next", n.next);
    return { id: n.id, kind: "input", stageId, text, variable: n.field, inputType: n.type ?? "text", required: true };
  }
  if (n.key) {
    link(n.id, "ok", n.ok);
    link(n.id, "error", n.error);
    return {
      id: n.id,
      kind: "action",
      stageId,
      key: n.key,
      text,
      parameters: {},
      systemSeconds: n.seconds ?? 0,
      ...(n.sets ? { outputs: n.sets } : {}),
    };
  }
  if (n.if) {
    link(n.id, "true", n.yes);
    link(n.id, "false", n.no);
    return { id: n.id, kind: "condition", stageId, rules: n.if };
  }
  link(n.id, "next", n.next);
  return { id: n.id, kind: "statement", stageId, text };
}
