import type { ScriptDocument } from "../document";
import type { Stage } from "../parts";

/** Stages in reading order, numbered 0…n-1 so that `order` never has gaps or ties. */
function renumber(stages: Stage[]): Stage[] {
  return stages.map((s, order) => (s.order === order ? s : { ...s, order }));
}

function sorted(doc: ScriptDocument): Stage[] {
  return [...doc.stages].sort((a, b) => a.order - b.order);
}

export function addStage(doc: ScriptDocument, args: { stage: Omit<Stage, "order">; index?: number }): ScriptDocument {
  if (doc.stages.some((s) => s.id === args.stage.id)) return doc;
  const stages = sorted(doc);
  stages.splice(args.index ?? stages.length, 0, { ...args.stage, order: 0 });
  return { ...doc, stages: renumber(stages) };
}

export function updateStage(doc: ScriptDocument, args: { id: string; changes: Partial<Omit<Stage, "id" | "order">> }): ScriptDocument {
  if (!doc.stages.some((s) => s.id === args.id)) return doc;
  return { ...doc, stages: doc.stages.map((s) => (s.id === args.id ? { ...s, ...args.changes } : s)) };
}

export function moveStage(doc: ScriptDocument, args: { id: string; toIndex: number }): ScriptDocument {
  const stages = sorted(doc);
  const from = stages.findIndex((s) => s.id === args.id);
  const to = Math.max(0, Math.min(stages.length - 1, args.toIndex));
  if (from < 0 || from === to) return doc;
  const [moved] = stages.splice(from, 1);
  stages.splice(to, 0, moved as Stage);
  return { ...doc, stages: renumber(stages) };
}

/**
 * Removes a stage; its elements move to `moveTo` (another stage, or no stage). The last stage
 * cannot go: every script has at least one.
 */
export function removeStage(doc: ScriptDocument, args: { id: string; moveTo: string | null }): ScriptDocument {
  if (doc.stages.length <= 1 || !doc.stages.some((s) => s.id === args.id) || args.moveTo === args.id) return doc;
  const target = args.moveTo !== null && doc.stages.some((s) => s.id === args.moveTo) ? args.moveTo : null;
  return {
    ...doc,
    stages: renumber(sorted(doc).filter((s) => s.id !== args.id)),
    nodes: doc.nodes.map((n) => (n.kind !== "exit" && n.stageId === args.id ? { ...n, stageId: target } : n)),
  };
}

/** Moves elements to a stage (or to no stage). */
export function assignStage(doc: ScriptDocument, args: { ids: readonly string[]; stageId: string | null }): ScriptDocument {
  if (args.stageId !== null && !doc.stages.some((s) => s.id === args.stageId)) return doc;
  const ids = new Set(args.ids);
  return {
    ...doc,
    nodes: doc.nodes.map((n) => (n.kind !== "exit" && ids.has(n.id) && n.stageId !== args.stageId ? { ...n, stageId: args.stageId } : n)),
  };
}
