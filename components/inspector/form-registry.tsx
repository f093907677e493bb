"use client";

import type { ComponentType } from "react";
import type { ElementKind } from "@/lib/script/enums";
import type { NodeOfKind, ScriptNode } from "@/lib/script/nodes";
import { ActionForm } from "./action-form";
import { ChoiceForm } from "./choice-form";
import { ConditionForm } from "./condition-form";
import { ExitForm } from "./exit-form";
import type { FormProps } from "./form-props";
import { InputForm } from "./input-form";
import { StatementForm } from "./statement-form";

// Exhaustive by kind: a new element kind does not compile until it has a form here.
const FORMS: { [K in ElementKind]: ComponentType<FormProps<NodeOfKind<K>>> } = {
  statement: StatementForm,
  choice: ChoiceForm,
  input: InputForm,
  action: ActionForm,
  condition: ConditionForm,
  exit: ExitForm,
};

/** The fields of the element's own kind. */
export function KindForm(props: FormProps<ScriptNode>) {
  // The mapped type pairs each kind with its form; indexing by a union loses that pairing.
  const Form = FORMS[props.node.kind] as ComponentType<FormProps<ScriptNode>>;
  return <Form {...props} />;
}
