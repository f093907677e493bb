import { rolesCan, TOKEN_PERMISSIONS, type Permission, type Role } from "./roles";

/** A signed-in person. `label` is how the audit log and `updatedBy` name them (their email). */
export type UserPrincipal = { kind: "user"; id: string; email: string; name: string; roles: Role[] };
/** An agent system calling with an API token. */
export type TokenPrincipal = { kind: "token"; id: string; name: string };
export type Principal = UserPrincipal | TokenPrincipal;

export function can(principal: Principal | null, permission: Permission): boolean {
  if (!principal) return false;
  if (principal.kind === "token") return TOKEN_PERMISSIONS.includes(permission);
  return rolesCan(principal.roles, permission);
}

/** The name a write is recorded under. */
export function principalLabel(principal: Principal): string {
  return principal.kind === "user" ? principal.email : `token:${principal.name}`;
}
