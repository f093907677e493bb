import * as scriptsRoute from "@/app/api/v1/scripts/route";
import * as scriptRoute from "@/app/api/v1/scripts/[script]/route";
import * as draftRoute from "@/app/api/v1/scripts/[script]/draft/route";
import * as duplicateRoute from "@/app/api/v1/scripts/[script]/duplicate/route";
import * as scriptLintRoute from "@/app/api/v1/scripts/[script]/lint/route";
import * as lintRoute from "@/app/api/v1/lint/route";
import * as lintSetupRoute from "@/app/api/v1/lint/setup/route";
import * as packsRoute from "@/app/api/v1/lint/packs/route";
import * as packRoute from "@/app/api/v1/lint/packs/[pack]/route";
import * as lintSettingsRoute from "@/app/api/v1/lint/settings/route";

import * as sessionRoute from "@/app/api/v1/session/route";
import * as setupRoute from "@/app/api/v1/setup/route";
import * as passwordRoute from "@/app/api/v1/account/password/route";
import * as usersRoute from "@/app/api/v1/users/route";
import * as userRoute from "@/app/api/v1/users/[user]/route";
import * as userPasswordRoute from "@/app/api/v1/users/[user]/password/route";
import * as tokensRoute from "@/app/api/v1/tokens/route";
import * as tokenRoute from "@/app/api/v1/tokens/[token]/route";
import * as auditRoute from "@/app/api/v1/audit/route";
import * as submitRoute from "@/app/api/v1/scripts/[script]/submit/route";
import * as candidatesRoute from "@/app/api/v1/scripts/[script]/candidates/route";
import * as scriptCommentsRoute from "@/app/api/v1/scripts/[script]/comments/route";
import * as versionsRoute from "@/app/api/v1/scripts/[script]/versions/route";
import * as versionRoute from "@/app/api/v1/scripts/[script]/versions/[version]/route";
import * as restoreRoute from "@/app/api/v1/scripts/[script]/versions/[version]/restore/route";
import * as diffRoute from "@/app/api/v1/scripts/[script]/diff/route";
import * as liveRoute from "@/app/api/v1/scripts/[script]/live/route";
import * as importRoute from "@/app/api/v1/scripts/[script]/import/route";
import * as candidateRoute from "@/app/api/v1/candidates/[candidate]/route";
import * as commentsRoute from "@/app/api/v1/candidates/[candidate]/comments/route";
import * as approveRoute from "@/app/api/v1/candidates/[candidate]/approve/route";
import * as requestChangesRoute from "@/app/api/v1/candidates/[candidate]/request-changes/route";
import * as publishRoute from "@/app/api/v1/candidates/[candidate]/publish/route";
import * as resolveRoute from "@/app/api/v1/comments/[comment]/resolve/route";
import * as reviewsRoute from "@/app/api/v1/reviews/route";
import * as publishedListRoute from "@/app/api/v1/published/route";
import * as publishedRoute from "@/app/api/v1/published/[slug]/route";
import * as publishedVersionsRoute from "@/app/api/v1/published/[slug]/versions/route";
import * as publishedVersionRoute from "@/app/api/v1/published/[slug]/versions/[version]/route";
import * as webhooksRoute from "@/app/api/v1/webhooks/route";
import * as webhookRoute from "@/app/api/v1/webhooks/[webhook]/route";
import * as deliveriesRoute from "@/app/api/v1/webhooks/[webhook]/deliveries/route";
import { sessionCookie } from "./sign-in-as";

// Calls the real route handlers with real Request objects, as Next would, minus the network. The
// signed-in user's session cookie (sign-in-as.ts) goes with every request unless `headers` says otherwise.

type Init = { body?: unknown; raw?: string; headers?: Record<string, string> };

function request(method: string, path: string, init: Init = {}): Request {
  const hasBody = init.body !== undefined || init.raw !== undefined;
  return new Request(`http://huaben.test${path}`, {
    method,
    headers: {
      ...(hasBody ? { "content-type": "application/json" } : {}),
      ...(sessionCookie() ? { cookie: sessionCookie()! } : {}),
      ...init.headers,
    },
    body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
}

const ctx = (script: string) => ({ params: Promise.resolve({ script }) });
const packCtx = (pack: string) => ({ params: Promise.resolve({ pack }) });

export const api = {
  list: (query = "", init?: Init) => scriptsRoute.GET(request("GET", `/api/v1/scripts${query}`, init)),
  create: (init: Init) => scriptsRoute.POST(request("POST", "/api/v1/scripts", init)),
  get: (id: string, init?: Init) => scriptRoute.GET(request("GET", `/api/v1/scripts/${id}`, init), ctx(id)),
  patch: (id: string, init: Init) => scriptRoute.PATCH(request("PATCH", `/api/v1/scripts/${id}`, init), ctx(id)),
  getDraft: (id: string, init?: Init) => draftRoute.GET(request("GET", `/api/v1/scripts/${id}/draft`, init), ctx(id)),
  saveDraft: (id: string, init: Init) => draftRoute.PUT(request("PUT", `/api/v1/scripts/${id}/draft`, init), ctx(id)),
  duplicate: (id: string, init?: Init) => duplicateRoute.POST(request("POST", `/api/v1/scripts/${id}/duplicate`, init), ctx(id)),
  lintScript: (id: string, query = "", init?: Init) => scriptLintRoute.GET(request("GET", `/api/v1/scripts/${id}/lint${query}`, init), ctx(id)),
};

export const lintApi = {
  lint: (init: Init) => lintRoute.POST(request("POST", "/api/v1/lint", init)),
  setup: (init?: Init) => lintSetupRoute.GET(request("GET", "/api/v1/lint/setup", init)),
  packs: (init?: Init) => packsRoute.GET(request("GET", "/api/v1/lint/packs", init)),
  savePack: (id: string, init: Init) => packRoute.PUT(request("PUT", `/api/v1/lint/packs/${id}`, init), packCtx(id)),
  deletePack: (id: string, init?: Init) => packRoute.DELETE(request("DELETE", `/api/v1/lint/packs/${id}`, init), packCtx(id)),
  settings: (init?: Init) => lintSettingsRoute.GET(request("GET", "/api/v1/lint/settings", init)),
  saveSettings: (init: Init) => lintSettingsRoute.PUT(request("PUT", "/api/v1/lint/settings", init)),
};

const userCtx = (user: string) => ({ params: Promise.resolve({ user }) });
const tokenCtx = (token: string) => ({ params: Promise.resolve({ token }) });

export const accessApi = {
  session: (init?: Init) => sessionRoute.GET(request("GET", "/api/v1/session", init)),
  signIn: (init: Init) => sessionRoute.POST(request("POST", "/api/v1/session", init)),
  signOut: (init?: Init) => sessionRoute.DELETE(request("DELETE", "/api/v1/session", init)),
  setup: (init: Init) => setupRoute.POST(request("POST", "/api/v1/setup", init)),
  changePassword: (init: Init) => passwordRoute.PUT(request("PUT", "/api/v1/account/password", init)),
  users: (init?: Init) => usersRoute.GET(request("GET", "/api/v1/users", init)),
  createUser: (init: Init) => usersRoute.POST(request("POST", "/api/v1/users", init)),
  updateUser: (id: string, init: Init) => userRoute.PATCH(request("PATCH", `/api/v1/users/${id}`, init), userCtx(id)),
  resetPassword: (id: string, init?: Init) => userPasswordRoute.POST(request("POST", `/api/v1/users/${id}/password`, init), userCtx(id)),
  tokens: (init?: Init) => tokensRoute.GET(request("GET", "/api/v1/tokens", init)),
  createToken: (init: Init) => tokensRoute.POST(request("POST", "/api/v1/tokens", init)),
  revokeToken: (id: string, init?: Init) => tokenRoute.DELETE(request("DELETE", `/api/v1/tokens/${id}`, init), tokenCtx(id)),
  audit: (query = "", init?: Init) => auditRoute.GET(request("GET", `/api/v1/audit${query}`, init)),
};

const p = <T extends Record<string, string>>(params: T) => ({ params: Promise.resolve(params) });

export const reviewApi = {
  submit: (script: string, init?: Init) => submitRoute.POST(request("POST", `/api/v1/scripts/${script}/submit`, init), p({ script })),
  candidates: (script: string, init?: Init) => candidatesRoute.GET(request("GET", `/api/v1/scripts/${script}/candidates`, init), p({ script })),
  openComments: (script: string, init?: Init) => scriptCommentsRoute.GET(request("GET", `/api/v1/scripts/${script}/comments`, init), p({ script })),
  review: (candidate: string, init?: Init) => candidateRoute.GET(request("GET", `/api/v1/candidates/${candidate}`, init), p({ candidate })),
  comment: (candidate: string, init: Init) => commentsRoute.POST(request("POST", `/api/v1/candidates/${candidate}/comments`, init), p({ candidate })),
  approve: (candidate: string, init?: Init) => approveRoute.POST(request("POST", `/api/v1/candidates/${candidate}/approve`, init), p({ candidate })),
  requestChanges: (candidate: string, init?: Init) =>
    requestChangesRoute.POST(request("POST", `/api/v1/candidates/${candidate}/request-changes`, init), p({ candidate })),
  publish: (candidate: string, init?: Init) => publishRoute.POST(request("POST", `/api/v1/candidates/${candidate}/publish`, init), p({ candidate })),
  resolve: (comment: string, init?: Init) => resolveRoute.POST(request("POST", `/api/v1/comments/${comment}/resolve`, init), p({ comment })),
  queue: (init?: Init) => reviewsRoute.GET(request("GET", "/api/v1/reviews", init)),
  versions: (script: string, init?: Init) => versionsRoute.GET(request("GET", `/api/v1/scripts/${script}/versions`, init), p({ script })),
  version: (script: string, version: string, init?: Init) =>
    versionRoute.GET(request("GET", `/api/v1/scripts/${script}/versions/${version}`, init), p({ script, version })),
  restore: (script: string, version: string, init?: Init) =>
    restoreRoute.POST(request("POST", `/api/v1/scripts/${script}/versions/${version}/restore`, init), p({ script, version })),
  diff: (script: string, query: string, init?: Init) => diffRoute.GET(request("GET", `/api/v1/scripts/${script}/diff${query}`, init), p({ script })),
  moveLive: (script: string, init: Init) => liveRoute.PUT(request("PUT", `/api/v1/scripts/${script}/live`, init), p({ script })),
  importDraft: (script: string, init: Init) => importRoute.POST(request("POST", `/api/v1/scripts/${script}/import`, init), p({ script })),
};

export const runtimeApi = {
  list: (init?: Init) => publishedListRoute.GET(request("GET", "/api/v1/published", init)),
  live: (slug: string, init?: Init) => publishedRoute.GET(request("GET", `/api/v1/published/${slug}`, init), p({ slug })),
  versions: (slug: string, init?: Init) => publishedVersionsRoute.GET(request("GET", `/api/v1/published/${slug}/versions`, init), p({ slug })),
  version: (slug: string, version: string, init?: Init) =>
    publishedVersionRoute.GET(request("GET", `/api/v1/published/${slug}/versions/${version}`, init), p({ slug, version })),
};

export const webhookApi = {
  list: (init?: Init) => webhooksRoute.GET(request("GET", "/api/v1/webhooks", init)),
  create: (init: Init) => webhooksRoute.POST(request("POST", "/api/v1/webhooks", init)),
  update: (webhook: string, init: Init) => webhookRoute.PATCH(request("PATCH", `/api/v1/webhooks/${webhook}`, init), p({ webhook })),
  remove: (webhook: string, init?: Init) => webhookRoute.DELETE(request("DELETE", `/api/v1/webhooks/${webhook}`, init), p({ webhook })),
  deliveries: (webhook: string, init?: Init) => deliveriesRoute.GET(request("GET", `/api/v1/webhooks/${webhook}/deliveries`, init), p({ webhook })),
};

export async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
