import { z } from "zod";
import { rulesOf } from "../../script/condition";
import type { ScriptNode } from "../../script/nodes";
import { walkTo, type ScriptIndex } from "../analysis/script-index";
import { normalizePhrase } from "../text/normalize";
import type { CheckDefinition } from "./check-context";

const none = z.strictObject({});

/** Two answers of one choice that read the same (after folding case and width), or a blank one. */
export const duplicateAnswer: CheckDefinition = {
  options: none,
  shapeOnly: true,
  run({ index, report, name }) {
    index.nodes.forEach((node, i) => {
      if (node.kind !== "choice") return;
      const seen = new Set<string>();
      for (const answer of node.answers) {
        const key = normalizePhrase(answer.label.trim());
        if (key === "") report({ nodeId: node.id, field: "answers", variant: "blank", params: { node: name(i) } });
        else if (seen.has(key)) report({ nodeId: node.id, field: "answers", params: { node: name(i), answer: answer.label } });
        seen.add(key);
      }
    });
  },
};

/** A statement or a question with nothing to say. */
export const emptyText: CheckDefinition = {
  options: none,
  run({ index, report, facts, name }) {
    index.nodes.forEach((node, i) => {
      if ((node.kind === "statement" || node.kind === "choice") && facts(i).blank) {
        report({ nodeId: node.id, field: "text", params: { node: name(i) } });
      }
    });
  },
};

export const noStage: CheckDefinition = {
  options: none,
  shapeOnly: true,
  run({ index, report, name }) {
    index.nodes.forEach((node, i) => {
      if (node.kind !== "exit" && node.stageId === null) report({ nodeId: node.id, params: { node: name(i) } });
    });
  },
};

/** {{name}} in spoken text that names no variable of the script: the agent would read the braces. */
export const undefinedVariable: CheckDefinition = {
  options: none,
  run({ index, report, facts, name }) {
    const known = new Set(index.doc.variables.map((v) => v.name));
    index.nodes.forEach((node, i) => {
      for (const p of facts(i).placeholders) {
        if (!known.has(p.name)) {
          report({ nodeId: node.id, field: "text", range: { start: p.start, end: p.end }, params: { node: name(i), variable: p.name } });
        }
      }
    });
  },
};

/**
 * A variable the agent fills in (or a function key returns) that is used where some walk from the
 * entry has not set it yet. A must-be-set data-flow analysis over the graph. Customer and system
 * variables are known from the start of the call, except those a function key returns: a ticket
 * number exists only after "open ticket" succeeded.
 */
export const unsetVariable: CheckDefinition = {
  options: none,
  run(ctx) {
    const { index, facts, name, describeWalk } = ctx;
    const returned = new Set(index.nodes.flatMap((n) => (n.kind === "action" ? (n.outputs ?? []) : [])));
    const late = index.doc.variables.filter((v) => v.source === "input" || returned.has(v.name)).map((v) => v.name);
    if (late.length === 0) return;
    const bit = new Map(late.map((v, k) => [v, k]));
    // The elements that use a fill-in variable, in order (most elements use none).
    const users: [i: number, uses: Use[]][] = [];
    for (let i = 0; i < index.nodes.length; i++) {
      const node = index.nodes[i]!;
      const placeholders = facts(i).placeholders;
      if (placeholders.length === 0 && node.kind !== "condition") continue;
      const uses = usedVariables(node, placeholders).filter((u) => bit.has(u.name));
      if (uses.length > 0) users.push([i, uses]);
    }
    if (users.length === 0) return;
    const before = mustBeSet(index, bit, late.length);
    for (const [i, uses] of users) {
      if (!index.reachable[i]) continue;
      const node = index.nodes[i]!;
      for (const use of uses) {
        if (before.has(i, bit.get(use.name)!)) continue;
        const path = walkAvoiding(index, i, use.name);
        ctx.report({
          nodeId: node.id,
          field: use.field,
          range: use.range,
          path,
          params: { node: name(i), variable: use.name, path: describeWalk(path) },
        });
      }
    }
  },
};

type Use = { name: string; field: "text" | "rules"; range?: { start: number; end: number } };

function usedVariables(node: ScriptNode, placeholders: { name: string; start: number; end: number }[]): Use[] {
  const uses: Use[] = placeholders.map((p) => ({ name: p.name, field: "text", range: { start: p.start, end: p.end } }));
  if (node.kind === "condition") for (const r of rulesOf(node.rules)) uses.push({ name: r.var, field: "rules" });
  return uses;
}

/**
 * Per node, the fill-in variables set on every walk from the entry to it. A must-be-set data-flow
 * analysis: start from "everything" (nothing at the entry) and intersect along each flow until
 * nothing changes; intersections only shrink, so it terminates. The sets are rows of bits (32 per
 * word), which keeps the passes free of allocation on large scripts.
 */
function mustBeSet(index: ScriptIndex, bit: ReadonlyMap<string, number>, width: number) {
  const count = index.nodes.length;
  const stride = Math.ceil(width / 32);
  const rows = new Uint32Array(count * stride);
  const lastWord = width % 32 === 0 ? 0xffffffff : 2 ** (width % 32) - 1; // "every variable" in the last word
  // What leaving an element sets: a fill-in field on its way on, a function key only when it succeeds.
  const setsAlways = new Uint32Array(count * stride);
  const setsOnOk = new Uint32Array(count * stride);
  const mark = (into: Uint32Array, i: number, name: string) => {
    const b = bit.get(name);
    if (b !== undefined) into[i * stride + (b >>> 5)] = (into[i * stride + (b >>> 5)]! | (1 << (b & 31))) >>> 0;
  };
  for (let i = 0; i < count; i++) {
    const node = index.nodes[i]!;
    if (node.kind === "input") mark(setsAlways, i, node.variable);
    else if (node.kind === "action") for (const v of node.outputs ?? []) mark(setsOnOk, i, v);
    for (let w = 0; w < stride; w++) rows[i * stride + w] = w < stride - 1 ? 0xffffffff : lastWord;
  }
  if (index.entry >= 0) rows.fill(0, index.entry * stride, (index.entry + 1) * stride);
  // A work list seeded in topological order: one pass, plus a revisit wherever a loop brings back
  // fewer variables than the first visit assumed. Same fixed point as repeating whole passes.
  const queue: number[] = [...index.topo];
  const queued = new Uint8Array(count);
  for (const i of queue) queued[i] = 1;
  for (let q = 0; q < queue.length; q++) {
    const i = queue[q]!;
    queued[i] = 0;
    for (const link of index.out[i]!) {
      const ok = link.port === "ok";
      let changed = false;
      for (let w = 0; w < stride; w++) {
        const from = i * stride + w;
        const after = rows[from]! | setsAlways[from]! | (ok ? setsOnOk[from]! : 0);
        const at = link.to * stride + w;
        const kept = (rows[at]! & after) >>> 0;
        if (kept !== rows[at]) {
          rows[at] = kept;
          changed = true;
        }
      }
      if (changed && !queued[link.to]) {
        queued[link.to] = 1;
        queue.push(link.to);
      }
    }
  }
  return { has: (i: number, b: number) => (rows[i * stride + (b >>> 5)]! & (1 << (b & 31))) !== 0 };
}

/** A walk from the entry to `target` on which `variable` is never set, for the message. */
function walkAvoiding(index: ScriptIndex, target: number, variable: string): string[] {
  const sets = (i: number) => {
    const n = index.nodes[i]!;
    return (n.kind === "input" && n.variable === variable) || (n.kind === "action" && (n.outputs ?? []).includes(variable));
  };
  const parent = new Int32Array(index.nodes.length).fill(-2);
  parent[index.entry] = -1;
  const queue = [index.entry];
  for (let q = 0; q < queue.length; q++) {
    const at = queue[q]!;
    if (at === target) break;
    if (sets(at)) continue;
    for (const { to } of index.out[at]!) {
      if (parent[to] === -2) {
        parent[to] = at;
        queue.push(to);
      }
    }
  }
  if (parent[target] === -2) return walkTo(index, target);
  const ids: string[] = [];
  for (let at = target; at >= 0; at = parent[at]!) ids.push(index.nodes[at]!.id);
  return ids.reverse();
}
