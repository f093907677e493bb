import type { RuntimeError } from "@/lib/runtime";
import type { ScriptDocument } from "@/lib/script/document";
import type { Translate } from "@/lib/i18n/translator";

/**
 * An engine error as a sentence in the reader's language. The engine returns codes with
 * parameters; every code and every reason of an invalid value has its own message. Elements are
 * named by their label (else id), variables by their label (else name).
 */
export function describeRuntimeError(t: Translate, error: RuntimeError, doc: Pick<ScriptDocument, "nodes" | "variables">): string {
  const node = (id: string) => {
    const found = doc.nodes.find((n) => n.id === id);
    return found?.label || id;
  };
  const variable = (name: string) => doc.variables.find((v) => v.name === name)?.label || name;
  switch (error.code) {
    case "ended":
      return t("simulate.errors.ended");
    case "wrongInput":
      return t("simulate.errors.wrongInput");
    case "unknownAnswer":
      return t("simulate.errors.unknownAnswer", { answer: error.params.answerId });
    case "noAnswer":
      return t("simulate.errors.noAnswer");
    case "invalidValue": {
      const { reason, options, pattern } = error.params;
      const text = t(`simulate.errors.invalidValue.${reason}`, { options: (options ?? []).join(" / "), pattern: pattern ?? "" });
      // A function key's returned value, rather than what the agent typed into a field.
      const at = doc.nodes.find((n) => n.id === error.params.nodeId);
      return at?.kind === "action" ? t("simulate.errors.output", { variable: variable(error.params.variable), reason: text }) : text;
    }
    case "unknownOutput":
      return t("simulate.errors.unknownOutput", { variable: variable(error.params.variable) });
    case "noFlow":
      return t("simulate.errors.noFlow", { node: node(error.params.nodeId), port: portName(t, doc, error.params.nodeId, error.params.port) });
    case "conditionLoop":
      return t("simulate.errors.conditionLoop", { node: node(error.params.nodeId) });
    case "unknownNode":
      return t("simulate.errors.unknownNode");
  }
}

/** A port as the canvas labels it: the answer at a choice, the branch's word elsewhere. */
function portName(t: Translate, doc: Pick<ScriptDocument, "nodes">, nodeId: string, port: string): string {
  const node = doc.nodes.find((n) => n.id === nodeId);
  if (node?.kind === "choice") return node.answers.find((a) => a.id === port)?.label || port;
  switch (port) {
    case "ok":
    case "error":
    case "true":
    case "false":
      return t(`editor.ports.${port}`);
    case "next":
      return t("simulate.step.next");
    default:
      return port;
  }
}
