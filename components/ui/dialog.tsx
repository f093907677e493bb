"use client";

import { useEffect, useRef, type ReactNode, type SyntheticEvent } from "react";

const SIZES = {
  md: "m-auto w-[calc(100%-2rem)] max-w-md rounded-lg bg-white shadow-xl",
  wide: "m-auto w-[calc(100%-2rem)] max-w-2xl rounded-lg bg-white shadow-xl",
  // A right-side panel, as wide as a table of variables needs.
  drawer: "m-0 ml-auto h-dvh max-h-none w-[min(72rem,100vw)] max-w-none overflow-hidden bg-slate-50 shadow-2xl",
} as const;

/**
 * A modal on the native <dialog>: the browser traps focus, closes on Escape and gives focus back
 * to the control that opened it.
 */
export function Dialog(props: { open: boolean; onClose: () => void; labelledBy: string; children: ReactNode; size?: keyof typeof SIZES }) {
  const ref = useRef<HTMLDialogElement>(null);
  const { open, onClose } = props;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // React passes a nested dialog's close and cancel events up the component tree (a confirmation
  // inside the settings drawer); only a dialog's own events close it.
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
      className={`p-0 text-slate-900 ${SIZES[props.size ?? "md"]}`}
    >
      {open ? props.children : null}
    </dialog>
  );
}
