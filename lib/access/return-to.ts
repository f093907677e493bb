// Where sign-in sends the user afterwards. The `next` parameter comes from a link anyone can
// craft, so only a path on this site is followed: never another origin ("https://…",
// "//evil.example", "/\evil.example", which browsers read as "//"), never a script URL.

export const DEFAULT_RETURN_TO = "/scripts";

// Pages that would only send the user straight back here, or show nothing after signing in.
const DEAD_ENDS = ["/sign-in", "/setup"];

const ORIGIN = "http://huaben.invalid";

/** `next` when it is a same-site path (with its query and hash), otherwise `fallback`. */
export function safeReturnTo(next: unknown, fallback: string = DEFAULT_RETURN_TO): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.length > 2048) return fallback;
  // Backslashes and control characters are how "/\evil" and "/\t/evil" sneak past a prefix check.
  if (/[\\\u0000-\u001f\u007f]/.test(next) || next.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(next, ORIGIN);
  } catch {
    return fallback;
  }
  // "/..//evil.example" resolves to "//evil.example": the path we hand on is checked again.
  if (url.origin !== ORIGIN || url.pathname.startsWith("//")) return fallback;
  if (DEAD_ENDS.some((page) => url.pathname === page || url.pathname.startsWith(`${page}/`))) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
