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

// Calls the real route handlers with real Request objects, as Next would, minus the network.

type Init = { body?: unknown; raw?: string; headers?: Record<string, string> };

function request(method: string, path: string, init: Init = {}): Request {
  const hasBody = init.body !== undefined || init.raw !== undefined;
  return new Request(`http://huaben.test${path}`, {
    method,
    headers: { ...(hasBody ? { "content-type": "application/json" } : {}), ...init.headers },
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
  getDraft: (id: string) => draftRoute.GET(request("GET", `/api/v1/scripts/${id}/draft`), ctx(id)),
  saveDraft: (id: string, init: Init) => draftRoute.PUT(request("PUT", `/api/v1/scripts/${id}/draft`, init), ctx(id)),
  duplicate: (id: string, init?: Init) => duplicateRoute.POST(request("POST", `/api/v1/scripts/${id}/duplicate`, init), ctx(id)),
  lintScript: (id: string, query = "", init?: Init) => scriptLintRoute.GET(request("GET", `/api/v1/scripts/${id}/lint${query}`, init), ctx(id)),
};

export const lintApi = {
  lint: (init: Init) => lintRoute.POST(request("POST", "/api/v1/lint", init)),
  setup: () => lintSetupRoute.GET(request("GET", "/api/v1/lint/setup")),
  packs: () => packsRoute.GET(request("GET", "/api/v1/lint/packs")),
  savePack: (id: string, init: Init) => packRoute.PUT(request("PUT", `/api/v1/lint/packs/${id}`, init), packCtx(id)),
  deletePack: (id: string) => packRoute.DELETE(request("DELETE", `/api/v1/lint/packs/${id}`), packCtx(id)),
  settings: () => lintSettingsRoute.GET(request("GET", "/api/v1/lint/settings")),
  saveSettings: (init: Init) => lintSettingsRoute.PUT(request("PUT", "/api/v1/lint/settings", init)),
};

export async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
