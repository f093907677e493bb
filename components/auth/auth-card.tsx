import type { ReactNode } from "react";

/**
 * The frame of the pages one sees before signing in: the product's name in both scripts and its
 * tagline above a card with the form. Takes words, not keys, so server pages can render it.
 */
export function AuthCard(props: { tagline: string; heading: string; intro: string; note?: string; children: ReactNode }) {
  return (
    <div className="mx-auto flex min-h-[calc(100vh-3.5rem)] max-w-md flex-col justify-center px-4 py-12">
      <div className="mb-8 text-center">
        <p className="flex items-baseline justify-center gap-3 text-slate-900">
          <span lang="zh-CN" className="text-4xl font-semibold tracking-wide">
            话本
          </span>
          <span lang="en" className="text-xl font-medium text-slate-500">
            Huaben
          </span>
        </p>
        <p className="mt-2 text-base text-slate-600">{props.tagline}</p>
      </div>
      <section aria-labelledby="auth-heading" className="rounded-lg border border-slate-200 bg-white px-6 py-7 shadow-sm sm:px-8">
        <h1 id="auth-heading" className="text-xl font-semibold text-slate-900">
          {props.heading}
        </h1>
        <p className="mt-1 text-sm text-pretty text-slate-600">{props.intro}</p>
        <div className="mt-6">{props.children}</div>
      </section>
      {props.note ? <p className="mt-4 text-center text-xs text-slate-500">{props.note}</p> : null}
    </div>
  );
}
