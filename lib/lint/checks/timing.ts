import { z } from "zod";
import { familyTemplate } from "../../family/templates";
import type { CheckDefinition } from "./check-context";
import { stageWalks } from "../analysis/timing";

const none = z.strictObject({});
const seconds = (value: number) => Math.round(value * 10) / 10;

/** Per stage with a budget: the longest walk through it, against the budget. */
export const stageBudget: CheckDefinition = {
  options: none,
  run({ index, timing, report, describeWalk }) {
    for (const stage of index.stages) {
      const walk = timing().stages.get(stage.id)?.worst;
      if (stage.budgetSeconds === null || !walk || walk.value <= stage.budgetSeconds) continue;
      const path = walk.path.map((i) => index.nodes[i]!.id);
      report({
        nodeId: path[0],
        stageId: stage.id,
        path,
        params: { stage: stage.name, seconds: seconds(walk.value), budget: stage.budgetSeconds, path: describeWalk(walk.path) },
      });
    }
  },
};

const callOptions = z.strictObject({
  minSeconds: z.number().positive().nullable().optional(),
  maxSeconds: z.number().positive().nullable().optional(),
});

/** The whole call against its family's norm: the longest walk to any exit, the shortest to a success. */
export const callLength: CheckDefinition<z.infer<typeof callOptions>> = {
  options: callOptions,
  run({ index, timing, options, report, describeWalk }) {
    const norm = familyTemplate(index.doc.family).callSeconds;
    const max = options.maxSeconds === undefined ? norm.max : options.maxSeconds;
    const min = options.minSeconds === undefined ? norm.min : options.minSeconds;
    const { longestCall, shortestSuccess } = timing();
    if (max !== null && longestCall && longestCall.value > max) {
      const path = longestCall.path.map((i) => index.nodes[i]!.id);
      report({ nodeId: path[0], path, variant: "long", params: { seconds: seconds(longestCall.value), limit: max, path: describeWalk(longestCall.path) } });
    }
    if (min !== null && shortestSuccess && shortestSuccess.value < min) {
      const path = shortestSuccess.path.map((i) => index.nodes[i]!.id);
      report({ nodeId: path[0], path, variant: "short", severity: "info", params: { seconds: seconds(shortestSuccess.value), limit: min, path: describeWalk(shortestSuccess.path) } });
    }
  },
};

/**
 * "Within N seconds" norms (complaints: calm by 15 s, locate by 30 s, a first solution by 2 min):
 * on the slowest walk, the stage with that role must be over by then, counted from the call's start.
 */
export const milestone: CheckDefinition = {
  options: none,
  run({ index, timing, report, describeWalk }) {
    const { milestones } = familyTemplate(index.doc.family);
    for (const m of milestones) {
      const stage = index.stages.find((s) => s.role === m.role);
      if (!stage) continue;
      let latest: { value: number; path: number[] } | null = null;
      index.nodes.forEach((node, i) => {
        if (node.kind === "exit" || node.stageId !== stage.id) return;
        const walk = timing().finish(i);
        if (walk && (!latest || walk.value > latest.value)) latest = walk;
      });
      const worst = latest as { value: number; path: number[] } | null;
      if (!worst || worst.value <= m.withinSeconds) continue;
      const path = worst.path.map((i) => index.nodes[i]!.id);
      report({
        nodeId: path[path.length - 1],
        stageId: stage.id,
        path,
        params: { stage: stage.name, seconds: seconds(worst.value), limit: m.withinSeconds, path: describeWalk(worst.path) },
      });
    }
  },
};

const sentenceOptions = z.strictObject({ min: z.number().int().min(0).default(5), max: z.number().int().min(1).default(8) });

/** The outbound pitch in 5 to 8 sentences (reason, product, price, use, interest?) on every walk. */
export const pitchSentences: CheckDefinition<z.infer<typeof sentenceOptions>> = {
  options: sentenceOptions,
  run({ index, facts, options, report, describeWalk }) {
    const pitch = index.stages.find((s) => s.role === "pitch");
    if (!pitch) return;
    const walks = stageWalks(index, (i) => facts(i).sentences).get(pitch.id);
    if (!walks) return;
    const say = (variant: string, walk: { value: number; path: number[] }, limit: number) => {
      const path = walk.path.map((i) => index.nodes[i]!.id);
      report({ nodeId: path[0], stageId: pitch.id, path, variant, params: { stage: pitch.name, count: walk.value, limit, path: describeWalk(walk.path) } });
    };
    if (walks.worst.value > options.max) say("many", walks.worst, options.max);
    if (walks.shortest.value < options.min) say("few", walks.shortest, options.min);
  },
};
