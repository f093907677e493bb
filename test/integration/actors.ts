import type { Role } from "@/lib/access/roles";
import { createUser } from "@/lib/server/access/users";
import { createApiToken } from "@/lib/server/access/tokens";
import { cookieOf } from "./sign-in-as";

// Everyone the authorisation rules distinguish, each with the headers their requests carry.

export const WHO = ["anonymous", "designer", "approver", "admin", "token"] as const;
export type Who = (typeof WHO)[number];

export const PASSWORD = "correct horse battery";

export type Actors = Record<Who, Record<string, string>> & { ids: Record<Role, string> };

export async function makeActors(): Promise<Actors> {
  const roles: Role[] = ["designer", "approver", "admin"];
  const made = await Promise.all(
    roles.map(async (role) => {
      const email = `${role}@huaben.test`;
      const { user } = await createUser(null, { email, name: role, roles: [role], password: PASSWORD });
      return { role, id: user.id, cookie: await cookieOf(email, PASSWORD) };
    }),
  );
  const admin = made.find((m) => m.role === "admin")!;
  const { token } = createApiToken({ kind: "user", id: admin.id, email: "admin@huaben.test", name: "admin", roles: ["admin"] }, "agent desk");
  const headers = Object.fromEntries(made.map((m) => [m.role, { cookie: m.cookie }]));
  return {
    anonymous: {},
    designer: headers.designer!,
    approver: headers.approver!,
    admin: headers.admin!,
    token: { authorization: `Bearer ${token}` },
    ids: Object.fromEntries(made.map((m) => [m.role, m.id])) as Record<Role, string>,
  };
}
