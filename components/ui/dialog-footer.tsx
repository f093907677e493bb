"use client";

import { useTranslations } from "use-intl";
import { Button } from "./button";

/** Cancel and a submit button that says what it is doing while busy. */
export function DialogFooter(props: { onCancel: () => void; busy: boolean; submitLabel: string; busyLabel: string }) {
  const t = useTranslations("common");
  return (
    <div className="flex justify-end gap-2 border-t border-slate-200 px-6 py-3">
      <Button onClick={props.onCancel}>{t("cancel")}</Button>
      <Button type="submit" variant="primary" disabled={props.busy}>
        {props.busy ? props.busyLabel : props.submitLabel}
      </Button>
    </div>
  );
}
