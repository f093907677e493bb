import "server-only";
import { can, type Principal, type UserPrincipal } from "../../access/principal";
import type { Permission } from "../../access/roles";
import { AppError } from "../errors";
import { handle } from "../http";
import { principalOf } from "./principal";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The principal behind a request, if it may do `permission`: 401 for nobody, 403 otherwise.
 * A write carried by a session cookie must come from this site's own pages (the Origin header,
 * when the browser sends one, names this host); tokens are not cookies and cannot be forged that way.
 */
export async function authorize(request: Request, permission: Permission): Promise<Principal> {
  const principal = await principalOf(request.headers);
  if (!principal) throw new AppError("unauthenticated");
  if (!can(principal, permission)) throw new AppError("forbidden");
  if (principal.kind === "user" && !SAFE_METHODS.has(request.method) && isCrossSite(request)) throw new AppError("forbidden");
  return principal;
}

/** As `authorize`, for what only a person can do (a token never holds these permissions). */
export async function authorizeUser(request: Request, permission: Permission): Promise<UserPrincipal> {
  const principal = await authorize(request, permission);
  if (principal.kind !== "user") throw new AppError("forbidden");
  return principal;
}

function isCrossSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** A route handler body run for a principal allowed `permission`; failures in the API's error shape. */
export function guarded(request: Request, permission: Permission, run: (actor: Principal) => Promise<Response> | Response): Promise<Response> {
  return handle(request, async () => run(await authorize(request, permission)));
}

/** As `guarded`, for what only a signed-in person can do. */
export function guardedUser(request: Request, permission: Permission, run: (actor: UserPrincipal) => Promise<Response> | Response): Promise<Response> {
  return handle(request, async () => run(await authorizeUser(request, permission)));
}
