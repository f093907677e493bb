import { FAMILIES, type Family } from "../script/enums";
import type { ArchiveFilter } from "./records";

/** The library's filters, as they travel in the URL so that a view can be reloaded and shared. */
export type LibraryQuery = { q: string; family: Family | null; archived: ArchiveFilter };

export function readLibraryQuery(params: Record<string, string | string[] | undefined>): LibraryQuery {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const family = first(params.family);
  const archived = first(params.archived);
  return {
    q: first(params.q).slice(0, 200),
    family: (FAMILIES as readonly string[]).includes(family) ? (family as Family) : null,
    archived: archived === "archived" || archived === "all" ? archived : "active",
  };
}

export function libraryHref(query: LibraryQuery): string {
  const params = new URLSearchParams();
  if (query.q.trim()) params.set("q", query.q.trim());
  if (query.family) params.set("family", query.family);
  if (query.archived !== "active") params.set("archived", query.archived);
  const text = params.toString();
  return text ? `/scripts?${text}` : "/scripts";
}

export function isFiltered(query: LibraryQuery): boolean {
  return query.q.trim() !== "" || query.family !== null || query.archived !== "active";
}
