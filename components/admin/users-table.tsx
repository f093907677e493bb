"use client";

import { useId } from "react";
import { useFormatter, useTranslations } from "use-intl";
import type { UserJson } from "@/lib/api/access";
import { Button } from "@/components/ui/button";
import { RoleChips } from "./roles";
import { DataTable } from "@/components/ui/data-table";

export type UserActions = {
  onEdit: (user: UserJson) => void;
  onResetPassword: (user: UserJson) => void;
  onSetActive: (user: UserJson, active: boolean) => void;
};

export function UsersTable({ users, selfId, ...actions }: { users: UserJson[]; selfId: string | null } & UserActions) {
  const t = useTranslations("admin.users");
  return (
    <DataTable caption={t("tableCaption")} columns={[t("colName"), t("colRoles"), t("colStatus"), t("colLastSeen"), t("colCreated")]} actions={t("colActions")}>
      {users.map((user) => (
        <UserRow key={user.id} user={user} self={user.id === selfId} {...actions} />
      ))}
    </DataTable>
  );
}

function UserRow({ user, self, onEdit, onResetPassword, onSetActive }: { user: UserJson; self: boolean } & UserActions) {
  const t = useTranslations("admin");
  const format = useFormatter();
  const selfHintId = useId();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  return (
    <tr className={user.active ? "hover:bg-slate-50/60" : "bg-slate-50 text-slate-500"}>
      <th scope="row" className="px-4 py-3 text-left font-normal">
        <span className={`font-medium ${user.active ? "text-slate-900" : "text-slate-600"}`}>{user.name}</span>
        {self ? <span className="ml-2 rounded bg-blue-50 px-1.5 py-0.5 text-[11px] font-medium text-blue-800 ring-1 ring-blue-200 ring-inset">{t("users.you")}</span> : null}
        <div className="text-xs text-slate-500">{user.email}</div>
      </th>
      <td className="px-4 py-3">
        <RoleChips roles={user.roles} />
      </td>
      <td className="px-4 py-3 whitespace-nowrap">
        {user.active ? (
          <span className="inline-flex items-center gap-1.5 text-emerald-800">
            <span aria-hidden className="size-1.5 rounded-full bg-emerald-500" />
            {t("users.active")}
          </span>
        ) : (
          <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs text-slate-700">{t("users.deactivated")}</span>
        )}
      </td>
      <td className="px-4 py-3 whitespace-nowrap text-slate-600">
        {user.lastSeenAt ? <time dateTime={user.lastSeenAt}>{when(user.lastSeenAt)}</time> : t("never")}
      </td>
      <td className="px-4 py-3 whitespace-nowrap text-slate-600">
        <time dateTime={user.createdAt}>{when(user.createdAt)}</time>
      </td>
      <td className="px-4 py-3">
        <div className="flex justify-end gap-1">
          <Button size="sm" variant="ghost" onClick={() => onEdit(user)} aria-label={t("users.editLabel", { name: user.name })}>
            {t("users.edit")}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => onResetPassword(user)} aria-label={t("users.resetPasswordLabel", { name: user.name })}>
            {t("users.resetPassword")}
          </Button>
          {user.active ? (
            <>
              <Button
                size="sm"
                variant="danger"
                disabled={self}
                title={self ? t("users.cannotDeactivateSelf") : undefined}
                aria-describedby={self ? selfHintId : undefined}
                onClick={() => onSetActive(user, false)}
                aria-label={t("users.deactivateLabel", { name: user.name })}
              >
                {t("users.deactivate")}
              </Button>
              {self ? (
                <span id={selfHintId} className="sr-only">
                  {t("users.cannotDeactivateSelf")}
                </span>
              ) : null}
            </>
          ) : (
            <Button size="sm" variant="ghost" onClick={() => onSetActive(user, true)} aria-label={t("users.reactivateLabel", { name: user.name })}>
              {t("users.reactivate")}
            </Button>
          )}
        </div>
      </td>
    </tr>
  );
}
