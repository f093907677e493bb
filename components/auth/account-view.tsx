"use client";

import type { ReactNode } from "react";
import { useTranslations } from "use-intl";
import type { SessionUserJson } from "@/lib/api/access";
import { ChangePasswordForm } from "./change-password-form";
import { useRoleNames } from "./use-role-names";

/** /account: who the user is (an admin changes name and roles) and their password. */
export function AccountView({ user }: { user: SessionUserJson }) {
  const t = useTranslations("auth.account");
  const roles = useRoleNames(user.roles);
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-2xl font-semibold text-slate-900">{t("heading")}</h1>
      <dl className="mt-6 grid gap-x-6 gap-y-4 rounded-lg border border-slate-200 bg-white px-6 py-5 sm:grid-cols-[8rem_minmax(0,1fr)]">
        <Fact label={t("name")}>{user.name}</Fact>
        <Fact label={t("email")}>
          <span className="break-all">{user.email}</span>
        </Fact>
        <Fact label={t("roles")}>
          {roles}
          <span className="ml-2 text-xs text-slate-500">{t("rolesHint")}</span>
        </Fact>
      </dl>
      <div className="mt-6">
        <ChangePasswordForm />
      </div>
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-sm font-medium text-slate-500">{label}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </>
  );
}
