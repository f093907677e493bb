import type { ScriptDocument } from "../document";
import type { ScriptNode } from "../nodes";
import { portsOf } from "../ports";
import type { Variable } from "../parts";

export type Position = { x: number; y: number };

/**
 * Adds an element, optionally at a position on the canvas, with any variables it brings (a new
 * fill-in field needs one to store into).
 */
export function addNode(doc: ScriptDocument, args: { node: ScriptNode; position?: Position; variables?: Variable[] }): ScriptDocument {
  if (doc.nodes.some((n) => n.id === args.node.id)) return doc;
  const positions = args.position ? { ...doc.layout.positions, [args.node.id]: args.position } : doc.layout.positions;
  const known = new Set(doc.variables.map((v) => v.name));
  const added = (args.variables ?? []).filter((v) => !known.has(v.name));
  return {
    ...doc,
    variables: added.length > 0 ? [...doc.variables, ...added] : doc.variables,
    nodes: [...doc.nodes, args.node],
    layout: { positions },
  };
}

/**
 * Replaces an element with a changed version of itself (same id and kind). Flows leaving from an
 * output the element no longer has (a removed answer) go with it.
 */
export function updateNode(doc: ScriptDocument, args: { node: ScriptNode }): ScriptDocument {
  const index = doc.nodes.findIndex((n) => n.id === args.node.id);
  const before = doc.nodes[index];
  if (!before || before.kind !== args.node.kind) return doc;
  const nodes = doc.nodes.slice();
  nodes[index] = args.node;
  const ports = new Set(portsOf(args.node));
  const edges = doc.edges.filter((e) => e.from !== args.node.id || ports.has(e.port));
  return { ...doc, nodes, edges: edges.length === doc.edges.length ? doc.edges : edges };
}

/**
 * Removes elements with their flows and positions. The entry stays: a script always has one,
 * so it has to be moved before its element can go.
 */
export function removeNodes(doc: ScriptDocument, args: { ids: readonly string[] }): ScriptDocument {
  const gone = new Set(args.ids.filter((id) => id !== doc.entry));
  if (gone.size === 0) return doc;
  const positions = Object.fromEntries(Object.entries(doc.layout.positions).filter(([id]) => !gone.has(id)));
  return {
    ...doc,
    nodes: doc.nodes.filter((n) => !gone.has(n.id)),
    edges: doc.edges.filter((e) => !gone.has(e.from) && !gone.has(e.to)),
    layout: { positions },
  };
}

export function moveNodes(doc: ScriptDocument, args: { positions: Readonly<Record<string, Position>> }): ScriptDocument {
  const known = Object.entries(args.positions).filter(([id]) => doc.nodes.some((n) => n.id === id));
  if (known.length === 0) return doc;
  return { ...doc, layout: { positions: { ...doc.layout.positions, ...Object.fromEntries(known) } } };
}

export function setEntry(doc: ScriptDocument, args: { id: string }): ScriptDocument {
  if (doc.entry === args.id || !doc.nodes.some((n) => n.id === args.id)) return doc;
  return { ...doc, entry: args.id };
}
