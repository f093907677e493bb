import type { ReactNode } from "react";

export function EmptyState(props: { title: string; body: string; action?: ReactNode }) {
  return (
    <div className="flex flex-col items-center rounded-lg border border-dashed border-slate-300 bg-white px-6 py-14 text-center">
      <h2 className="text-base font-semibold text-slate-900">{props.title}</h2>
      <p className="mt-1 max-w-md text-sm text-slate-600">{props.body}</p>
      {props.action ? <div className="mt-5">{props.action}</div> : null}
    </div>
  );
}
