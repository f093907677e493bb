"use client";

import { useEffect, useRef } from "react";
import type { FormFailure } from "./use-credential-form";

/**
 * Why the form was refused, above its fields. It takes the focus when a failure arrives, so a
 * screen reader reads it and the keyboard user starts again from the top of the form.
 */
export function FormAlert({ title, failure }: { title: string; failure: FormFailure | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failure) ref.current?.focus();
  }, [failure]);
  if (!failure) return null;
  return (
    <div ref={ref} role="alert" tabIndex={-1} className="mb-5 rounded-md bg-red-50 px-4 py-3 text-sm text-red-800 ring-1 ring-red-200 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-400">
      <p className="font-medium">{title}</p>
      <p className="mt-0.5">{failure.message}</p>
    </div>
  );
}
