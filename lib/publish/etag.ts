/** A strong ETag for one published version: its number and content hash. */
export function etagOf(version: number, contentHash: string): string {
  return `"v${version}-${contentHash.slice(0, 32)}"`;
}

/** Whether an If-None-Match header names this ETag (weak or strong, in a list, or "*"). */
export function notModified(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}
