import type { BrowserContext } from "playwright-core";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/access/demo-accounts";
import type { Role } from "../../lib/access/roles";

// The app under test starts with the demo accounts (HUABEN_DEMO_ACCOUNTS=1 in app-server.ts);
// tests and benchmarks sign in as one of them through the real sign-in API.

const cookies = new Map<string, string>();

/** The Cookie header of a session of the demo account for `role` (signed in once per process). */
export async function sessionCookie(baseURL: string, role: Role = "designer"): Promise<string> {
  const key = `${baseURL} ${role}`;
  const known = cookies.get(key);
  if (known) return known;
  const response = await fetch(`${baseURL}/api/v1/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: DEMO_ACCOUNTS[role].email, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in as ${role} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  cookies.set(key, cookie);
  return cookie;
}

/** fetch against the app as the demo `role`. */
export async function apiFetch(baseURL: string, path: string, init: RequestInit = {}, role: Role = "designer"): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("cookie", await sessionCookie(baseURL, role));
  return fetch(`${baseURL}${path}`, { ...init, headers });
}

/** Signs a browser context in as the demo `role` (its pages then carry the session). */
export async function signInContext(context: BrowserContext, baseURL: string, role: Role = "designer"): Promise<void> {
  const response = await context.request.post(`${baseURL}/api/v1/session`, {
    data: { email: DEMO_ACCOUNTS[role].email, password: DEMO_PASSWORD },
  });
  if (!response.ok()) throw new Error(`sign-in as ${role} failed: ${response.status()} ${await response.text()}`);
}
