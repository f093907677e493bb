import type { ScriptDocument } from "@/lib/script/document";
import type { ScriptNode } from "@/lib/script/nodes";
import type { Edge } from "@/lib/script/parts";

// Tiny builders so that tests read like the script they describe.

export const say = (id: string, text = `text of ${id}`, stageId: string | null = "main"): ScriptNode => ({
  id,
  kind: "statement",
  stageId,
  text,
});

export const ask = (id: string, answers: string[], stageId = "main"): ScriptNode => ({
  id,
  kind: "choice",
  stageId,
  mode: "single",
  text: `question ${id}`,
  answers: answers.map((a) => ({ id: a, label: a })),
});

export const act = (id: string, key = "query-bill", stageId = "main"): ScriptNode => ({
  id,
  kind: "action",
  stageId,
  key,
  label: key,
  parameters: {},
  systemSeconds: 5,
});

export const end = (id: string, outcome: Extract<ScriptNode, { kind: "exit" }>["outcome"] = "success"): ScriptNode => ({
  id,
  kind: "exit",
  outcome,
});

/** `flow("a", "b")` or `flow("q", "yes", "b")`: from a node (through a port) to another. */
export function flow(from: string, portOrTo: string, to?: string): Edge {
  return to === undefined ? { from, port: "next", to: portOrTo } : { from, port: portOrTo, to };
}

export function script(nodes: ScriptNode[], edges: Edge[], overrides: Partial<ScriptDocument> = {}): ScriptDocument {
  return {
    schemaVersion: 1,
    id: "test-script",
    title: "Test script",
    family: "custom",
    locale: "en",
    targetGroup: { description: "", criteria: { all: [] } },
    stages: [{ id: "main", name: "Main", order: 0, budgetSeconds: null }],
    variables: [],
    entry: nodes[0]?.id ?? "missing",
    nodes,
    edges,
    layout: { positions: {} },
    ...overrides,
  };
}
