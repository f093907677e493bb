import "server-only";
import type { z } from "zod";
import { AppError, type AppErrorCode } from "./errors";
import { toScriptIssues } from "../script/validate";
import type { ScriptIssue } from "../script/issues";
import type { ApiErrorBody } from "../api/scripts";
import type { ExampleFailure } from "../lint/examples";
import type { Finding } from "../lint/finding";
import { localeOfRequest } from "../i18n/locales";
import { translator, type Translate } from "../i18n/translator";
import { describeIssue } from "../i18n/describe-issue";

export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;

function bodyLimit(): number {
  const configured = Number(process.env.HUABEN_MAX_BODY_BYTES);
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_BODY_LIMIT;
}

/**
 * Reads a JSON body without ever holding more than the limit in memory. With `optional`, an
 * empty body reads as `undefined` instead of being malformed.
 */
export async function readJson(request: Request, options: { optional?: boolean } = {}): Promise<unknown> {
  const type = request.headers.get("content-type");
  if (type && !/^application\/(.+\+)?json\b/i.test(type)) throw new AppError("unsupported-media-type");
  const limit = bodyLimit();
  const declared = Number(request.headers.get("content-length"));
  if (declared > limit) throw new AppError("too-large", { params: { limit: formatBytes(limit) } });
  if (!request.body) {
    if (options.optional) return undefined;
    throw new AppError("bad-json");
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new AppError("too-large", { params: { limit: formatBytes(limit) } });
    }
    chunks.push(value);
  }
  if (size === 0 && options.optional) return undefined;
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks)));
  } catch {
    throw new AppError("bad-json");
  }
}

/** Parses request input with a schema, or fails with every issue and its path. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, code: AppErrorCode = "bad-request"): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new AppError(code, { issues: toScriptIssues(result.error.issues, input) });
}

/** Runs a route handler body and turns failures into the API's JSON error shape. */
export async function handle(request: Request, run: () => Promise<Response> | Response): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    const t = translator(localeOfRequest(request));
    if (error instanceof AppError) {
      const retryAfter = error.details.params?.seconds;
      const headers: HeadersInit = error.status === 429 && retryAfter !== undefined ? { "Retry-After": String(retryAfter) } : {};
      return Response.json(errorBody(t, error), { status: error.status, headers });
    }
    console.error(`[huaben] ${request.method} ${new URL(request.url).pathname} failed`, error);
    const body: ApiErrorBody = { error: { code: "internal", message: t("errors.internal"), issues: [] } };
    return Response.json(body, { status: 500 });
  }
}

const MESSAGE_KEYS = {
  "bad-json": "errors.badJson",
  "bad-request": "errors.badRequest",
  "invalid-document": "errors.badRequest",
  "not-found": "errors.notFound",
  conflict: "errors.conflict",
  "too-large": "errors.tooLarge",
  "unsupported-media-type": "errors.unsupportedMediaType",
  "pack-not-found": "errors.packNotFound",
  "builtin-pack": "errors.builtinPack",
  "rule-id-taken": "errors.ruleIdTaken",
  "pack-examples-failed": "errors.packExamplesFailed",
  "unauthenticated": "errors.unauthenticated",
  "forbidden": "errors.forbidden",
  "invalid-credentials": "errors.invalidCredentials",
  "account-deactivated": "errors.accountDeactivated",
  "too-many-attempts": "errors.tooManyAttempts",
  "wrong-password": "errors.wrongPassword",
  "setup-done": "errors.setupDone",
  "email-taken": "errors.emailTaken",
  "self-deactivate": "errors.selfDeactivate",
  "last-admin": "errors.lastAdmin",
  "user-not-found": "errors.userNotFound",
  "token-not-found": "errors.tokenNotFound",
  "candidate-not-found": "errors.candidateNotFound",
  "version-not-found": "errors.versionNotFound",
  "comment-not-found": "errors.commentNotFound",
  "webhook-not-found": "errors.webhookNotFound",
  "not-published": "errors.notPublished",
  "lint-errors": "errors.lintErrors",
  "warnings-unacknowledged": "errors.warningsUnacknowledged",
  "unchanged": "errors.unchanged",
  "review-state": "errors.reviewState",
  "own-candidate": "errors.ownCandidate",
  "comments-required": "errors.commentsRequired",
  "unknown-element": "errors.unknownElement",
} as const satisfies Record<AppErrorCode, string>;

/** The error shape; a pack whose examples fail also lists them (PackExamplesErrorBody). */
function errorBody(t: Translate, error: AppError): ApiErrorBody & { error: { examples?: ExampleFailure[]; findings?: Finding[] } } {
  const params = { ...error.details.params, revision: error.details.currentRevision ?? 0 };
  const issues = (error.details.issues ?? []).map((issue: ScriptIssue) => ({
    path: issue.path,
    pathText: issue.pathText,
    code: issue.code,
    message: describeIssue(t, issue),
  }));
  const body: ApiErrorBody = { error: { code: error.code, message: t(MESSAGE_KEYS[error.code], params), issues } };
  if (error.details.currentRevision !== undefined) body.error.currentRevision = error.details.currentRevision;
  if (error.details.examples) return { error: { ...body.error, examples: error.details.examples } };
  if (error.details.findings) return { error: { ...body.error, findings: error.details.findings } };
  return body;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "")} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
