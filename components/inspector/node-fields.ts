// Optional fields are left out of the document when empty rather than stored as "" or [], so the
// published JSON stays minimal and "not set" has one spelling.

/** A copy of `record` with `key` set to `value`, or without `key` when `value` is undefined. */
export function withOptional<T extends object, K extends keyof T>(record: T, key: K, value: T[K] | undefined): T {
  const copy = { ...record };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}

/** Moves one item of a list to another index (clamped), returning a new list. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(items.length - 1, to));
  if (from < 0 || from >= items.length || from === target) return items.slice();
  const copy = items.slice();
  const [moved] = copy.splice(from, 1);
  copy.splice(target, 0, moved as T);
  return copy;
}
