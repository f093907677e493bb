"use client";

import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from "react";

const CONTROL = "w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm aria-invalid:border-red-500 disabled:bg-slate-50";

/**
 * A labelled form control with an optional hint and error, wired for screen readers. The child
 * gets the id and ARIA attributes through the render function.
 */
export function Field(props: {
  label: string;
  hint?: string;
  error?: string | null;
  children: (control: { id: string; "aria-describedby"?: string; "aria-invalid"?: true }) => ReactNode;
  className?: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [props.hint ? hintId : null, props.error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={props.className}>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {props.label}
      </label>
      <div className="mt-1">{props.children({ id, "aria-describedby": describedBy, "aria-invalid": props.error ? true : undefined })}</div>
      {props.hint ? (
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={errorId} role="alert" className="mt-1 text-xs text-red-700">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

export function TextInput({ className = "", ...rest }: InputHTMLAttributes<HTMLInputElement>) {
  return <input type="text" className={`${CONTROL} ${className}`} {...rest} />;
}

export function Select({ className = "", ...rest }: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select className={`${CONTROL} ${className}`} {...rest} />;
}

/** A number box that reports numbers (or null when emptied), never strings. */
export function NumberInput({
  value,
  onValue,
  className = "",
  ...rest
}: Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "type"> & { value: number | null; onValue: (value: number | null) => void }) {
  return (
    <input
      type="number"
      inputMode="decimal"
      value={value ?? ""}
      onChange={(e) => onValue(e.target.value === "" ? null : Number(e.target.value))}
      className={`${CONTROL} tabular-nums ${className}`}
      {...rest}
    />
  );
}
