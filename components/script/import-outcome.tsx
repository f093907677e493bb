"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import type { ImportOutcome } from "./use-file-import";

// Long issue lists scroll inside the box rather than pushing the page down.
const ISSUES = "mt-2 max-h-64 list-decimal space-y-1 overflow-y-auto pl-6 text-[13px]";

/** How an import went: in progress, done, or refused with every problem and where it is in the file. */
export function ImportOutcomeView({ outcome, onDismiss }: { outcome: ImportOutcome; onDismiss: () => void }) {
  const t = useTranslations("versions.overview");
  const router = useRouter();
  if (outcome.phase === "idle") return null;
  if (outcome.phase === "busy") return <div className="mt-3"><Spinner label={t("importing", { file: outcome.file })} /></div>;
  if (outcome.phase === "done") {
    return (
      <div role="status" className="mt-3 flex items-center gap-3 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
        <span className="flex-1">{t("imported", { file: outcome.file, revision: outcome.revision })}</span>
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          {t("dismiss")}
        </Button>
      </div>
    );
  }
  return (
    <div role="alert" className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-900 ring-1 ring-red-200">
      <div className="flex items-start gap-3">
        <p className="flex-1">{outcome.message}</p>
        {outcome.conflict ? (
          <Button
            size="sm"
            onClick={() => {
              onDismiss();
              router.refresh();
            }}
          >
            {t("reload")}
          </Button>
        ) : null}
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          {t("dismiss")}
        </Button>
      </div>
      {outcome.issues.length > 0 ? (
        <ol className={ISSUES} aria-label={outcome.message}>
          {outcome.issues.map((issue, i) => (
            <li key={i}>
              <code className="rounded bg-white px-1 font-mono text-xs text-red-800 ring-1 ring-red-200">{issue.path}</code> <span>{issue.message}</span>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
