"use client";

import { SpokenTextEditor } from "@/components/code/spoken-text-editor";
import { Field } from "@/components/ui/field";
import { useDraft } from "@/components/ui/use-draft";
import type { ScriptDocument } from "@/lib/script/document";
import type { FieldError } from "./field-error";
import { parseOptionalText, parseText } from "./parse-field";
import { useDescribeError } from "./describe-error";
import { useSpokenProblems } from "@/components/lint/use-spoken-problems";

// The schema's limit on one piece of spoken text.
const MAX_SPOKEN = 5000;

/**
 * Spoken text of any element, in the shared spoken-text editor (which offers the script's
 * variables after "{{"). Optional text is left out of the document when blank.
 */
export function SpokenField(props: {
  nodeId: string;
  label: string;
  hint?: string;
  value: string | undefined;
  optional: boolean;
  doc: ScriptDocument;
  commit: (text: string | undefined) => void;
}) {
  const describe = useDescribeError();
  const { problems, reveal } = useSpokenProblems(props.nodeId);
  const { draft, error, change } = useDraft<string, string | undefined, FieldError>({
    value: props.value,
    format: (v) => v ?? "",
    parse: (text) => (props.optional ? parseOptionalText(text, MAX_SPOKEN) : parseText(text, MAX_SPOKEN)),
    commit: props.commit,
  });
  return (
    <Field label={props.label} hint={props.hint} error={describe(error)}>
      {(control) => (
        <SpokenTextEditor
          id={control.id}
          ariaLabel={props.label}
          value={draft}
          onChange={change}
          variables={props.doc.variables}
          locale={props.doc.locale}
          problems={problems}
          reveal={reveal}
        />
      )}
    </Field>
  );
}
