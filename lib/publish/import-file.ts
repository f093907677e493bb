import { formatPath } from "../script/issues";

// Files going in and out of a script: what a picked file holds, the script inside a downloaded
// version, where a reported problem sits in the file as the user sees it, and download names.

/** A picked file: JSON (and whether it is a downloaded version) or why it is not JSON. */
export type ImportFile = { ok: true; value: unknown; envelope: boolean } | { ok: false; detail: string };

/** A downloaded version `{ slug, version, …, script }`, recognised as the server recognises it. */
export function isVersionEnvelope(value: unknown): value is { version: unknown; script: unknown } {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "script" in value && "version" in value;
}

export function readImportFile(text: string): ImportFile {
  try {
    // Editors on Windows save UTF-8 with a byte-order mark, which JSON.parse refuses.
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ""));
    return { ok: true, value, envelope: isVersionEnvelope(value) };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The script document a file holds: the file itself, or the script inside a downloaded version. */
export function scriptOfFile(file: { value: unknown; envelope: boolean }): unknown {
  return file.envelope ? (file.value as { script: unknown }).script : file.value;
}

/**
 * Where a problem the server reports (path `["document", …]` into the script it checked) sits in
 * the file: a downloaded version keeps its script under `script`.
 */
export function pathInFile(path: readonly (string | number)[], envelope: boolean): string {
  const inside = path[0] === "document" ? path.slice(1) : path;
  return formatPath(envelope ? ["script", ...inside] : inside);
}

/** The name a downloaded draft is saved under, e.g. `broadband-fault-draft-r12.json`. */
export function draftFileName(slug: string, revision: number): string {
  return `${slug}-draft-r${revision}.json`;
}
