// The audit log's vocabulary: every write names one of these actions, so the log can be filtered
// by what happened and each entry is described in both languages from its action and details.
export const AUDIT_ACTIONS = [
  "script.create",
  "script.import",
  "script.update",
  "script.duplicate",
  "draft.save",
  "rules.pack.save",
  "rules.pack.delete",
  "rules.settings.save",
  "setup.admin",
  "user.create",
  "user.update",
  "user.deactivate",
  "user.reactivate",
  "user.password.reset",
  "account.password.change",
  "session.sign-in",
  "session.sign-in.failed",
  "session.sign-out",
  "token.create",
  "token.revoke",
  "review.submit",
  "review.comment",
  "review.comment.resolve",
  "review.approve",
  "review.request-changes",
  "version.publish",
  "version.rollback",
  "version.restore",
  "script.import-draft",
  "webhook.create",
  "webhook.update",
  "webhook.delete",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditDetails = Record<string, string | number | boolean | null>;

/** One recorded write: who (id and the label they had then), what, which script, when. */
export type AuditEntry = {
  id: number;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: AuditAction;
  scriptId: string | null;
  target: string | null;
  details: AuditDetails;
};

export type AuditQuery = {
  action?: AuditAction;
  actor?: string;
  scriptId?: string;
  from?: Date;
  to?: Date;
  /** Entries older than this id (the page before). */
  before?: number;
  limit: number;
};
