import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { can, type UserPrincipal } from "@/lib/access/principal";
import type { Permission } from "@/lib/access/roles";
import { principalOf } from "@/lib/server/access/principal";
import { needsSetup } from "@/lib/server/access/setup";

// Pages check the role on the server, like the API: the anonymous visitor is sent to sign in
// (or to the one-time setup while nobody exists) and comes back afterwards; a role without the
// permission gets the 403 page.

/** The signed-in user of this request, read once per render. */
export const pageUser = cache(async (): Promise<UserPrincipal | null> => {
  const principal = await principalOf(await headers());
  return principal?.kind === "user" ? principal : null;
});

export async function requirePage(permission: Permission, returnTo: string): Promise<UserPrincipal> {
  const user = await pageUser();
  if (!user) {
    if (await needsSetup()) redirect("/setup");
    redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  }
  if (!can(user, permission)) forbidden();
  return user;
}
