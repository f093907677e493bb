"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import type { UserJson } from "@/lib/api/access";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { NoticeBar } from "@/components/ui/notice-bar";
import { useNotice } from "@/components/ui/use-notice";
import { useSessionUser } from "@/components/shell/session-context";
import { AdminFrame } from "./admin-frame";
import { CreateUserDialog } from "./create-user-dialog";
import { EditUserDialog } from "./edit-user-dialog";
import { LoadFailed, TableSkeleton } from "./page-states";
import { ResetPasswordDialog } from "./reset-password-dialog";
import { SetActiveDialog, type ActiveChange } from "./set-active-dialog";
import { UsersTable } from "./users-table";
import { useApiData } from "./use-api-data";

/** /admin/users: everyone who can sign in, their roles, and the dialogs that change them. */
export function UsersView() {
  const t = useTranslations("admin.users");
  const self = useSessionUser();
  const { state, retry, update } = useApiData<{ users: UserJson[] }>("/api/v1/users");
  const { notice, show, dismiss } = useNotice();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserJson | null>(null);
  const [activeChange, setActiveChange] = useState<ActiveChange | null>(null);
  const [resetting, setResetting] = useState<UserJson | null>(null);

  // Writes answer with the user as it now is; the row is replaced (or added) in place.
  const put = (user: UserJson) =>
    update(({ users }) => ({ users: users.some((u) => u.id === user.id) ? users.map((u) => (u.id === user.id ? user : u)) : [...users, user] }));

  const newUser = (
    <Button variant="primary" onClick={() => setCreating(true)}>
      {t("newUser")}
    </Button>
  );
  return (
    <AdminFrame heading={t("heading")} intro={t("intro")} aside={state.phase === "ready" ? t("count", { count: state.data.users.length }) : null} action={newUser}>
      <NoticeBar notice={notice} onDismiss={dismiss} />
      {state.phase === "loading" ? <TableSkeleton label={t("loading")} /> : null}
      {state.phase === "failed" ? <LoadFailed message={state.message} onRetry={retry} /> : null}
      {state.phase === "ready" && state.data.users.length === 0 ? <EmptyState title={t("emptyTitle")} body={t("emptyBody")} action={newUser} /> : null}
      {state.phase === "ready" && state.data.users.length > 0 ? (
        <UsersTable
          users={state.data.users}
          selfId={self?.id ?? null}
          onEdit={setEditing}
          onResetPassword={setResetting}
          onSetActive={(user, active) => setActiveChange({ user, active })}
        />
      ) : null}

      <CreateUserDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(user) => {
          put(user);
          show({ tone: "info", text: t("createdNotice", { email: user.email }) });
        }}
      />
      <EditUserDialog
        user={editing}
        onClose={() => setEditing(null)}
        onSaved={(user) => {
          put(user);
          setEditing(null);
          show({ tone: "info", text: t("savedNotice", { name: user.name }) });
        }}
      />
      <SetActiveDialog
        change={activeChange}
        onClose={() => setActiveChange(null)}
        onDone={(user) => {
          put(user);
          setActiveChange(null);
          show({ tone: "info", text: t(user.active ? "reactivatedNotice" : "deactivatedNotice", { name: user.name }) });
        }}
      />
      <ResetPasswordDialog
        user={resetting}
        onClose={() => setResetting(null)}
        onReset={(user) => {
          put(user);
          show({ tone: "info", text: t("passwordResetNotice", { name: user.name }) });
        }}
      />
    </AdminFrame>
  );
}
