"use client";

import type { ReactNode } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { OneTimeSecret } from "./one-time-secret";

/** The last step of a dialog that made a secret: what to do with it, the secret, and Done. */
export function SecretStep(props: { body: string; label: string; secret: string; children?: ReactNode; onDone: () => void }) {
  const t = useTranslations("admin.oneTime");
  return (
    <>
      <div className="space-y-4 px-6 py-5 text-sm text-slate-700">
        <p>{props.body}</p>
        <OneTimeSecret label={props.label} value={props.secret} />
        {props.children}
      </div>
      <div className="flex justify-end border-t border-slate-200 px-6 py-3">
        <Button variant="primary" autoFocus onClick={props.onDone}>
          {t("done")}
        </Button>
      </div>
    </>
  );
}
