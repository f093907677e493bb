"use client";

import { useId, type ReactNode } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

const TONES = {
  danger: "bg-red-600 hover:bg-red-700 disabled:bg-red-300",
  primary: "bg-blue-600 hover:bg-blue-700 disabled:bg-blue-300",
} as const;

type Question = {
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  error: string | null;
  tone?: keyof typeof TONES;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * A question before a write that cannot simply be undone. Cancel has the focus, so Enter does
 * not confirm by accident; the server's refusal is shown inside the dialog.
 */
export function ConfirmDialog({ open, heading, ...question }: Question & { open: boolean; heading: string }) {
  const headingId = useId();
  return (
    <Dialog open={open} onClose={question.onCancel} labelledBy={headingId}>
      <DialogHeading id={headingId}>{heading}</DialogHeading>
      <ConfirmBody {...question} />
    </Dialog>
  );
}

export function DialogHeading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h2 id={id} className="border-b border-slate-200 px-6 py-4 text-lg font-semibold">
      {children}
    </h2>
  );
}

/** The body and buttons of a confirmation, for dialogs that go on to show a result. */
export function ConfirmBody(props: Question) {
  const t = useTranslations("common");
  return (
    <>
      <div className="space-y-3 px-6 py-4 text-sm text-slate-700">
        {props.children}
        {props.error ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-red-800 ring-1 ring-red-200">
            {props.error}
          </p>
        ) : null}
      </div>
      <div className="flex justify-end gap-2 border-t border-slate-200 px-6 py-3">
        <Button autoFocus onClick={props.onCancel}>
          {t("cancel")}
        </Button>
        <button
          type="button"
          disabled={props.busy}
          onClick={props.onConfirm}
          className={`inline-flex items-center justify-center rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap text-white disabled:cursor-not-allowed ${TONES[props.tone ?? "danger"]}`}
        >
          {props.busy ? props.busyLabel : props.confirmLabel}
        </button>
      </div>
    </>
  );
}
