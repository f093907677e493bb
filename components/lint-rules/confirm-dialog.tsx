"use client";

import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

/** A question with one way forward and one way back; Escape and the back button both cancel. */
export function ConfirmDialog(props: {
  open: boolean;
  heading: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  busy?: { label: string } | null;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const headingId = useId();
  return (
    <Dialog open={props.open} onClose={props.onCancel} labelledBy={headingId}>
      <h2 id={headingId} className="border-b border-slate-200 px-6 py-4 text-lg font-semibold">
        {props.heading}
      </h2>
      <div className="px-6 py-4 text-sm text-slate-700">
        <p>{props.body}</p>
        {props.error ? (
          <p role="alert" className="mt-3 text-red-700">
            {props.error}
          </p>
        ) : null}
      </div>
      <div className="flex justify-end gap-2 border-t border-slate-200 px-6 py-3">
        <Button autoFocus onClick={props.onCancel}>
          {props.cancelLabel}
        </Button>
        <button
          type="button"
          disabled={Boolean(props.busy)}
          onClick={props.onConfirm}
          className="inline-flex items-center justify-center rounded-md bg-red-600 px-3 py-1.5 text-sm font-medium whitespace-nowrap text-white hover:bg-red-700 disabled:cursor-not-allowed disabled:bg-red-300"
        >
          {props.busy ? props.busy.label : props.confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
