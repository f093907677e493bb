import "server-only";
import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { admin } from "better-auth/plugins/admin";
import { adminAc, defaultStatements } from "better-auth/plugins/admin/access";
import { createAccessControl } from "better-auth/plugins/access";
import { authAdapter } from "../../db/auth-adapter";
import { getDb, type Db } from "../../db/client";
import { settingOrCreate } from "../../db/settings-repo";

// better-auth does the password hashing, sessions and cookies. Its HTTP handler is not mounted:
// every call goes through our own routes (lib/server/access/*), so there is no open sign-up, and
// throttling, audit and error messages are ours. The admin plugin refuses deactivated ("banned")
// users at sign-in and creates users server-side.

const SESSION_DAYS = 7;
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;
const SECRET_KEY = "auth.secret";

// The admin plugin's own permissions only matter for its endpoints we call with a session
// (setting a password); roles and permissions of Huaben itself are in lib/access/roles.ts.
const ac = createAccessControl(defaultStatements);
const pluginRoles = {
  admin: adminAc,
  designer: ac.newRole({ user: [], session: [] }),
  approver: ac.newRole({ user: [], session: [] }),
};

function createAuth(db: Db) {
  return betterAuth({
    appName: "Huaben",
    secret: authSecret(db),
    ...(process.env.HUABEN_URL ? { baseURL: process.env.HUABEN_URL } : {}),
    database: authAdapter(db),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    session: { expiresIn: SESSION_DAYS * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    // Failed sign-ins are throttled by lib/access/sign-in-throttle (per email and address);
    // better-auth's limiter counts every request to a path and needs a proxy's address header.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    // Its one routine warning is about the unset base URL, which nothing here needs (no handler
    // is mounted, no callbacks); real failures still reach the server log.
    logger: { level: "error" },
    advanced: {
      cookiePrefix: "huaben",
      // Secure cookies only where the app is served over https, or a plain-http intranet install
      // could never keep a session.
      useSecureCookies: (process.env.HUABEN_URL ?? "").startsWith("https://"),
    },
    plugins: [admin({ ac, roles: pluginRoles, defaultRole: "designer", adminRoles: ["admin"] })],
  });
}

export type Auth = ReturnType<typeof createAuth>;

// One instance per database handle: tests switch database files between cases.
const holder = globalThis as typeof globalThis & { __huabenAuth?: { db: Db; auth: Auth } };

export function getAuth(): Auth {
  const db = getDb();
  if (holder.__huabenAuth?.db !== db) holder.__huabenAuth = { db, auth: createAuth(db) };
  return holder.__huabenAuth.auth;
}

/**
 * BETTER_AUTH_SECRET when set; otherwise a random secret made on first start and kept in the
 * database, so the two-command start needs no configuration and sessions survive restarts.
 */
function authSecret(db: Db): string {
  return process.env.BETTER_AUTH_SECRET || settingOrCreate(db, SECRET_KEY, () => randomBytes(32).toString("base64url"));
}
