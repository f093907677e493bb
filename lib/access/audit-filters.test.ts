import { describe, expect, it } from "vitest";
import { auditApiPath, auditPageHref, isAuditFiltered, localDayEnd, localDayStart, NO_AUDIT_FILTERS, readAuditFilters } from "./audit-filters";

describe("audit filters", () => {
  it("read what the URL says and drop what makes no sense", () => {
    expect(readAuditFilters({ action: "user.create", actor: " admin@huaben.local ", script: "offer", from: "2030-01-15", to: "2030-02-30" })).toEqual({
      action: "user.create",
      actor: "admin@huaben.local",
      script: "offer",
      from: "2030-01-15",
      to: "",
    });
    expect(readAuditFilters({ action: "user.explode", from: "15/01/2030" })).toEqual(NO_AUDIT_FILTERS);
    expect(readAuditFilters({ action: ["draft.save", "user.create"] }).action).toBe("draft.save");
  });

  it("round-trip through the page's address", () => {
    const filters = { action: "token.revoke" as const, actor: "token:IVR", script: "", from: "2030-01-01", to: "2030-01-31" };
    const href = auditPageHref(filters);
    expect(href).toBe("/admin/audit?action=token.revoke&actor=token%3AIVR&from=2030-01-01&to=2030-01-31");
    expect(readAuditFilters(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual(filters);
    expect(auditPageHref(NO_AUDIT_FILTERS)).toBe("/admin/audit");
    expect(isAuditFiltered(NO_AUDIT_FILTERS)).toBe(false);
    expect(isAuditFiltered({ ...NO_AUDIT_FILTERS, script: "  " })).toBe(false);
    expect(isAuditFiltered(filters)).toBe(true);
  });

  it("ask the API for whole local days", () => {
    expect(localDayStart("2030-01-15").getTime()).toBe(new Date(2030, 0, 15).getTime());
    expect(localDayEnd("2030-01-15").getTime()).toBe(new Date(2030, 0, 16).getTime() - 1);
    const url = new URL(auditApiPath({ ...NO_AUDIT_FILTERS, from: "2030-01-15", to: "2030-01-15", script: "offer" }, 42), "http://x");
    expect(url.pathname).toBe("/api/v1/audit");
    expect(url.searchParams.get("from")).toBe(new Date(2030, 0, 15).toISOString());
    expect(url.searchParams.get("to")).toBe(new Date(new Date(2030, 0, 16).getTime() - 1).toISOString());
    expect(url.searchParams.get("script")).toBe("offer");
    expect(url.searchParams.get("before")).toBe("42");
    expect(auditApiPath(NO_AUDIT_FILTERS)).toBe("/api/v1/audit");
  });
});
