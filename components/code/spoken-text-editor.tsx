"use client";

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
};

export function SpokenTextEditor(props: SpokenTextEditorProps) {
  return (
    <textarea
      id={props.id}
      aria-label={props.ariaLabel}
      lang={props.locale}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      rows={4}
      className="w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
    />
  );
}
