import type { ScriptDocument } from "../document";
import type { ScriptNode } from "../nodes";
import type { Variable } from "../parts";
import { rulesOf, type ConditionRule, type RuleSet } from "../condition";
import { variablesUsedBy } from "./clipboard";

export function addVariable(doc: ScriptDocument, args: { variable: Variable }): ScriptDocument {
  if (doc.variables.some((v) => v.name === args.variable.name)) return doc;
  return { ...doc, variables: [...doc.variables, args.variable] };
}

/**
 * Changes a variable. A rename follows the variable everywhere it is used: {{placeholders}} in
 * spoken text, fill-in fields, function-key parameters and outputs, conditions, the target group.
 */
export function updateVariable(doc: ScriptDocument, args: { name: string; variable: Variable }): ScriptDocument {
  if (!doc.variables.some((v) => v.name === args.name)) return doc;
  const to = args.variable.name;
  if (to !== args.name && doc.variables.some((v) => v.name === to)) return doc;
  const variables = doc.variables.map((v) => (v.name === args.name ? args.variable : v));
  if (to === args.name) return { ...doc, variables };
  return {
    ...doc,
    variables,
    nodes: doc.nodes.map((n) => renameIn(n, args.name, to)),
    targetGroup: { ...doc.targetGroup, criteria: renameInRules(doc.targetGroup.criteria, args.name, to) },
  };
}

/** Elements that would break if the variable went (they store into it or test it). */
export function variableUsers(doc: ScriptDocument, name: string): string[] {
  return doc.nodes.filter((n) => variablesUsedBy(n).includes(name)).map((n) => n.id);
}

/** Removes a variable nothing uses; a used one stays (the designer is shown where it is used). */
export function removeVariable(doc: ScriptDocument, args: { name: string }): ScriptDocument {
  const inCriteria = rulesOf(doc.targetGroup.criteria).some((r) => r.var === args.name);
  if (variableUsers(doc, args.name).length > 0 || inCriteria) return doc;
  const variables = doc.variables.filter((v) => v.name !== args.name);
  return variables.length === doc.variables.length ? doc : { ...doc, variables };
}

function renameText(text: string, from: string, to: string): string {
  return text.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (whole, name: string) => (name === from ? `{{${to}}}` : whole));
}

function renameInRules(rules: RuleSet, from: string, to: string): RuleSet {
  const swap = (list: ConditionRule[]) => list.map((r) => (r.var === from ? { ...r, var: to } : r));
  return "all" in rules ? { all: swap(rules.all) } : { any: swap(rules.any) };
}

function renameIn(node: ScriptNode, from: string, to: string): ScriptNode {
  const text = "text" in node && node.text !== undefined ? { text: renameText(node.text, from, to) } : {};
  switch (node.kind) {
    case "statement":
    case "choice":
    case "exit":
      return { ...node, ...text };
    case "input":
      return { ...node, ...text, variable: node.variable === from ? to : node.variable };
    case "action":
      return {
        ...node,
        ...text,
        parameters: Object.fromEntries(Object.entries(node.parameters).map(([k, v]) => [k, renameText(v, from, to)])),
        ...(node.outputs ? { outputs: node.outputs.map((o) => (o === from ? to : o)) } : {}),
      };
    case "condition":
      return { ...node, rules: renameInRules(node.rules, from, to) };
  }
}
