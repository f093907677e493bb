import type { ReactNode } from "react";

/** A section's heading and one-line introduction. */
export function SectionHeading(props: { id?: string; title: string; intro?: ReactNode }) {
  return (
    <div className="mb-4">
      <h3 id={props.id} tabIndex={-1} className="text-base font-semibold text-slate-900 focus:outline-none">
        {props.title}
      </h3>
      {props.intro ? <p className="mt-0.5 text-sm text-slate-600">{props.intro}</p> : null}
    </div>
  );
}
