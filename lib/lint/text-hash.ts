import type { ScriptNode } from "../script/nodes";

/**
 * A short fingerprint of an element's spoken text (FNV-1a, 32 bits). It only has to notice that
 * the words under a suppression changed; it is not a security measure.
 */
export function textHash(node: ScriptNode): string {
  const text = "text" in node ? (node.text ?? "") : "";
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
