"use client";

import { useState } from "react";

export type FormErrors<F extends string> = { byField: Partial<Record<F, string>>; form: string | null };

/**
 * The errors of a dialog's form: one per field and one for the whole form. A field's error goes
 * as soon as the field is changed (`changed` wraps its setter); the next submit checks it again.
 */
export function useFieldErrors<F extends string>() {
  const [errors, setErrors] = useState<FormErrors<F>>({ byField: {}, form: null });
  const changed =
    <V,>(field: F, set: (value: V) => void) =>
    (value: V) => {
      set(value);
      setErrors((e) => (e.byField[field] ? { ...e, byField: { ...e.byField, [field]: undefined } } : e));
    };
  return { errors, setErrors, changed };
}
