import { createScriptFromTemplate } from "../lib/family/create-script";
import type { ScriptDocument } from "../lib/script/document";
import type { ScriptNode } from "../lib/script/nodes";
import type { Edge } from "../lib/script/parts";

/**
 * A script with 2^choices walks for the path-enumeration benchmark: a chain of blocks, each a
 * statement and a two-answer question whose answers both lead on to the next block, spread over
 * the outbound-marketing stages, ending at one success exit. 14 choices → 16,384 paths of 29
 * elements each.
 */
export function branchingScript(choices = 14): ScriptDocument {
  const base = createScriptFromTemplate({ id: "bench-branching", title: `${choices} binary choices`, family: "outbound-marketing", locale: "zh-CN", blank: true });
  const stages = base.stages.map((s) => s.id);
  const nodes: ScriptNode[] = [];
  const edges: Edge[] = [];
  for (let b = 0; b < choices; b++) {
    const stageId = stages[Math.min(stages.length - 1, Math.floor((b / choices) * stages.length))] ?? null;
    const say = `say-${b}`;
    const ask = `ask-${b}`;
    const next = b + 1 < choices ? `say-${b + 1}` : "end-success";
    nodes.push({ id: say, kind: "statement", stageId, text: `好的，第 ${b + 1} 项：本月老用户每月只需加 ${(b % 5) * 10 + 10} 元，就能升级到五百兆宽带。` });
    nodes.push({
      id: ask,
      kind: "choice",
      stageId,
      mode: "single",
      text: "请问您需要了解一下吗？",
      answers: [
        { id: "yes", label: "需要" },
        { id: "no", label: "不需要" },
      ],
      replySeconds: 2,
    });
    edges.push({ from: say, port: "next", to: ask }, { from: ask, port: "yes", to: next }, { from: ask, port: "no", to: next });
  }
  nodes.push({ id: "end-success", kind: "exit", outcome: "success", text: "感谢您的支持，祝您生活愉快，再见！" });
  return { ...base, entry: "say-0", nodes, edges, layout: { positions: {} } };
}
