"use client";

import { useTranslations } from "use-intl";
import { CopyButton } from "./copy-button";

/**
 * A secret the server sends once (a temporary password, an API token): in full, selectable,
 * with a copy button and a warning that it will not be shown again.
 */
export function OneTimeSecret({ label, value }: { label: string; value: string }) {
  const t = useTranslations("admin.oneTime");
  return (
    <div>
      <div className="flex items-center gap-2 rounded-md border border-amber-300 bg-amber-50 p-2 pl-3">
        <code className="min-w-0 flex-1 font-mono text-sm break-all text-slate-900 select-all" data-secret>
          {value}
        </code>
        <CopyButton text={value} what={label} />
      </div>
      <p className="mt-2 flex items-start gap-1.5 text-xs font-medium text-amber-800">
        <span aria-hidden>⚠</span>
        {t("warning")}
      </p>
    </div>
  );
}
