"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "use-intl";
import type { SessionUserJson } from "@/lib/api/access";
import { useRoleNames } from "@/components/auth/use-role-names";
import { useSignOut } from "./use-sign-out";

const ITEMS = "a[href], button";

/**
 * The signed-in user's name; it opens a panel with their email and roles, the account page and
 * signing out. A disclosure rather than an ARIA menu, because the panel also holds plain text:
 * Tab and the arrow keys move between its two actions, Escape closes it and gives the focus back
 * to the button, and it closes when the focus or a click goes elsewhere.
 */
export function UserMenu({ user }: { user: SessionUserJson }) {
  const t = useTranslations("auth.menu");
  const roles = useRoleNames(user.roles);
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const { signOut, busy, error } = useSignOut();

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>(ITEMS)?.focus();
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open]);

  function onKeyDown(event: KeyboardEvent) {
    if (!open) return;
    if (event.key === "Escape") {
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const items = [...(panel.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];
    if (items.length === 0) return;
    event.preventDefault();
    const at = items.indexOf(document.activeElement as HTMLElement);
    const step = event.key === "ArrowDown" ? 1 : -1;
    items[(at + step + items.length) % items.length]?.focus();
  }

  return (
    <div
      ref={root}
      className="relative"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (open && !root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className="flex max-w-64 items-center gap-2 rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 aria-expanded:bg-slate-100"
      >
        <span aria-hidden className="flex size-7 shrink-0 items-center justify-center rounded-full bg-slate-800 text-xs font-semibold text-white">
          {initialOf(user.name)}
        </span>
        <span className="truncate">{user.name}</span>
        <span aria-hidden className="text-xs text-slate-400">
          ▾
        </span>
      </button>
      <div
        ref={panel}
        id={panelId}
        hidden={!open}
        className="absolute right-0 z-50 mt-1 w-72 rounded-lg border border-slate-200 bg-white py-2 text-sm shadow-lg"
      >
        <div className="border-b border-slate-100 px-4 pt-1 pb-3">
          <p className="text-xs text-slate-500">{t("signedInAs")}</p>
          <p className="font-medium break-all text-slate-900">{user.email}</p>
          <p className="mt-1 text-xs text-slate-600">
            {t("roles", { roles })}
          </p>
        </div>
        <ul className="pt-1">
          <li>
            <Link href="/account" onClick={() => setOpen(false)} className="block px-4 py-2 text-slate-700 hover:bg-slate-50 focus-visible:bg-slate-50">
              {t("account")}
            </Link>
          </li>
          <li>
            {/* aria-disabled, not disabled: a disabled button drops the focus and the panel would close. */}
            <button
              type="button"
              aria-disabled={busy}
              onClick={() => {
                if (!busy) void signOut();
              }}
              className="block w-full px-4 py-2 text-left text-slate-700 hover:bg-slate-50 focus-visible:bg-slate-50 aria-disabled:text-slate-400"
            >
              {busy ? t("signingOut") : t("signOut")}
            </button>
          </li>
        </ul>
        {error ? (
          <p role="alert" className="mx-4 mt-1 text-xs text-red-700">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** The first letter or character of the name, for the round badge. */
function initialOf(name: string): string {
  return Array.from(name.trim())[0]?.toUpperCase() ?? "?";
}
