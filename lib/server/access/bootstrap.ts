import "server-only";
import { getAuth } from "./auth";
import { getDb, type Db } from "../../db/client";
import { findUserIdByEmail } from "../../db/users-repo";
import type { Role } from "../../access/roles";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../access/demo-accounts";

// Accounts that exist before anyone signs in: the admin named by HUABEN_ADMIN_EMAIL and
// HUABEN_ADMIN_PASSWORD, and, in development (`npm run dev`) or with HUABEN_DEMO_ACCOUNTS=1, one
// demo account per role (README). Made once per database, before the first session is read.


const holder = globalThis as typeof globalThis & { __huabenAccounts?: { db: Db; ready: Promise<void> } };

export function ensureAccounts(): Promise<void> {
  const db = getDb();
  if (holder.__huabenAccounts?.db !== db) holder.__huabenAccounts = { db, ready: createAccounts(db) };
  return holder.__huabenAccounts.ready;
}

function wantsDemoAccounts(): boolean {
  const flag = process.env.HUABEN_DEMO_ACCOUNTS;
  return flag === "1" || (flag !== "0" && process.env.NODE_ENV === "development");
}

async function createAccounts(db: Db): Promise<void> {
  const wanted: { email: string; name: string; roles: Role[]; password: string }[] = [];
  const adminEmail = process.env.HUABEN_ADMIN_EMAIL?.trim().toLowerCase();
  const adminPassword = process.env.HUABEN_ADMIN_PASSWORD;
  if (adminEmail && adminPassword) wanted.push({ email: adminEmail, name: adminEmail.split("@")[0]!, roles: ["admin"], password: adminPassword });
  if (wantsDemoAccounts()) wanted.push(...Object.values(DEMO_ACCOUNTS).map((a) => ({ ...a, roles: [...a.roles], password: DEMO_PASSWORD })));
  for (const account of wanted) {
    if (findUserIdByEmail(db, account.email)) continue;
    await getAuth().api.createUser({ body: { email: account.email, name: account.name, password: account.password, role: account.roles } });
  }
}
