import { describe, expect, it } from "vitest";
import { retryAfterSeconds, withFailure, type ThrottleRule } from "./sign-in-throttle";

const rule: ThrottleRule = { max: 3, windowMs: 60_000 };

function failures(count: number, start = 0, step = 1000) {
  let entry;
  for (let i = 0; i < count; i++) entry = withFailure(entry, rule, start + i * step);
  return entry;
}

describe("sign-in throttle", () => {
  it("allows attempts until the limit of failures is reached inside the window", () => {
    expect(retryAfterSeconds(undefined, rule, 0)).toBe(0);
    expect(retryAfterSeconds(failures(2), rule, 2000)).toBe(0);
    expect(retryAfterSeconds(failures(3), rule, 3000)).toBe(57);
  });

  it("counts the wait from the start of the window, rounding up", () => {
    expect(retryAfterSeconds(failures(3), rule, 59_500)).toBe(1);
    expect(retryAfterSeconds(failures(3), rule, 60_000)).toBe(0);
  });

  it("starts a new window once the old one has passed", () => {
    const old = failures(3);
    expect(withFailure(old, rule, 60_000)).toEqual({ failures: 1, windowStart: 60_000 });
    expect(withFailure(old, rule, 59_999)).toEqual({ failures: 4, windowStart: 0 });
  });
});
