"use client";

import type { InputHTMLAttributes } from "react";
import { Field, NumberInput, TextInput } from "@/components/ui/field";
import { useDraft } from "@/components/ui/use-draft";
import type { Parsed } from "./field-error";
import { useDescribeError } from "./describe-error";

type Common<V> = {
  label: string;
  hint?: string;
  value: V;
  parse: (text: string) => Parsed<V>;
  commit: (value: V) => void;
  className?: string;
};

type TextProps<V> = Common<V> & {
  format: (value: V) => string;
  input?: Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "id">;
};

/** A labelled text box over a document value: valid text commits, invalid text shows why. */
export function DraftTextField<V>(props: TextProps<V>) {
  const describe = useDescribeError();
  const { draft, error, change } = useDraft({ value: props.value, format: props.format, parse: props.parse, commit: props.commit });
  return (
    <Field label={props.label} hint={props.hint} error={describe(error)} className={props.className}>
      {(control) => <TextInput {...control} {...props.input} value={draft} onChange={(e) => change(e.target.value)} />}
    </Field>
  );
}

/** A labelled number box over a document value (empty reads as null). */
export function DraftNumberField<V>(props: Omit<Common<V>, "parse"> & { parse: (n: number | null) => Parsed<V>; format: (value: V) => number | null; min?: number; max?: number; step?: number | string }) {
  const describe = useDescribeError();
  const { draft, error, change } = useDraft({ value: props.value, format: props.format, parse: props.parse, commit: props.commit });
  return (
    <Field label={props.label} hint={props.hint} error={describe(error)} className={props.className}>
      {(control) => <NumberInput {...control} value={draft} onValue={change} min={props.min} max={props.max} step={props.step ?? "any"} />}
    </Field>
  );
}
