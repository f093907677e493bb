import { describe, expect, it } from "vitest";
import { etagOf, notModified } from "./etag";

describe("ETags of published versions", () => {
  const etag = etagOf(3, "a".repeat(64));

  it("names the version and the content", () => {
    expect(etag).toBe(`"v3-${"a".repeat(32)}"`);
    expect(etagOf(4, "a".repeat(64))).not.toBe(etag);
  });

  it("matches If-None-Match lists, weak tags and *", () => {
    expect(notModified(etag, etag)).toBe(true);
    expect(notModified(`"x", ${etag}`, etag)).toBe(true);
    expect(notModified(`W/${etag}`, etag)).toBe(true);
    expect(notModified("*", etag)).toBe(true);
    expect(notModified(`"v3-b"`, etag)).toBe(false);
    expect(notModified(null, etag)).toBe(false);
  });
});
