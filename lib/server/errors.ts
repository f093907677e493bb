import type { ScriptIssue } from "../script/issues";
import type { ExampleFailure } from "../lint/examples";
import type { Finding } from "../lint/finding";

// Failures a use case reports on purpose. Each maps to one HTTP status and one catalogue message;
// anything else that is thrown is a bug, logged with its cause and answered with a bare 500.
const STATUS = {
  "bad-json": 400,
  "bad-request": 400,
  "invalid-document": 422,
  "not-found": 404,
  conflict: 409,
  "too-large": 413,
  "unsupported-media-type": 415,
  "pack-not-found": 404,
  "builtin-pack": 409,
  "rule-id-taken": 409,
  // Spelled as lib/api/lint.ts promises the browser (PackExamplesErrorBody).
  "pack-examples-failed": 422,
  "unauthenticated": 401,
  "forbidden": 403,
  "invalid-credentials": 401,
  "account-deactivated": 403,
  "too-many-attempts": 429,
  "wrong-password": 400,
  "setup-done": 409,
  "email-taken": 409,
  "self-deactivate": 409,
  "last-admin": 409,
  "user-not-found": 404,
  "token-not-found": 404,
  "candidate-not-found": 404,
  "version-not-found": 404,
  "comment-not-found": 404,
  "webhook-not-found": 404,
  "not-published": 404,
  "lint-errors": 422,
  "warnings-unacknowledged": 422,
  "unchanged": 409,
  "review-state": 409,
  "own-candidate": 403,
  "comments-required": 400,
  "unknown-element": 400,
} as const;

export type AppErrorCode = keyof typeof STATUS;

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: AppErrorCode,
    readonly details: {
      issues?: ScriptIssue[];
      params?: Record<string, string | number>;
      currentRevision?: number;
      /** A custom rule pack's examples that failed (pack-examples-failed). */
      examples?: ExampleFailure[];
      /** Lint findings that block a submission (lint-errors, warnings-unacknowledged). */
      findings?: Finding[];
    } = {},
  ) {
    super(code);
    this.name = "AppError";
    this.status = STATUS[code];
  }
}
