import type { ScriptDocument } from "../script/document";
import type { ScriptNode } from "../script/nodes";
import type { DiffPart } from "./text-diff";
import type { EdgeRef, VersionDiff } from "./version-diff";

// The version diff as a reader follows it: elements by name rather than id, each copy field said
// as what it is (the words, the label, an answer), flows from one named element to another.
// The naming rule comes from the caller (lib/review's elementName), so lib/publish stays below
// lib/review and the two pages name elements alike.

export type NameOf = (node: ScriptNode) => string;

/** An element as the reader knows it; `kind` is null when a flow points at an unknown id. */
export type NamedElement = { id: string; kind: ScriptNode["kind"] | null; name: string };
export type FieldChange = { field: string; what: "text" | "label" | "answer"; parts: DiffPart[] };
export type ElementChange = NamedElement & { fields: FieldChange[]; otherChanges: boolean };
/** A flow; `answer` is the label of the answer it leaves from when the element is a choice. */
export type FlowChange = { from: NamedElement; port: string; answer: string | null; to: NamedElement };

export type DiffOutline = {
  settingsChanged: string[];
  added: NamedElement[];
  removed: NamedElement[];
  changed: ElementChange[];
  flowsAdded: FlowChange[];
  flowsRemoved: FlowChange[];
  empty: boolean;
};

const ANSWER_PREFIX = "answers.";

export function diffOutline(diff: VersionDiff, fromDoc: ScriptDocument, toDoc: ScriptDocument, nameOf: NameOf): DiffOutline {
  const before = new Map(fromDoc.nodes.map((n) => [n.id, n]));
  const after = new Map(toDoc.nodes.map((n) => [n.id, n]));
  const named = (node: ScriptNode): NamedElement => ({ id: node.id, kind: node.kind, name: nameOf(node) });
  const lookup = (nodes: Map<string, ScriptNode>, id: string): NamedElement => {
    const node = nodes.get(id);
    return node ? named(node) : { id, kind: null, name: id };
  };
  // A removed flow existed in the older version, an added one exists in the newer: each is named
  // from the version it belongs to.
  const flow = (nodes: Map<string, ScriptNode>) => (edge: EdgeRef): FlowChange => ({
    from: lookup(nodes, edge.from),
    port: edge.port,
    answer: answerLabel(nodes.get(edge.from), edge.port),
    to: lookup(nodes, edge.to),
  });

  const changed = diff.nodesChanged.map((change): ElementChange => {
    const node = after.get(change.id) ?? before.get(change.id);
    const fields = change.fields.map((f): FieldChange => ({ field: f.field, what: f.field.startsWith(ANSWER_PREFIX) ? "answer" : f.field === "label" ? "label" : "text", parts: f.parts }));
    return { ...(node ? named(node) : { id: change.id, kind: change.kind, name: change.id }), fields, otherChanges: change.otherChanges };
  });

  const outline = {
    settingsChanged: diff.settingsChanged,
    added: diff.nodesAdded.map(named),
    removed: diff.nodesRemoved.map(named),
    changed,
    flowsAdded: diff.edgesAdded.map(flow(after)),
    flowsRemoved: diff.edgesRemoved.map(flow(before)),
  };
  const size = outline.settingsChanged.length + outline.added.length + outline.removed.length + changed.length + outline.flowsAdded.length + outline.flowsRemoved.length;
  return { ...outline, empty: size === 0 };
}

function answerLabel(node: ScriptNode | undefined, port: string): string | null {
  if (node?.kind !== "choice") return null;
  return node.answers.find((a) => a.id === port)?.label ?? null;
}
