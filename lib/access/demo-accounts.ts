import type { Role } from "./roles";

// One account per role for trying Huaben out: created by `npm run dev` (and HUABEN_DEMO_ACCOUNTS=1),
// listed in the README, used by the end-to-end tests and benchmarks.
export const DEMO_PASSWORD = "huaben-demo";

export const DEMO_ACCOUNTS = {
  designer: { email: "designer@huaben.local", name: "Demo designer 设计师", roles: ["designer"] },
  approver: { email: "approver@huaben.local", name: "Demo approver 审核人", roles: ["approver"] },
  admin: { email: "admin@huaben.local", name: "Demo admin 管理员", roles: ["admin"] },
} as const satisfies Record<Role, { email: string; name: string; roles: Role[] }>;
