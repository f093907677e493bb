"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { LoadErrorBoundary } from "./load-error-boundary";
import { SpokenTextPlaceholder } from "./spoken-text-placeholder";
import type { SpokenProblem } from "./spoken-problem";

// CONTRACT (the Monaco implementation replaces this body, keeping the props):
// edits one piece of spoken text; `onChange` fires on every change with the whole text.

export type SpokenTextEditorProps = {
  /** The text, as stored. The editor follows it when it changes from outside (undo). */
  value: string;
  onChange: (value: string) => void;
  /** Variables offered after "{{". */
  variables: readonly { name: string; label: string }[];
  /** The script's language: decides the font and the word-wrapping rules. */
  locale: "zh-CN" | "en";
  /** The accessible name (the visible label's text). */
  ariaLabel: string;
  id?: string;
  /** Lint findings on this text, with the exact text they were computed for. */
  problems?: { text: string; items: readonly SpokenProblem[] };
  /** Selects and shows a range (a finding chosen elsewhere); a new key asks again. */
  reveal?: { start: number; end: number; key: number } | null;
};

// Monaco is fetched only when the first spoken-text editor mounts in the browser: `ssr: false`
// keeps it out of the server build, and the dynamic import keeps it out of every page's bundle.
const SpokenTextMonaco = dynamic(() => import("./spoken-text-monaco").then((m) => m.SpokenTextMonaco), { ssr: false });

type Phase = "loading" | "ready" | "failed";

/**
 * One piece of spoken text in Monaco: wraps like prose, grows from 3 to 12 lines, completes
 * {{variables}} and underlines unknown ones. Tab leaves the editor, like any form field.
 */
export function SpokenTextEditor(props: SpokenTextEditorProps) {
  const [phase, setPhase] = useState<Phase>("loading");
  if (phase === "failed") return <PlainSpokenText {...props} />;
  return (
    <div
      lang={props.locale}
      className="relative rounded-md border border-slate-300 bg-white focus-within:border-blue-600 focus-within:outline-2 focus-within:outline-offset-1 focus-within:outline-blue-600"
    >
      {phase === "loading" ? <SpokenTextPlaceholder value={props.value} locale={props.locale} ariaLabel={props.ariaLabel} id={props.id} /> : null}
      <LoadErrorBoundary onError={() => setPhase("failed")}>
        <SpokenTextMonaco {...props} visible={phase === "ready"} onReady={() => setPhase("ready")} onFailed={() => setPhase("failed")} />
      </LoadErrorBoundary>
    </div>
  );
}

/** The text box used when Monaco cannot be loaded: editing must never depend on the rich editor. */
function PlainSpokenText(props: SpokenTextEditorProps) {
  const t = useTranslations("code");
  return (
    <div>
      <textarea
        id={props.id}
        aria-label={props.ariaLabel}
        lang={props.locale}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        rows={4}
        className="w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
      />
      <p className="mt-1 text-xs text-slate-500">{t("loadFailed")}</p>
    </div>
  );
}
