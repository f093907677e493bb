import type { AuditAction, AuditDetails, AuditEntry } from "./audit";
import { parseRoles, type Role } from "./roles";

// How an audit entry reads in a sentence. Message keys cannot hold dots (use-intl reads a dot as
// nesting), so every action has a camel-case key: `admin.audit.actions.<key>` names the action
// in the filter and `admin.audit.describe.<key>` tells the entry.
export const AUDIT_MESSAGE_KEYS = {
  "script.create": "scriptCreate",
  "script.import": "scriptImport",
  "script.update": "scriptUpdate",
  "script.duplicate": "scriptDuplicate",
  "draft.save": "draftSave",
  "rules.pack.save": "rulesPackSave",
  "rules.pack.delete": "rulesPackDelete",
  "rules.settings.save": "rulesSettingsSave",
  "setup.admin": "setupAdmin",
  "user.create": "userCreate",
  "user.update": "userUpdate",
  "user.deactivate": "userDeactivate",
  "user.reactivate": "userReactivate",
  "user.password.reset": "userPasswordReset",
  "account.password.change": "accountPasswordChange",
  "session.sign-in": "sessionSignIn",
  "session.sign-in.failed": "sessionSignInFailed",
  "session.sign-out": "sessionSignOut",
  "token.create": "tokenCreate",
  "token.revoke": "tokenRevoke",
  "review.submit": "reviewSubmit",
  "review.comment": "reviewComment",
  "review.comment.resolve": "reviewCommentResolve",
  "review.approve": "reviewApprove",
  "review.request-changes": "reviewRequestChanges",
  "version.publish": "versionPublish",
  "version.rollback": "versionRollback",
  "version.restore": "versionRestore",
  "script.import-draft": "scriptImportDraft",
  "webhook.create": "webhookCreate",
  "webhook.update": "webhookUpdate",
  "webhook.delete": "webhookDelete",
} as const satisfies Record<AuditAction, string>;

export type AuditMessageKey = (typeof AUDIT_MESSAGE_KEYS)[AuditAction];

/** One change a `user.update` entry records, told as a phrase of its own. */
export type UserChange = { kind: "name"; name: string } | { kind: "roles"; before: Role[]; after: Role[] } | { kind: "active"; active: boolean };

/** What the sentence needs from the reader's language. */
export type AuditWords = {
  roles: (roles: Role[]) => string;
  change: (change: UserChange) => string;
  list: (parts: string[]) => string;
  nothingChanged: string;
};

export type AuditMessage = { key: AuditMessageKey; values: Record<string, string | number> };

type Describable = Pick<AuditEntry, "action" | "target" | "details">;

const text = (details: AuditDetails, key: string): string => {
  const value = details[key];
  return value === null || value === undefined ? "" : String(value);
};

/** The message and its arguments for one entry; every argument a message uses is always given. */
export function describeAudit(entry: Describable, words: AuditWords): AuditMessage {
  const { details } = entry;
  const values: Record<string, string | number> = { target: entry.target ?? "—" };
  switch (entry.action) {
    case "script.update":
      values.change = scriptChange(details);
      values.titleBefore = text(details, "titleBefore");
      values.title = text(details, "title") || (entry.target ?? "");
      break;
    case "draft.save":
      values.revision = Number(details.revision ?? 0);
      break;
    case "rules.pack.save":
      values.rules = Number(details.rules ?? 0);
      break;
    case "setup.admin":
    case "user.create":
      values.roles = words.roles(parseRoles(text(details, "roles")));
      break;
    case "user.update":
      values.changes = userChanges(details, words);
      break;
    case "session.sign-in.failed":
      values.reason = text(details, "reason") || "credentials";
      break;
    case "review.submit":
      values.candidate = Number(details.candidate ?? 0);
      values.warnings = Number(details.warnings ?? 0);
      break;
    case "review.comment":
      values.candidate = Number(details.candidate ?? 0);
      values.node = text(details, "node");
      break;
    case "review.approve":
    case "review.request-changes":
      values.candidate = Number(details.candidate ?? 0);
      break;
    case "version.publish":
    case "version.rollback":
      values.version = Number(details.version ?? 0);
      break;
    case "version.restore":
      values.version = Number(details.version ?? 0);
      values.revision = Number(details.revision ?? 0);
      break;
    case "script.import-draft":
      values.revision = Number(details.revision ?? 0);
      break;
  }
  return { key: AUDIT_MESSAGE_KEYS[entry.action], values };
}

function scriptChange(details: AuditDetails): "renamed" | "archived" | "restored" | "other" {
  if (details.archived === true) return "archived";
  if (details.archived === false) return "restored";
  if ("title" in details) return "renamed";
  return "other";
}

function userChanges(details: AuditDetails, words: AuditWords): string {
  const changes: UserChange[] = [];
  if ("name" in details) changes.push({ kind: "name", name: text(details, "name") });
  if ("roles" in details) changes.push({ kind: "roles", before: parseRoles(text(details, "rolesBefore")), after: parseRoles(text(details, "roles")) });
  if (typeof details.active === "boolean") changes.push({ kind: "active", active: details.active });
  return changes.length > 0 ? words.list(changes.map(words.change)) : words.nothingChanged;
}

/** Who an actor label names: a person (their email), an agent system's token, or nobody signed in. */
export type ActorName = { kind: "user"; email: string } | { kind: "token"; name: string } | { kind: "anonymous" };

export function actorName(label: string): ActorName {
  if (label === "anonymous") return { kind: "anonymous" };
  if (label.startsWith("token:")) return { kind: "token", name: label.slice("token:".length) };
  return { kind: "user", email: label };
}
