// API tokens are random strings the server shows once; only a hash is stored. The prefix makes a
// leaked token recognisable in logs and secret scanners, and the first characters after it are
// kept in clear so an admin can tell tokens apart.
export const TOKEN_PREFIX = "hb_";
const SHOWN = 4;

/** The part of a token kept for display: "hb_AbCd…". */
export function tokenHint(token: string): string {
  return `${token.slice(0, TOKEN_PREFIX.length + SHOWN)}…`;
}

/** The token in an `Authorization: Bearer …` header, if it is one of ours. */
export function bearerToken(authorization: string | null): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? "");
  const token = match?.[1];
  return token?.startsWith(TOKEN_PREFIX) ? token : null;
}
