import { describe, expect, it } from "vitest";
import { bearerToken, tokenHint } from "./api-token";

describe("API tokens", () => {
  it("keeps the prefix and four characters in clear", () => {
    expect(tokenHint("hb_AbCdEfGh")).toBe("hb_AbCd…");
  });

  it("reads our tokens from a bearer header and nothing else", () => {
    expect(bearerToken("Bearer hb_abc")).toBe("hb_abc");
    expect(bearerToken("bearer   hb_abc ")).toBe("hb_abc");
    expect(bearerToken("Bearer other")).toBeNull();
    expect(bearerToken("Basic hb_abc")).toBeNull();
    expect(bearerToken("Bearer hb_a hb_b")).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });
});
