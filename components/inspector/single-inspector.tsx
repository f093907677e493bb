"use client";

import type { Dispatch } from "@/lib/editor/commands";
import { updateNode } from "@/lib/script/commands/nodes";
import type { ScriptDocument } from "@/lib/script/document";
import type { ScriptNode } from "@/lib/script/nodes";
import { CommonFields } from "./common-fields";
import { DeleteNode } from "./delete-node";
import { FlowsList } from "./flows-list";
import { KindForm } from "./form-registry";
import type { FormProps } from "./form-props";
import { NodeHeader } from "./node-header";
import { NodeProblems } from "@/components/lint/node-problems";
import { NodeComments } from "@/components/review/node-comments";

/** Every field of one element. */
export function SingleInspector({ node, doc, dispatch, onSelect }: { node: ScriptNode; doc: ScriptDocument; dispatch: Dispatch; onSelect: (ids: string[]) => void }) {
  const props: FormProps<ScriptNode> = {
    node,
    doc,
    dispatch,
    onSelect,
    // The burst key names the field and the element, so a typing run in one field is one step.
    update: (next, field) => dispatch(updateNode, { node: next }, { label: "editNode", burst: field && `${field}:${node.id}` }),
  };
  return (
    <div className="space-y-5">
      <NodeHeader node={node} entry={doc.entry} dispatch={dispatch} />
      <NodeComments nodeId={node.id} locale={doc.locale} />
      <CommonFields {...props} />
      <KindForm {...props} />
      <NodeProblems node={node} dispatch={dispatch} />
      <FlowsList node={node} doc={doc} dispatch={dispatch} onSelect={onSelect} />
      <DeleteNode node={node} entry={doc.entry} dispatch={dispatch} onSelect={onSelect} />
    </div>
  );
}
