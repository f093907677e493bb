"use client";

import { useId } from "react";
import { useTranslations } from "use-intl";
import { ROLES, type Role } from "@/lib/access/roles";

const TONES: Record<Role, string> = {
  designer: "bg-sky-50 text-sky-800 ring-sky-200",
  approver: "bg-amber-50 text-amber-800 ring-amber-200",
  admin: "bg-violet-50 text-violet-800 ring-violet-200",
};

export function RoleChips({ roles }: { roles: readonly Role[] }) {
  const t = useTranslations("admin.roles");
  return (
    <ul className="flex flex-wrap gap-1">
      {roles.map((role) => (
        <li key={role} className={`rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${TONES[role]}`}>
          {t(role)}
        </li>
      ))}
    </ul>
  );
}

/** One checkbox per role with what it allows; the caller insists on at least one. */
export function RoleCheckboxes(props: { value: readonly Role[]; onChange: (roles: Role[]) => void; error?: string | null }) {
  const t = useTranslations("admin");
  const hintId = useId();
  const errorId = useId();
  const toggle = (role: Role, on: boolean) => props.onChange(ROLES.filter((r) => (r === role ? on : props.value.includes(r))));
  return (
    <fieldset aria-describedby={`${hintId}${props.error ? ` ${errorId}` : ""}`}>
      <legend className="text-sm font-medium text-slate-800">{t("userForm.roles")}</legend>
      <p id={hintId} className="text-xs text-slate-500">
        {t("userForm.rolesHint")}
      </p>
      <div className="mt-2 space-y-1.5">
        {ROLES.map((role) => (
          <label key={role} className="flex cursor-pointer items-start gap-2.5 rounded-md border border-slate-200 px-3 py-2 has-checked:border-blue-500 has-checked:bg-blue-50/60">
            <input type="checkbox" className="mt-0.5" checked={props.value.includes(role)} onChange={(e) => toggle(role, e.target.checked)} />
            <span>
              <span className="block text-sm font-medium text-slate-900">{t(`roles.${role}`)}</span>
              <span className="block text-xs text-slate-600">{t(`roleHints.${role}`)}</span>
            </span>
          </label>
        ))}
      </div>
      {props.error ? (
        <p id={errorId} role="alert" className="mt-1 text-xs text-red-700">
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}
