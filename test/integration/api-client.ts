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

export async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
