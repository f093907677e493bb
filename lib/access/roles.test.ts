import { describe, expect, it } from "vitest";
import { can } from "./principal";
import { parseRoles, PERMISSIONS, rolesCan, type Permission, type Role } from "./roles";

const user = (...roles: Role[]) => ({ kind: "user" as const, id: "u", email: "u@x.test", name: "u", roles });
const token = { kind: "token" as const, id: "t", name: "desk" };

describe("roles", () => {
  it("reads better-auth's comma-separated roles, dropping unknown names, in a stable order", () => {
    expect(parseRoles("approver,designer")).toEqual(["designer", "approver"]);
    expect(parseRoles(" admin , user ")).toEqual(["admin"]);
    expect(parseRoles(null)).toEqual([]);
    expect(parseRoles("")).toEqual([]);
  });

  it("lets a designer edit copy and rules but not manage people", () => {
    expect(can(user("designer"), "scripts.edit")).toBe(true);
    expect(can(user("designer"), "rules.edit")).toBe(true);
    expect(can(user("designer"), "users.manage")).toBe(false);
    expect(can(user("designer"), "audit.read")).toBe(false);
  });

  it("never lets an approver edit copy", () => {
    expect(can(user("approver"), "scripts.read")).toBe(true);
    expect(can(user("approver"), "scripts.edit")).toBe(false);
    expect(can(user("approver"), "rules.edit")).toBe(false);
  });

  it("gives a user with several roles the union of them", () => {
    expect(can(user("approver", "designer"), "scripts.edit")).toBe(true);
    expect(rolesCan(["approver"], "scripts.edit")).toBe(false);
  });

  it("lets an admin do everything", () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) expect(can(user("admin"), permission)).toBe(true);
  });

  it("lets a token only read published scripts, and nobody nothing", () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
      expect(can(token, permission)).toBe(permission === "published.read");
      expect(can(null, permission)).toBe(false);
    }
  });

  it("gives a user without roles nothing", () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) expect(can(user(), permission)).toBe(false);
  });
});
