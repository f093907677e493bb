import type { ScriptDocument } from "../script/document";
import type { ScriptNode } from "../script/nodes";
import { canonicalJson, publishedForm } from "./published-form";
import { spokenFields } from "./spoken-fields";
import { changes, textDiff, type DiffPart } from "./text-diff";

export type FieldDiff = { field: string; parts: DiffPart[] };
export type NodeChange = { id: string; kind: ScriptNode["kind"]; fields: FieldDiff[]; otherChanges: boolean };
export type EdgeRef = { from: string; port: string; to: string };

export type VersionDiff = {
  nodesAdded: ScriptNode[];
  nodesRemoved: ScriptNode[];
  nodesChanged: NodeChange[];
  edgesAdded: EdgeRef[];
  edgesRemoved: EdgeRef[];
  /** Title, stages, variables, target group, entry: anything outside the elements and flows. */
  settingsChanged: string[];
};

const SETTINGS = ["title", "family", "locale", "targetGroup", "stages", "variables", "entry", "lint"] as const;

/**
 * What changed from one version to another, in the published form (positions never count).
 * Copy is compared field by field at character level; any other change to an element (stage,
 * variable, validation, condition) is flagged as `otherChanges`.
 */
export function versionDiff(fromDoc: ScriptDocument, toDoc: ScriptDocument): VersionDiff {
  const from = publishedForm(fromDoc);
  const to = publishedForm(toDoc);
  const before = new Map(from.nodes.map((n) => [n.id, n]));
  const after = new Map(to.nodes.map((n) => [n.id, n]));
  const nodesChanged: NodeChange[] = [];
  for (const node of to.nodes) {
    const old = before.get(node.id);
    if (!old || canonicalJson(old) === canonicalJson(node)) continue;
    nodesChanged.push({ id: node.id, kind: node.kind, fields: fieldDiffs(old, node), otherChanges: nonCopyChanged(old, node) });
  }
  const key = (e: EdgeRef) => `${e.from}\u0000${e.port}\u0000${e.to}`;
  const edgesBefore = new Set(from.edges.map(key));
  const edgesAfter = new Set(to.edges.map(key));
  return {
    nodesAdded: to.nodes.filter((n) => !before.has(n.id)),
    nodesRemoved: from.nodes.filter((n) => !after.has(n.id)),
    nodesChanged,
    edgesAdded: to.edges.filter((e) => !edgesBefore.has(key(e))).map(({ from: f, port, to: t }) => ({ from: f, port, to: t })),
    edgesRemoved: from.edges.filter((e) => !edgesAfter.has(key(e))).map(({ from: f, port, to: t }) => ({ from: f, port, to: t })),
    settingsChanged: SETTINGS.filter((k) => canonicalJson(from[k] ?? null) !== canonicalJson(to[k] ?? null)),
  };
}

function fieldDiffs(old: ScriptNode, node: ScriptNode): FieldDiff[] {
  const a = spokenFields(old);
  const b = spokenFields(node);
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return names.map((field) => ({ field, parts: textDiff(a[field] ?? "", b[field] ?? "") })).filter((d) => changes(d.parts));
}

function nonCopyChanged(old: ScriptNode, node: ScriptNode): boolean {
  const strip = (n: ScriptNode) => {
    const { label: _label, ...rest } = n as ScriptNode & { text?: string };
    const { text: _text, ...noText } = rest as typeof rest & { text?: string };
    if (n.kind === "choice") return { ...noText, answers: n.answers.map(({ label: _l, ...a }) => a) };
    return noText;
  };
  return canonicalJson(strip(old)) !== canonicalJson(strip(node));
}

/** True when two versions say and do exactly the same. */
export function isEmptyDiff(diff: VersionDiff): boolean {
  return (
    diff.nodesAdded.length + diff.nodesRemoved.length + diff.nodesChanged.length + diff.edgesAdded.length + diff.edgesRemoved.length + diff.settingsChanged.length === 0
  );
}
