"use client";

import { useCallback, useEffect, useState } from "react";
import { ApiFailure, callApi } from "@/lib/api/client";
import type { DeliveryJson } from "@/lib/api/webhooks";

export type DeliveriesState = { phase: "loading" } | { phase: "failed"; message: string | null } | { phase: "ready"; deliveries: DeliveryJson[] };

/** While anything is still pending the log asks again this often, so retries show as they happen. */
const POLL_MS = 3000;

/** A webhook's delivery log, read when it is opened, again on refresh, and while deliveries are pending. */
export function useDeliveries(webhookId: string) {
  const [state, setState] = useState<DeliveriesState>({ phase: "loading" });
  const [tick, setTick] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    callApi<{ deliveries: DeliveryJson[] }>(`/api/v1/webhooks/${encodeURIComponent(webhookId)}/deliveries`, { signal: controller.signal }).then(
      ({ deliveries }) => setState({ phase: "ready", deliveries }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ phase: "failed", message: error instanceof ApiFailure && !error.isNetwork ? error.message : null });
      },
    );
    return () => controller.abort();
  }, [webhookId, tick]);

  const pending = state.phase === "ready" && state.deliveries.some((d) => d.status === "pending");
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setTick((n) => n + 1), POLL_MS);
    return () => clearTimeout(timer);
  }, [pending, state]);

  // Refreshing keeps the rows on screen until the new answer replaces them.
  const refresh = useCallback(() => setTick((n) => n + 1), []);
  return { state, refresh };
}
