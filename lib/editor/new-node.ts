import type { ElementKind } from "../script/enums";
import type { ScriptDocument } from "../script/document";
import type { NodeOfKind, ScriptNode } from "../script/nodes";
import type { Variable } from "../script/parts";

/** Words a new element starts with, in the interface language (the caller's catalogue). */
export type NewNodeWords = { yes: string; no: string; actionLabel: string; fieldLabel: string };

export type NewNode = { node: ScriptNode; variables: Variable[] };

/** The first free id of the form `<kind>-<n>`. */
export function freeNodeId(doc: Pick<ScriptDocument, "nodes">, kind: ElementKind): string {
  const taken = new Set(doc.nodes.map((n) => n.id));
  let n = 1;
  while (taken.has(`${kind}-${n}`)) n++;
  return `${kind}-${n}`;
}

function freeVariableName(doc: Pick<ScriptDocument, "variables">): string {
  const taken = new Set(doc.variables.map((v) => v.name));
  let n = 1;
  while (taken.has(`field${n}`)) n++;
  return `field${n}`;
}

// Exhaustive: a new element kind must say what it starts as.
const MAKERS: { [K in ElementKind]: (id: string, stageId: string | null, doc: ScriptDocument, words: NewNodeWords) => { node: NodeOfKind<K>; variables: Variable[] } } = {
  statement: (id, stageId) => ({ node: { id, kind: "statement", stageId, text: "" }, variables: [] }),
  choice: (id, stageId, _doc, words) => ({
    node: {
      id,
      kind: "choice",
      stageId,
      text: "",
      mode: "single",
      answers: [
        { id: "a-1", label: words.yes },
        { id: "a-2", label: words.no },
      ],
    },
    variables: [],
  }),
  // A fill-in field stores into a variable, so a new one brings its own (renamed in the inspector).
  input: (id, stageId, doc, words) => {
    const name = freeVariableName(doc);
    return {
      node: { id, kind: "input", stageId, text: "", variable: name, inputType: "text", required: true },
      variables: [{ name, type: "text", label: words.fieldLabel, source: "input" }],
    };
  },
  action: (id, stageId, _doc, words) => ({
    node: { id, kind: "action", stageId, key: "query-bill", label: words.actionLabel, text: "", parameters: {}, systemSeconds: 5 },
    variables: [],
  }),
  condition: (id, stageId) => ({ node: { id, kind: "condition", stageId, rules: { all: [] } }, variables: [] }),
  exit: (id) => ({ node: { id, kind: "exit", outcome: "success" }, variables: [] }),
};

export function newNode(doc: ScriptDocument, kind: ElementKind, stageId: string | null, words: NewNodeWords): NewNode {
  const make = MAKERS[kind] as (id: string, stageId: string | null, doc: ScriptDocument, words: NewNodeWords) => NewNode;
  return make(freeNodeId(doc, kind), stageId, doc, words);
}
