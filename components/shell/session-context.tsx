"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { SessionUserJson } from "@/lib/api/access";
import { can } from "@/lib/access/principal";
import type { Permission } from "@/lib/access/roles";

// The signed-in user, read on the server by the root layout. The browser uses it only to show
// what the user may do; every request is checked again on the server.
const SessionContext = createContext<SessionUserJson | null>(null);

export function SessionProvider({ user, children }: { user: SessionUserJson | null; children: ReactNode }) {
  return <SessionContext.Provider value={user}>{children}</SessionContext.Provider>;
}

export function useSessionUser(): SessionUserJson | null {
  return useContext(SessionContext);
}

/** Whether the signed-in user's roles allow `permission` (false for nobody). */
export function useCan(permission: Permission): boolean {
  const user = useSessionUser();
  return can(user && { kind: "user", ...user }, permission);
}
