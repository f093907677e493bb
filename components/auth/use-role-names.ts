"use client";

import { useFormatter, useTranslations } from "use-intl";
import type { Role } from "@/lib/access/roles";

/** The roles as the reader says them: "Designer and Approver", "设计师和审核人". */
export function useRoleNames(roles: readonly Role[]): string {
  const t = useTranslations("auth.roles");
  const format = useFormatter();
  return format.list(
    roles.map((role) => t(role)),
    { type: "conjunction" },
  );
}
