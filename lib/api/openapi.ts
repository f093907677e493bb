import { z } from "zod";
import { changePasswordRequestSchema, createTokenRequestSchema, createUserRequestSchema, resetPasswordRequestSchema, setupRequestSchema, signInRequestSchema, updateUserRequestSchema } from "./access";
import { commentRequestSchema, createWebhookRequestSchema, decisionRequestSchema, importDraftRequestSchema, moveLiveRequestSchema, publishRequestSchema, submitRequestSchema, updateWebhookRequestSchema } from "./review";
import { createFromTemplateSchema, duplicateScriptRequestSchema, patchScriptRequestSchema, saveDraftRequestSchema } from "./scripts";
import { lintDocumentRequestSchema, savePackRequestSchema, saveLintSettingsRequestSchema } from "./lint";

// The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. Request bodies come
// from the same zod schemas the routes parse with; test/unit/openapi.test.ts fails when a route
// exists that is not described here.

type Operation = { summary: string; who: string; body?: z.ZodType; params?: string[]; query?: string[]; ok?: number; okBody?: string };

const USER = "a signed-in user";
const EDITORS = "designer or admin";
const APPROVERS = "approver or admin";
const ADMIN = "admin";
const READERS = "any signed-in user";

const OPERATIONS: Record<string, Record<string, Operation>> = {
  "/session": {
    get: { summary: "Who is signed in, and whether the first admin is still to be created", who: "anyone" },
    post: { summary: "Sign in (sets the session cookie); 429 after too many failures", who: "anyone", body: signInRequestSchema },
    delete: { summary: "Sign out", who: USER },
  },
  "/setup": { post: { summary: "Create the first admin while no user exists", who: "anyone, once", body: setupRequestSchema, ok: 201 } },
  "/account/password": { put: { summary: "Change one's own password", who: USER, body: changePasswordRequestSchema } },
  "/users": {
    get: { summary: "List users", who: ADMIN },
    post: { summary: "Create a user (a temporary password is returned once when none is given)", who: ADMIN, body: createUserRequestSchema, ok: 201 },
  },
  "/users/{user}": { patch: { summary: "Rename, set roles, deactivate or reactivate", who: ADMIN, body: updateUserRequestSchema } },
  "/users/{user}/password": { post: { summary: "Reset a user's password", who: ADMIN, body: resetPasswordRequestSchema } },
  "/tokens": {
    get: { summary: "List API tokens (never their values)", who: ADMIN },
    post: { summary: "Create an API token; its value is returned this once", who: ADMIN, body: createTokenRequestSchema, ok: 201 },
  },
  "/tokens/{token}": { delete: { summary: "Revoke a token", who: ADMIN } },
  "/audit": { get: { summary: "The audit log, newest first", who: ADMIN, query: ["action", "actor", "script", "from", "to", "before", "limit"] } },
  "/scripts": {
    get: { summary: "List scripts", who: READERS, query: ["q", "family", "archived"] },
    post: { summary: "Create from a family template, or import { document } as a new script", who: EDITORS, body: createFromTemplateSchema, ok: 201 },
  },
  "/scripts/{script}": {
    get: { summary: "A script and its draft", who: READERS },
    patch: { summary: "Rename, archive, restore", who: EDITORS, body: patchScriptRequestSchema },
  },
  "/scripts/{script}/draft": {
    get: { summary: "The draft and its revision", who: READERS },
    put: { summary: "Save the draft (409 when someone saved first)", who: EDITORS, body: saveDraftRequestSchema },
  },
  "/scripts/{script}/duplicate": { post: { summary: "Copy a script", who: EDITORS, body: duplicateScriptRequestSchema, ok: 201 } },
  "/scripts/{script}/import": { post: { summary: "Replace the draft with an imported document or downloaded version", who: EDITORS, body: importDraftRequestSchema } },
  "/scripts/{script}/lint": { get: { summary: "Lint the draft", who: READERS, query: ["locale"] } },
  "/scripts/{script}/submit": { post: { summary: "Freeze the draft for review (422 on lint errors or unacknowledged warnings)", who: EDITORS, body: submitRequestSchema, ok: 201 } },
  "/scripts/{script}/candidates": { get: { summary: "The script's review candidates, newest first", who: READERS } },
  "/scripts/{script}/comments": { get: { summary: "Unresolved review comments on the script", who: READERS } },
  "/scripts/{script}/versions": { get: { summary: "Published versions and the live pointer", who: READERS } },
  "/scripts/{script}/versions/{version}": { get: { summary: "One published version (?download=1 as a file)", who: READERS, okBody: "PublishedEnvelope" } },
  "/scripts/{script}/versions/{version}/restore": { post: { summary: "Copy a version into the draft", who: EDITORS } },
  "/scripts/{script}/diff": { get: { summary: "What changed between two versions", who: READERS, query: ["from", "to"] } },
  "/scripts/{script}/live": { put: { summary: "Move the live pointer (rollback)", who: APPROVERS, body: moveLiveRequestSchema } },
  "/reviews": { get: { summary: "Candidates waiting for an approver", who: READERS } },
  "/candidates/{candidate}": { get: { summary: "The copy review: candidate, live version, comments", who: READERS } },
  "/candidates/{candidate}/comments": { post: { summary: "Comment on an element's copy", who: APPROVERS, body: commentRequestSchema, ok: 201 } },
  "/candidates/{candidate}/approve": { post: { summary: "Approve (never one's own submission)", who: APPROVERS, body: decisionRequestSchema } },
  "/candidates/{candidate}/request-changes": { post: { summary: "Send back with comments or a note", who: APPROVERS, body: decisionRequestSchema } },
  "/candidates/{candidate}/publish": { post: { summary: "Publish an approved candidate as the next version", who: EDITORS, body: publishRequestSchema, ok: 201 } },
  "/comments/{comment}/resolve": { post: { summary: "Mark a comment as dealt with", who: EDITORS } },
  "/published": { get: { summary: "Every script with a live version", who: "API token or signed-in user" } },
  "/published/{slug}": { get: { summary: "The live version (ETag; If-None-Match → 304; Cache-Control: private, no-cache)", who: "API token or signed-in user", okBody: "PublishedEnvelope" } },
  "/published/{slug}/versions": { get: { summary: "Every published version of a script", who: "API token or signed-in user" } },
  "/published/{slug}/versions/{version}": { get: { summary: "One version (immutable: cacheable for a year)", who: "API token or signed-in user", okBody: "PublishedEnvelope" } },
  "/webhooks": {
    get: { summary: "Registered webhooks", who: ADMIN },
    post: { summary: "Register an endpoint for publish and rollback events; the secret is returned once", who: ADMIN, body: createWebhookRequestSchema, ok: 201 },
  },
  "/webhooks/{webhook}": {
    patch: { summary: "Change or pause a webhook", who: ADMIN, body: updateWebhookRequestSchema },
    delete: { summary: "Remove a webhook", who: ADMIN },
  },
  "/webhooks/{webhook}/deliveries": { get: { summary: "The delivery log", who: ADMIN } },
  "/lint": { post: { summary: "Lint any document", who: READERS, body: lintDocumentRequestSchema } },
  "/lint/setup": { get: { summary: "Custom packs and settings the editor lints with", who: READERS } },
  "/lint/packs": { get: { summary: "Rule packs", who: READERS } },
  "/lint/packs/{pack}": {
    put: { summary: "Create or replace a custom pack", who: EDITORS, body: savePackRequestSchema },
    delete: { summary: "Delete a custom pack", who: EDITORS },
  },
  "/lint/settings": {
    get: { summary: "Workspace lint settings", who: READERS },
    put: { summary: "Replace the workspace lint settings", who: EDITORS, body: saveLintSettingsRequestSchema },
  },
  "/schema/script.json": { get: { summary: "JSON Schema of the script format", who: "anyone" } },
  "/schema/rule-pack.json": { get: { summary: "JSON Schema of a rule pack", who: "anyone" } },
  "/openapi.json": { get: { summary: "This document", who: "anyone" } },
};

function bodySchema(schema: z.ZodType): unknown {
  return z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" });
}

const errorRef = { $ref: "#/components/schemas/Error" };
const jsonOf = (schema: unknown) => ({ "application/json": { schema } });

function operation(path: string, method: string, op: Operation) {
  const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } }));
  const query = (op.query ?? []).map((name) => ({ name, in: "query", required: false, schema: { type: "string" } }));
  const conditional = op.okBody === "PublishedEnvelope" ? [{ name: "If-None-Match", in: "header", required: false, schema: { type: "string" } }] : [];
  const okContent = op.okBody ? jsonOf({ $ref: `#/components/schemas/${op.okBody}` }) : jsonOf({});
  return {
    summary: op.summary,
    description: `Who may call it: ${op.who}.`,
    operationId: `${method}${path.replace(/[{}]/g, "").replace(/[^A-Za-z0-9]+(\w)/g, (_, c: string) => c.toUpperCase())}`,
    parameters: [...params, ...query, ...conditional],
    ...(op.body ? { requestBody: { required: true, content: jsonOf(bodySchema(op.body)) } } : {}),
    responses: {
      [String(op.ok ?? 200)]: { description: "Success", content: okContent },
      ...(op.okBody === "PublishedEnvelope" ? { "304": { description: "Not modified: the ETag still matches" } } : {}),
      "400": { description: "Invalid input, every issue with its path", content: jsonOf(errorRef) },
      "401": { description: "No session and no valid token", content: jsonOf(errorRef) },
      "403": { description: "The role (or token) may not do this", content: jsonOf(errorRef) },
    },
  };
}

export function openApiDocument(): Record<string, unknown> {
  const paths = Object.fromEntries(
    Object.entries(OPERATIONS).map(([path, methods]) => [path, Object.fromEntries(Object.entries(methods).map(([m, op]) => [m, operation(path, m, op)]))]),
  );
  return {
    openapi: "3.1.0",
    info: {
      title: "Huaben API",
      version: "1",
      description: "Design, review and publish call-centre scripts; agent systems read published scripts with an API token. Errors are { error: { code, message, issues[] } } in the caller's language.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearer: [] }, { session: [] }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API token (hb_…), read-only, published scripts only" },
        session: { type: "apiKey", in: "cookie", name: "huaben.session_token", description: "The session cookie set by POST /session" },
      },
      schemas: {
        Script: { $ref: "/api/v1/schema/script.json" },
        PublishedEnvelope: {
          type: "object",
          required: ["slug", "version", "contentHash", "publishedAt", "note", "script"],
          properties: {
            slug: { type: "string" },
            version: { type: "integer", minimum: 1 },
            contentHash: { type: "string", description: "SHA-256 of the published form" },
            publishedAt: { type: "string", format: "date-time" },
            note: { type: "string" },
            script: { $ref: "#/components/schemas/Script" },
          },
        },
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message", "issues"],
              properties: {
                code: { type: "string" },
                message: { type: "string" },
                issues: { type: "array", items: { type: "object", properties: { path: { type: "array" }, pathText: { type: "string" }, code: { type: "string" }, message: { type: "string" } } } },
              },
            },
          },
        },
      },
    },
    paths,
  };
}
