// Who may do what. A user holds one or more roles; an API token holds none and may only read
// published scripts. The table is the one place these rules live: routes, pages and the UI ask
// `can`, never a role name.
export const ROLES = ["designer", "approver", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  /** Read scripts, drafts, lint results and the rule setup. */
  "scripts.read": ["designer", "approver", "admin"],
  /** Create, import, edit, rename, archive and duplicate scripts (the copy itself). */
  "scripts.edit": ["designer", "admin"],
  /** Lint a document sent in the request; writes nothing. */
  "lint.run": ["designer", "approver", "admin"],
  /** Custom rule packs and workspace lint settings. */
  "rules.edit": ["designer", "admin"],
  /** One's own account: the password. */
  "account.manage": ["designer", "approver", "admin"],
  /** Freeze a draft as a candidate for review; resolve the comments on it. */
  "review.submit": ["designer", "admin"],
  /** Comment on a candidate's copy, approve it or send it back (never one's own). */
  "review.decide": ["approver", "admin"],
  /** Turn an approved candidate into a published version. */
  "versions.publish": ["designer", "admin"],
  /** Move the live pointer back to an earlier version. */
  "versions.rollback": ["approver", "admin"],
  "webhooks.manage": ["admin"],
  "users.manage": ["admin"],
  "tokens.manage": ["admin"],
  "audit.read": ["admin"],
  /** What an agent system's token is for (the runtime API). */
  "published.read": ["designer", "approver", "admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Permissions an API token carries: read-only, published scripts only. */
export const TOKEN_PERMISSIONS: readonly Permission[] = ["published.read"];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Roles as better-auth stores them ("designer,approver"), unknown names dropped, in ROLES order. */
export function parseRoles(stored: string | null | undefined): Role[] {
  const names = new Set((stored ?? "").split(",").map((r) => r.trim()));
  return ROLES.filter((role) => names.has(role));
}

export function rolesCan(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}
