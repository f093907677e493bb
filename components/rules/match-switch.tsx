"use client";

import { useId } from "react";

export type Match = "all" | "any";

type Props = { value: Match; legend: string; hint?: string; all: string; any: string; onChange: (match: Match) => void };

/** Whether every rule must hold or any one: two radios, both choices in sight. */
export function MatchSwitch({ value, legend, hint, all, any, onChange }: Props) {
  const name = useId();
  const hintId = `${name}-hint`;
  return (
    <fieldset aria-describedby={hint ? hintId : undefined}>
      <legend className="text-xs font-medium text-slate-700">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {(["all", "any"] as const).map((m) => (
          <label key={m} className="flex items-center gap-1.5">
            <input type="radio" name={name} value={m} checked={value === m} onChange={() => onChange(m)} />
            {m === "all" ? all : any}
          </label>
        ))}
      </div>
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
    </fieldset>
  );
}
