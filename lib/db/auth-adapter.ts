import "server-only";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import type { Db } from "./client";
import { accounts, sessions, users, verifications } from "./schema";

/** better-auth's storage: its four models on our tables (lib/db/auth-schema.ts). */
export function authAdapter(db: Db) {
  return drizzleAdapter(db, {
    provider: "sqlite",
    schema: { user: users, session: sessions, account: accounts, verification: verifications },
  });
}
