import { AUDIT_ACTIONS, type AuditAction } from "./audit";

// The audit page's filters travel in its URL (so a view can be linked and reloaded) as the reader
// typed them: days are local calendar days ("2030-01-15"). Only the request to the API turns a
// day into instants, the bounds of that day in the reader's time zone.

export type AuditFilters = { action: AuditAction | null; actor: string; script: string; from: string; to: string };

export const NO_AUDIT_FILTERS: AuditFilters = { action: null, actor: "", script: "", from: "", to: "" };

type Params = Record<string, string | string[] | undefined>;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** A calendar day as "yyyy-mm-dd", or "" when the text is not a real day. */
function day(value: string): string {
  const match = DAY.exec(value);
  if (!match) return "";
  const [y, m, d] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(y, m, d);
  return date.getFullYear() === y && date.getMonth() === m && date.getDate() === d ? value : "";
}

export function readAuditFilters(params: Params): AuditFilters {
  const first = (key: string) => {
    const value = params[key];
    return ((Array.isArray(value) ? value[0] : value) ?? "").trim();
  };
  const action = first("action");
  return {
    action: isAuditAction(action) ? action : null,
    actor: first("actor").slice(0, 254),
    script: first("script").slice(0, 200),
    from: day(first("from")),
    to: day(first("to")),
  };
}

function filterParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.action) params.set("action", filters.action);
  if (filters.actor) params.set("actor", filters.actor);
  if (filters.script.trim()) params.set("script", filters.script.trim());
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  return params;
}

/** The page's own address for these filters. */
export function auditPageHref(filters: AuditFilters): string {
  const text = filterParams(filters).toString();
  return text ? `/admin/audit?${text}` : "/admin/audit";
}

export function isAuditFiltered(filters: AuditFilters): boolean {
  return filterParams(filters).toString() !== "";
}

/** The first instant of a local day. */
export function localDayStart(value: string): Date {
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** The last instant (millisecond) of a local day: the API's `to` is inclusive. */
export function localDayEnd(value: string): Date {
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  return new Date(new Date(y, m - 1, d + 1).getTime() - 1);
}

/** GET /api/v1/audit for these filters; `before` asks for the page older than that entry. */
export function auditApiPath(filters: AuditFilters, before?: number): string {
  const params = filterParams(filters);
  if (filters.from) params.set("from", localDayStart(filters.from).toISOString());
  if (filters.to) params.set("to", localDayEnd(filters.to).toISOString());
  if (before !== undefined) params.set("before", String(before));
  const text = params.toString();
  return text ? `/api/v1/audit?${text}` : "/api/v1/audit";
}
