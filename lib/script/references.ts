import type { z } from "zod";
import type { ScriptDocument } from "./document";
import { rulesOf } from "./condition";
import { portsOf } from "./ports";

type Ctx = z.RefinementCtx;
type Path = (string | number)[];

function report(ctx: Ctx, path: Path, key: string, params: Record<string, string | number> = {}) {
  ctx.addIssue({ code: "custom", path, params: { key, ...params } });
}

function reportDuplicates<T>(ctx: Ctx, items: readonly T[], keyOf: (item: T) => string, pathOf: (i: number) => Path, key: string) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const value = keyOf(item);
    if (seen.has(value)) report(ctx, pathOf(i), key, { value });
    seen.add(value);
  });
}

// Cheap invariants that tie the document's parts together. Graph properties (reachability, dead
// ends, loops) are lint rules instead: a draft may be half-drawn, but it may not point at nothing.
export function checkReferences(doc: ScriptDocument, ctx: Ctx): void {
  reportDuplicates(ctx, doc.stages, (s) => s.id, (i) => ["stages", i, "id"], "duplicateStageId");
  reportDuplicates(ctx, doc.stages, (s) => String(s.order), (i) => ["stages", i, "order"], "duplicateStageOrder");
  reportDuplicates(ctx, doc.variables, (v) => v.name, (i) => ["variables", i, "name"], "duplicateVariable");
  reportDuplicates(ctx, doc.nodes, (n) => n.id, (i) => ["nodes", i, "id"], "duplicateNodeId");

  const stageIds = new Set(doc.stages.map((s) => s.id));
  const variables = new Map(doc.variables.map((v) => [v.name, v]));
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
  const checkVar = (name: string, path: Path) => {
    if (!variables.has(name)) report(ctx, path, "unknownVariable", { name });
  };

  doc.variables.forEach((v, i) => {
    if (v.type === "enum" && !v.options) report(ctx, ["variables", i, "options"], "enumNeedsOptions", { name: v.name });
  });
  rulesOf(doc.targetGroup.criteria).forEach((rule, i) =>
    checkVar(rule.var, ["targetGroup", "criteria", "all" in doc.targetGroup.criteria ? "all" : "any", i, "var"]),
  );
  if (!nodes.has(doc.entry)) report(ctx, ["entry"], "unknownNode", { id: doc.entry });

  doc.nodes.forEach((node, i) => {
    const at = (...rest: Path): Path => ["nodes", i, ...rest];
    if (node.kind !== "exit" && node.stageId !== null && !stageIds.has(node.stageId)) {
      report(ctx, at("stageId"), "unknownStage", { id: node.stageId });
    }
    switch (node.kind) {
      case "choice":
        reportDuplicates(ctx, node.answers, (a) => a.id, (j) => at("answers", j, "id"), "duplicateAnswerId");
        break;
      case "input":
        checkVar(node.variable, at("variable"));
        if (node.pattern !== undefined && !isValidPattern(node.pattern)) report(ctx, at("pattern"), "invalidPattern");
        break;
      case "action":
        node.outputs?.forEach((name, j) => checkVar(name, at("outputs", j)));
        break;
      case "condition": {
        const group = "all" in node.rules ? "all" : "any";
        rulesOf(node.rules).forEach((rule, j) => checkVar(rule.var, at("rules", group, j, "var")));
        break;
      }
      case "statement":
      case "exit":
        break;
    }
  });

  const usedPorts = new Set<string>();
  doc.edges.forEach((edge, i) => {
    const from = nodes.get(edge.from);
    if (!from) report(ctx, ["edges", i, "from"], "unknownNode", { id: edge.from });
    else if (!portsOf(from).includes(edge.port)) {
      report(ctx, ["edges", i, "port"], "unknownPort", { port: edge.port, id: edge.from });
    }
    if (!nodes.has(edge.to)) report(ctx, ["edges", i, "to"], "unknownNode", { id: edge.to });
    const portKey = `${edge.from}\u0000${edge.port}`;
    if (usedPorts.has(portKey)) report(ctx, ["edges", i], "duplicateEdge", { id: edge.from, port: edge.port });
    usedPorts.add(portKey);
  });

  for (const id of Object.keys(doc.layout.positions)) {
    if (!nodes.has(id)) report(ctx, ["layout", "positions", id], "unknownNode", { id });
  }
}

function isValidPattern(pattern: string): boolean {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
}
