"use client";

import { useEffect, useRef, type ReactNode, type SyntheticEvent } from "react";

/**
 * A right-side drawer on the native <dialog> (modal): the browser traps focus, Escape closes it and
 * focus returns to the control that opened it. Wider than components/ui/dialog.tsx allows, which
 * the variables table needs.
 */
export function SettingsDrawer(props: { open: boolean; onClose: () => void; labelledBy: string; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const { open, onClose } = props;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // React passes a nested dialog's close and cancel events up the component tree (a confirmation
  // inside the drawer); only the drawer's own events close the drawer.
  const own = (event: SyntheticEvent) => event.target === event.currentTarget;

  return (
    <dialog
      ref={ref}
      aria-labelledby={props.labelledBy}
      onClose={(event) => {
        if (own(event)) onClose();
      }}
      onCancel={(event) => {
        if (!own(event)) return;
        event.preventDefault();
        onClose();
      }}
      className="m-0 ml-auto h-dvh max-h-none w-[min(72rem,100vw)] max-w-none overflow-hidden bg-slate-50 p-0 text-slate-900 shadow-2xl"
    >
      {open ? props.children : null}
    </dialog>
  );
}
