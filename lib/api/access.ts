import { z } from "zod";
import { AUDIT_ACTIONS, type AuditEntry } from "../access/audit";
import { ROLES, type Role } from "../access/roles";

// The contract of sign-in, setup, accounts, users, API tokens and the audit log, shared by the
// route handlers and the browser.

// Mirrors lib/server/access/auth.ts (better-auth's limits).
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

const email = z.email().max(254).transform((e) => e.trim().toLowerCase());
const password = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);
const name = z.string().trim().min(1).max(80);
const roles = z.array(z.enum(ROLES)).min(1).max(ROLES.length);

export const signInRequestSchema = z.strictObject({ email, password: z.string().min(1).max(PASSWORD_MAX) });
export const setupRequestSchema = z.strictObject({ email, name, password });
export const changePasswordRequestSchema = z.strictObject({ currentPassword: z.string().min(1).max(PASSWORD_MAX), newPassword: password });

/** Without a password the server makes a temporary one and returns it once. */
export const createUserRequestSchema = z.strictObject({ email, name, roles, password: password.optional() });
export const updateUserRequestSchema = z
  .strictObject({ name: name.optional(), roles: roles.optional(), active: z.boolean().optional() })
  .refine((b) => b.name !== undefined || b.roles !== undefined || b.active !== undefined, { params: { key: "required" }, path: ["roles"] });
export const resetPasswordRequestSchema = z.strictObject({ password: password.optional() });

export const createTokenRequestSchema = z.strictObject({ name });

export const AUDIT_PAGE_MAX = 200;
export const auditQuerySchema = z.strictObject({
  action: z.enum(AUDIT_ACTIONS).optional(),
  actor: z.string().max(254).optional(),
  script: z.string().max(200).optional(),
  /** Instants with an offset: the browser sends the bounds of the reader's local days. */
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).optional(),
});

export type SessionUserJson = { id: string; email: string; name: string; roles: Role[] };
export type SessionJson = { user: SessionUserJson | null; needsSetup: boolean };

export type UserJson = SessionUserJson & { active: boolean; createdAt: string; lastSeenAt: string | null };
/** A created user or a reset password: `temporaryPassword` only when the server chose it. */
export type UserWithPasswordJson = { user: UserJson; temporaryPassword?: string };

export type ApiTokenJson = {
  id: string;
  name: string;
  hint: string;
  createdAt: string;
  createdBy: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
};
/** The answer to creating a token: the only time `token` is sent. */
export type CreatedTokenJson = { token: string; record: ApiTokenJson };

export type AuditEntryJson = Omit<AuditEntry, "at"> & { at: string };
export type AuditPageJson = { entries: AuditEntryJson[]; more: boolean; actors: string[] };

/** Dates as ISO text, everything else as it is. */
export function withIsoDates<T extends object>(value: T): { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] } {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])) as never;
}
