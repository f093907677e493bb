import "server-only";
import { getDb } from "../../db/client";
import { countUsers } from "../../db/users-repo";
import { AppError } from "../errors";
import { ensureAccounts } from "./bootstrap";
import { signIn, type SignedIn } from "./sign-in";
import { createUser } from "./users";

/** True until the first user exists: the one-time setup page is open only then. */
export async function needsSetup(): Promise<boolean> {
  await ensureAccounts();
  return countUsers(getDb()) === 0;
}

/** Creates the first admin and signs them in; refused once anyone exists. */
export async function createFirstAdmin(input: { email: string; name: string; password: string }, headers: Headers): Promise<SignedIn> {
  if (!(await needsSetup())) throw new AppError("setup-done");
  await createUser(null, { ...input, roles: ["admin"] });
  return signIn({ email: input.email, password: input.password }, headers);
}
