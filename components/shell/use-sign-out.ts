"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { ApiFailure, callApi } from "@/lib/api/client";
import { useGoAfterSessionChange } from "./use-go-after-session-change";

/** Ends the session and goes to the sign-in page; a session that had already ended counts as done. */
export function useSignOut() {
  const t = useTranslations();
  const { go, navigating } = useGoAfterSessionChange();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function signOut() {
    setSending(true);
    setError(null);
    try {
      await callApi("/api/v1/session", { method: "DELETE" });
    } catch (failure) {
      if (!(failure instanceof ApiFailure) || failure.status !== 401) {
        setSending(false);
        setError(t("auth.menu.signOutFailed", { message: failure instanceof ApiFailure && !failure.isNetwork ? failure.message : t("errors.network") }));
        return;
      }
    }
    go("/sign-in");
  }

  return { signOut, busy: sending || navigating, error };
}
