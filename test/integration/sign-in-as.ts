import type { Role } from "@/lib/access/roles";
import { signIn } from "@/lib/server/access/sign-in";
import { createUser } from "@/lib/server/access/users";

// Integration tests act as a real signed-in user: created through the same use case the users
// page calls, signed in with a password, and the session cookie sent with every request after.

let cookie: string | undefined;

/** The Cookie header requests carry, if someone is signed in. */
export function sessionCookie(): string | undefined {
  return cookie;
}

export function signOutLocally(): void {
  cookie = undefined;
}

let counter = 0;

/** Creates a user with these roles and signs them in; later requests carry their session. */
export async function signInAs(roles: Role[], email = `${roles.join("-") || "nobody"}-${++counter}@huaben.test`): Promise<{ email: string; cookie: string }> {
  const password = "correct horse battery";
  await createUser(null, { email, name: email.split("@")[0]!, roles, password });
  cookie = await cookieOf(email, password);
  return { email, cookie };
}

/** Signs in an existing user and returns the Cookie header for their session. */
export async function cookieOf(email: string, password: string): Promise<string> {
  const { cookies } = await signIn({ email, password }, new Headers());
  return cookies.map((c) => c.split(";")[0]).join("; ");
}
