import type { ScriptDocument } from "../script/document";
import type { ScriptNode } from "../script/nodes";

export type SearchHit = { id: string; kind: ScriptNode["kind"]; label: string; excerpt: string };

function haystack(node: ScriptNode): string[] {
  const parts = [node.id, node.label ?? ""];
  if ("text" in node && node.text) parts.push(node.text);
  if (node.kind === "choice") parts.push(...node.answers.map((a) => a.label));
  if (node.kind === "action") parts.push(node.key);
  if (node.kind === "input") parts.push(node.variable);
  return parts;
}

/**
 * Elements whose id, label, spoken text or answers contain every word of the query. Matching is
 * on characters, case-insensitive and width-insensitive (ＡＢＣ finds abc), so Chinese needs no
 * segmentation: "宽带 提速" finds "宽带可以免费提速".
 */
export function searchNodes(doc: Pick<ScriptDocument, "nodes">, query: string, limit = 50): SearchHit[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const node of doc.nodes) {
    const text = haystack(node).map(normalise).join("\n");
    if (!words.every((w) => text.includes(w))) continue;
    const spoken = "text" in node ? (node.text ?? "") : "";
    hits.push({ id: node.id, kind: node.kind, label: node.label ?? node.id, excerpt: spoken.slice(0, 80) });
    if (hits.length >= limit) break;
  }
  return hits;
}

function normalise(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}
