// Failed sign-ins are counted per key (an email, an address) in a fixed window. Once a key has
// `max` failures inside the window, further attempts are refused until the window has passed;
// a successful sign-in clears the email's count. Pure: the caller stores the entries.

export type ThrottleRule = { max: number; windowMs: number };
export type ThrottleEntry = { failures: number; windowStart: number };

/** Five wrong passwords for one email, or twenty from one address, in fifteen minutes. */
export const SIGN_IN_RULES = {
  email: { max: 5, windowMs: 15 * 60_000 },
  address: { max: 20, windowMs: 15 * 60_000 },
} as const satisfies Record<string, ThrottleRule>;

/** Seconds until an attempt is allowed again, or 0 when it is allowed now. */
export function retryAfterSeconds(entry: ThrottleEntry | undefined, rule: ThrottleRule, now: number): number {
  if (!entry || entry.failures < rule.max) return 0;
  const endsAt = entry.windowStart + rule.windowMs;
  return endsAt > now ? Math.ceil((endsAt - now) / 1000) : 0;
}

/** The entry after one more failure: a window that has passed starts again. */
export function withFailure(entry: ThrottleEntry | undefined, rule: ThrottleRule, now: number): ThrottleEntry {
  if (!entry || now - entry.windowStart >= rule.windowMs) return { failures: 1, windowStart: now };
  return { failures: entry.failures + 1, windowStart: entry.windowStart };
}
