"use client";

import { useId, type ReactNode } from "react";

type A11y = { "aria-describedby"?: string; "aria-invalid"?: true };

/** A table cell's control with its error (or hint) underneath, tied together for screen readers. */
export function CellField(props: { error: string | null; hint?: string | null; children: (a11y: A11y) => ReactNode }) {
  const id = useId();
  const note = props.error ?? props.hint ?? null;
  return (
    <>
      {props.children({ ...(note ? { "aria-describedby": id } : {}), ...(props.error ? { "aria-invalid": true } : {}) })}
      {props.error ? (
        <p id={id} role="alert" className="mt-1 text-xs text-red-700">
          {props.error}
        </p>
      ) : note ? (
        <p id={id} className="mt-1 text-xs text-blue-800">
          {note}
        </p>
      ) : null}
    </>
  );
}
