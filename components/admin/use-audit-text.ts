"use client";

import { useCallback, useMemo } from "react";
import { useFormatter, useTranslations } from "use-intl";
import type { AuditEntryJson } from "@/lib/api/access";
import { actorName, describeAudit, type AuditWords } from "@/lib/access/audit-messages";

/** The audit log in the reader's language: what an entry says happened, and who did it. */
export function useAuditText() {
  const t = useTranslations("admin");
  const format = useFormatter();

  const words = useMemo<AuditWords>(() => {
    const roles: AuditWords["roles"] = (list) => (list.length > 0 ? format.list(list.map((r) => t(`roles.${r}`))) : t("audit.userChanges.noRoles"));
    return {
      roles,
      change: (change) => {
        if (change.kind === "name") return t("audit.userChanges.name", { name: change.name });
        if (change.kind === "roles") return t("audit.userChanges.roles", { before: roles(change.before), after: roles(change.after) });
        return t(change.active ? "audit.userChanges.reactivated" : "audit.userChanges.deactivated");
      },
      list: (parts) => format.list(parts, { type: "unit" }),
      nothingChanged: t("audit.userChanges.nothing"),
    };
  }, [t, format]);

  const describe = useCallback(
    (entry: AuditEntryJson) => {
      const { key, values } = describeAudit(entry, words);
      return t(`audit.describe.${key}`, values);
    },
    [t, words],
  );

  const actor = useCallback(
    (label: string) => {
      const who = actorName(label);
      if (who.kind === "token") return t("audit.actorToken", { name: who.name });
      if (who.kind === "anonymous") return t("audit.actorAnonymous");
      return who.email;
    },
    [t],
  );

  return { describe, actor };
}
