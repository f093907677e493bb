import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import type { ScriptDocument } from "../script/document";

// What agent systems receive: the script's meaning without the designer's working material.
// Positions (layout), saved test scenarios and lint rule overrides and suppressions are dropped;
// the speaking rates stay, since they set the stage clocks. The result is still a valid script
// document (same JSON Schema), so lib/runtime runs it as it is.
export function publishedForm(document: ScriptDocument): ScriptDocument {
  const { scenarios: _scenarios, lint, layout: _layout, ...meaning } = document;
  return { ...meaning, layout: { positions: {} }, ...(lint?.speech ? { lint: { speech: lint.speech } } : {}) };
}

/** JSON with object keys sorted at every level: equal meaning, equal text, equal hash. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
}

/** SHA-256 (hex) of the published form: what an approval is recorded against. */
export function contentHash(document: ScriptDocument): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(publishedForm(document)))));
}
