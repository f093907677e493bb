"use client";

import { useState } from "react";

/**
 * React keys for rows named by something the user can rename (variables). A renamed row keeps its
 * key, so it is not remounted and focus stays where the user put it (Tab from the name field to
 * the label commits the rename on blur).
 */
export function useRenameKeys() {
  const [aliases, setAliases] = useState<Record<string, string>>({});
  const taken = new Set(Object.values(aliases));
  return {
    // "+" never starts a variable name, so a fresh key cannot clash with a kept one.
    keyOf: (name: string) => aliases[name] ?? (taken.has(name) ? `+${name}` : name),
    renamed(from: string, to: string) {
      setAliases((current) => {
        const { [from]: key = from, ...rest } = current;
        return { ...rest, [to]: key };
      });
    },
  };
}
