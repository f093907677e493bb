"use client";

import { useState } from "react";
import { useErrorText } from "./error-text";

/**
 * The state of a confirm dialog whose confirmation calls the API: busy while the call runs, and
 * the server's refusal in the reader's language, shown inside the dialog.
 */
export function useConfirmedCall() {
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(call: () => Promise<void>): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await call();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, run, clear: () => setError(null) };
}
