"use client";

import { useSyncExternalStore } from "react";

// Apple keyboards write Ctrl+S as ⌘S, and Monaco binds "Tab moves focus" to Ctrl+Shift+M there.
const isApple = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
const never = () => () => undefined;

/** Key names for the hints, per platform; the server (and hydration) assume Windows/Linux. */
export function useShortcuts(): { apply: string; tabFocus: string } {
  const apple = useSyncExternalStore(never, isApple, () => false);
  return apple ? { apply: "⌘S", tabFocus: "⌃⇧M" } : { apply: "Ctrl+S", tabFocus: "Ctrl+M" };
}
