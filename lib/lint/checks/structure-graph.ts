import { z } from "zod";
import { portsOf } from "../../script/ports";
import { walkTo } from "../analysis/script-index";
import type { CheckDefinition } from "./check-context";

const none = z.strictObject({});

/** Exactly one entry: any other element no flow leads into is a second, unintended start. */
export const singleEntry: CheckDefinition = {
  options: none,
  shapeOnly: true,
  run({ index, report, name }) {
    index.nodes.forEach((node, i) => {
      // An exit cannot start anything (it has no way on): one nothing leads into is exit-unreached's
      // (a warning), not a second entry. Reporting it here too made a dangling exit an error twice.
      if (node.kind === "exit") return;
      if (i !== index.entry && index.into[i]!.length === 0) report({ nodeId: node.id, params: { node: name(i) } });
    });
  },
};

/** Elements the entry cannot reach, except those with no flow in at all (single-entry says so) and exits. */
export const unreachable: CheckDefinition = {
  options: none,
  shapeOnly: true,
  run({ index, report, name }) {
    index.nodes.forEach((node, i) => {
      if (index.reachable[i] || node.kind === "exit" || index.into[i]!.length === 0) return;
      report({ nodeId: node.id, params: { node: name(i) } });
    });
  },
};

export const exitUnreached: CheckDefinition = {
  options: none,
  shapeOnly: true,
  run({ index, report, name }) {
    index.nodes.forEach((node, i) => {
      if (node.kind === "exit" && !index.reachable[i]) report({ nodeId: node.id, params: { node: name(i), outcome: node.outcome } });
    });
  },
};

/** A reachable element that is not an exit and has no flow out: the agent is left with nothing to say. */
export const deadEnd: CheckDefinition = {
  options: none,
  shapeOnly: true,
  run({ index, report, name, describeWalk }) {
    index.nodes.forEach((node, i) => {
      if (node.kind === "exit" || !index.reachable[i] || index.out[i]!.length > 0) return;
      const path = walkTo(index, i);
      report({ nodeId: node.id, path, params: { node: name(i), path: describeWalk(path) } });
    });
  },
};

/** Some but not all outputs connected: an answer, a function key's result or a branch leads nowhere. */
export const unconnectedPort: CheckDefinition = {
  options: none,
  shapeOnly: true,
  run({ index, report, name }) {
    index.nodes.forEach((node, i) => {
      const links = index.out[i]!;
      if (links.length === 0) return;
      for (const port of portsOf(node)) {
        if (links.some((l) => l.port === port)) continue;
        const answer = node.kind === "choice" ? node.answers.find((a) => a.id === port) : undefined;
        report({
          nodeId: node.id,
          field: answer ? "answers" : undefined,
          variant: answer ? "answer" : node.kind === "action" ? "action" : "branch",
          params: { node: name(i), port: answer?.label || port },
        });
      }
    });
  },
};

/** Loops the call can enter but never leave towards an exit, though every output is connected. */
export const trapLoop: CheckDefinition = {
  options: none,
  shapeOnly: true,
  run({ index, report, name, describeWalk }) {
    const trapped = (i: number) => index.reachable[i] === 1 && index.reachesExit[i] === 0;
    const seen = new Uint8Array(index.nodes.length);
    for (const i of index.topo) {
      if (!trapped(i) || seen[i]) continue;
      // The trapped region reachable from here; report it once if nothing in it is a dead end or an open port.
      const region: number[] = [i];
      seen[i] = 1;
      let open = false;
      for (let q = 0; q < region.length; q++) {
        const at = region[q]!;
        const node = index.nodes[at]!;
        if (index.out[at]!.length < portsOf(node).length) open = true;
        for (const { to } of index.out[at]!) {
          if (trapped(to) && !seen[to]) {
            seen[to] = 1;
            region.push(to);
          }
        }
      }
      if (open) continue;
      // Name the loop by its head (where the walk comes back to), not by the way in.
      const inRegion = new Set(region);
      const head = region.flatMap((r) => index.out[r]!.filter((l) => l.back && inRegion.has(l.to)).map((l) => l.to))[0] ?? i;
      const loop = region.slice(region.indexOf(head));
      report({ nodeId: index.nodes[head]!.id, path: loop.map((r) => index.nodes[r]!.id), params: { node: name(head), path: describeWalk(loop) } });
    }
  },
};

/** A flow back to an earlier stage: the call goes back over ground it has covered. */
export const stageBackwards: CheckDefinition = {
  options: none,
  shapeOnly: true,
  run({ index, report, name }) {
    index.nodes.forEach((node, i) => {
      const from = index.stageOf(i);
      if (!from || node.kind === "exit" || !index.reachable[i]) return;
      for (const { to } of index.out[i]!) {
        const target = index.nodes[to]!;
        const into = target.kind === "exit" ? undefined : index.stageOf(to);
        if (into && into.order < from.order) {
          report({
            nodeId: node.id,
            stageId: from.id,
            path: [node.id, target.id],
            params: { node: name(i), target: name(to), from: from.name, to: into.name },
          });
        }
      }
    });
  },
};
