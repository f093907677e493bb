import { buildGraph } from "../script/graph";
import type { ScriptDocument } from "../script/document";
import type { ScriptNode } from "../script/nodes";
import { portsOf } from "../script/ports";
import { spokenFields } from "../publish/spoken-fields";
import { textDiff, type DiffPart } from "../publish/text-diff";

// The copy review reads a script as a document, not a graph: stage by stage in the order a call
// meets the elements, every piece of copy with its difference from the live version, and where
// each answer or branch leads. Pure data; components/review draws it.

export type Target = { id: string; name: string } | null;
export type CopyField = { field: string; text: string; parts: DiffPart[] | null };
export type Branch = { port: string; label: string | null; labelParts: DiffPart[] | null; to: Target };
export type ElementStatus = "added" | "changed" | "same";

export type CopyElement = {
  id: string;
  kind: ScriptNode["kind"];
  name: string;
  status: ElementStatus | null;
  /** Spoken text and the label, each with its diff against live (null when nothing is live). */
  fields: CopyField[];
  /** Where the call goes from here: answers, branches, or the one next element. */
  branches: Branch[];
  node: ScriptNode;
};

export type CopyStage = { id: string; name: string; budgetSeconds: number | null; elements: CopyElement[] };
export type CopyDocument = {
  stages: CopyStage[];
  /** Elements without a stage yet, and exits. */
  unstaged: CopyElement[];
  exits: CopyElement[];
  /** Live elements this version no longer has. */
  removed: CopyElement[];
};

/** Entry first, then breadth-first along the flows in port order; unreachable elements last. */
export function readingOrder(doc: Pick<ScriptDocument, "nodes" | "edges" | "entry">): ScriptNode[] {
  const graph = buildGraph(doc);
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const seen = new Set<string>();
  const order: ScriptNode[] = [];
  const queue = byId.has(doc.entry) ? [doc.entry] : [];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const node = byId.get(id);
    if (!node) continue;
    order.push(node);
    for (const link of graph.successors(id)) queue.push(link.to);
  }
  return [...order, ...doc.nodes.filter((n) => !seen.has(n.id))];
}

/** A name for an element: its label, else the start of its words, else its id. */
export function elementName(node: ScriptNode): string {
  if (node.label) return node.label;
  const text = "text" in node ? node.text?.trim() : undefined;
  if (text) return text.length > 24 ? `${text.slice(0, 24)}…` : text;
  return node.id;
}

export function copyDocument(doc: ScriptDocument, live: ScriptDocument | null): CopyDocument {
  const graph = buildGraph(doc);
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const liveById = new Map((live?.nodes ?? []).map((n) => [n.id, n]));
  const target = (id: string | undefined): Target => {
    const node = id ? byId.get(id) : undefined;
    return node ? { id: node.id, name: elementName(node) } : null;
  };

  const element = (node: ScriptNode): CopyElement => {
    const before = live ? liveById.get(node.id) : undefined;
    const now = spokenFields(node);
    const old = before ? spokenFields(before) : {};
    const diffOf = (field: string, text: string) => (live ? textDiff(old[field] ?? "", text) : null);
    const fields = Object.entries(now)
      .filter(([field]) => !field.startsWith("answers."))
      .map(([field, text]) => ({ field, text, parts: diffOf(field, text) }));
    const links = graph.successors(node.id);
    const branches = portsOf(node).map((port) => {
      // Answers carry copy; other ports (next, ok/error, true/false) are named by the UI.
      const label = node.kind === "choice" ? (node.answers.find((a) => a.id === port)?.label ?? null) : null;
      return {
        port,
        label,
        labelParts: label !== null && node.kind === "choice" ? diffOf(`answers.${port}`, label) : null,
        to: target(links.find((l) => l.port === port)?.to),
      };
    });
    const status: ElementStatus | null = !live ? null : !before ? "added" : JSON.stringify(before) === JSON.stringify(node) ? "same" : "changed";
    return { id: node.id, kind: node.kind, name: elementName(node), status, fields, branches, node };
  };

  const ordered = readingOrder(doc).map(element);
  const stages = [...doc.stages]
    .sort((a, b) => a.order - b.order)
    .map((stage) => ({
      id: stage.id,
      name: stage.name,
      budgetSeconds: stage.budgetSeconds,
      elements: ordered.filter((e) => e.node.kind !== "exit" && e.node.stageId === stage.id),
    }));
  const staged = new Set(stages.flatMap((s) => s.elements.map((e) => e.id)));
  const ids = new Set(doc.nodes.map((n) => n.id));
  return {
    stages,
    unstaged: ordered.filter((e) => e.kind !== "exit" && !staged.has(e.id)),
    exits: ordered.filter((e) => e.kind === "exit"),
    removed: (live?.nodes ?? []).filter((n) => !ids.has(n.id)).map((n) => ({ ...element(n), status: null, branches: [] })),
  };
}
