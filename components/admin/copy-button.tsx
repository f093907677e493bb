"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";

/** Copies `text`; says so for a moment, or says to copy by hand when the clipboard refuses. */
export function CopyButton({ text, what }: { text: string; what: string }) {
  const t = useTranslations("admin.oneTime");
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (state !== "copied") return;
    const timer = setTimeout(() => setState("idle"), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <span className="inline-flex flex-col items-end">
      <Button size="sm" onClick={() => void copy()} aria-label={t("copyLabel", { what })}>
        {state === "copied" ? t("copied") : t("copy")}
      </Button>
      <span aria-live="polite" className="sr-only">
        {state === "copied" ? t("copied") : ""}
      </span>
      {state === "failed" ? (
        <span role="alert" className="mt-1 text-xs text-red-700">
          {t("copyFailed")}
        </span>
      ) : null}
    </span>
  );
}
