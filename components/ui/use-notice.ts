"use client";

import { useCallback, useState } from "react";

/** A one-line report of what just happened, optionally with a way to take it back. */
export type Notice = { tone: "info" | "error"; text: string; undo?: () => void };

export function useNotice() {
  const [notice, setNotice] = useState<Notice | null>(null);
  const dismiss = useCallback(() => setNotice(null), []);
  return { notice, show: setNotice, dismiss };
}
