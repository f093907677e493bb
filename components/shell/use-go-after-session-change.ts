"use client";

import { useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";

/**
 * Goes to `href` after the session changed (signed in, set up, signed out) and refreshes, so the
 * root layout reads the new session: the header and every `useCan` follow at once.
 */
export function useGoAfterSessionChange() {
  const router = useRouter();
  const [navigating, startTransition] = useTransition();
  const go = useCallback(
    (href: string) =>
      startTransition(() => {
        router.replace(href);
        router.refresh();
      }),
    [router],
  );
  return { go, navigating };
}
