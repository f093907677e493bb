import { describe, expect, it } from "vitest";
import { DEFAULT_RETURN_TO, safeReturnTo } from "./return-to";

describe("safeReturnTo", () => {
  it.each([
    ["/scripts", "/scripts"],
    ["/scripts/abc/edit", "/scripts/abc/edit"],
    ["/scripts?q=%E5%AE%BD%E5%B8%A6&family=inbound", "/scripts?q=%E5%AE%BD%E5%B8%A6&family=inbound"],
    ["/rules#custom-packs", "/rules#custom-packs"],
    ["/admin/users", "/admin/users"],
    // Dot segments resolve, but stay on this site.
    ["/scripts/../rules", "/rules"],
  ])("follows the same-site path %s", (next, expected) => {
    expect(safeReturnTo(next)).toBe(expected);
  });

  it.each([
    ["an absolute URL", "https://evil.example/scripts"],
    ["a protocol-relative URL", "//evil.example/scripts"],
    ["a backslash that browsers read as a slash", "/\\evil.example"],
    ["a tab inside the slashes", "/\t/evil.example"],
    ["dot segments that resolve to a protocol-relative URL", "/..//evil.example"],
    ["a newline", "/scripts\n"],
    ["a script URL", "javascript:alert(1)"],
    ["a relative path", "scripts"],
    ["an empty string", ""],
    ["the sign-in page itself", "/sign-in?next=/scripts"],
    ["the setup page", "/setup"],
    ["a very long path", `/${"a".repeat(3000)}`],
  ])("refuses %s", (_, next) => {
    expect(safeReturnTo(next)).toBe(DEFAULT_RETURN_TO);
  });

  it("refuses what is not one string (a repeated query parameter, nothing)", () => {
    expect(safeReturnTo(["/rules", "/scripts"])).toBe(DEFAULT_RETURN_TO);
    expect(safeReturnTo(undefined)).toBe(DEFAULT_RETURN_TO);
    expect(safeReturnTo(null, "/account")).toBe("/account");
  });
});
