import type { ScriptDocument } from "../document";
import { portsOf } from "../ports";

/**
 * Connects an output to an element. An output leads to one place, so an earlier flow from the
 * same output is replaced rather than duplicated.
 */
export function connect(doc: ScriptDocument, args: { from: string; port: string; to: string }): ScriptDocument {
  const from = doc.nodes.find((n) => n.id === args.from);
  if (!from || !portsOf(from).includes(args.port) || !doc.nodes.some((n) => n.id === args.to)) return doc;
  const existing = doc.edges.find((e) => e.from === args.from && e.port === args.port);
  if (existing?.to === args.to) return doc;
  const edges = doc.edges.filter((e) => e !== existing);
  return { ...doc, edges: [...edges, { from: args.from, port: args.port, to: args.to }] };
}

export function disconnect(doc: ScriptDocument, args: { from: string; port: string }): ScriptDocument {
  const edges = doc.edges.filter((e) => !(e.from === args.from && e.port === args.port));
  return edges.length === doc.edges.length ? doc : { ...doc, edges };
}
