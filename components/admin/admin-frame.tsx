"use client";

import type { ReactNode } from "react";

/** The admin pages' shared layout: heading, what the page is for, its main action, the content. */
export function AdminFrame(props: { heading: string; intro: string; aside?: ReactNode; action?: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl">
          <h1 className="text-2xl font-semibold text-slate-900">{props.heading}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {props.intro} {props.aside ? <span className="text-slate-500">{props.aside}</span> : null}
          </p>
        </div>
        {props.action}
      </div>
      {props.children}
    </div>
  );
}
