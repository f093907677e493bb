import { createScriptFromTemplate } from "@/lib/family/create-script";
import type { ScriptDocument } from "@/lib/script/document";
import type { ScriptNode } from "@/lib/script/nodes";
import type { Edge } from "@/lib/script/parts";

const COLUMNS_PER_STAGE = 6;

/**
 * A large, valid, fully connected script for benchmarks: blocks of statement → choice →
 * (action | condition) repeat through the stages, each choice offering a way out to an exit.
 * Laid out the way the editor shows scripts: a band of columns per stage, left to right.
 */
export function generateScript(size: number, id = "generated"): ScriptDocument {
  const base = createScriptFromTemplate({ id, title: `Generated script (${size} elements)`, family: "outbound-marketing", locale: "zh-CN", blank: true });
  const stages = base.stages.map((s) => s.id);
  const nodes: ScriptNode[] = [];
  const edges: Edge[] = [];
  const blocks = Math.max(1, Math.ceil((size - 2) / 4));
  const stageOf = (block: number) => stages[Math.min(stages.length - 1, Math.floor((block / blocks) * stages.length))] ?? null;
  let previous: { id: string; port: string } | null = null;
  const link = (to: string) => {
    if (previous) edges.push({ from: previous.id, port: previous.port, to });
  };
  nodes.push({ id: "end-declined", kind: "exit", outcome: "declined", text: "感谢您的接听，祝您生活愉快，再见！" });

  for (let b = 0; b < blocks; b++) {
    const stageId = stageOf(b);
    const say = `say-${b}`;
    const ask = `ask-${b}`;
    const step = `step-${b}`;
    nodes.push({ id: say, kind: "statement", stageId, label: `第 ${b + 1} 段`, text: `您好，这是第 ${b + 1} 段介绍：我们为老用户准备了宽带提速优惠，每月只需加 ${(b % 5) * 10 + 10} 元。` });
    link(say);
    nodes.push({
      id: ask,
      kind: "choice",
      stageId,
      mode: "single",
      text: "请问您感兴趣吗？",
      answers: [
        { id: "yes", label: "感兴趣" },
        { id: "later", label: "再考虑" },
        { id: "no", label: "不需要" },
      ],
    });
    edges.push({ from: say, port: "next", to: ask });
    edges.push({ from: ask, port: "no", to: "end-declined" });
    if (b % 2 === 0) {
      nodes.push({ id: step, kind: "action", stageId, key: "query-bill", label: "查询账单", text: "请您稍等 5 秒。", parameters: {}, systemSeconds: 5 });
      edges.push({ from: ask, port: "yes", to: step }, { from: ask, port: "later", to: step }, { from: step, port: "error", to: "end-declined" });
      previous = { id: step, port: "ok" };
    } else {
      nodes.push({ id: step, kind: "condition", stageId, rules: { all: [] } });
      edges.push({ from: ask, port: "yes", to: step }, { from: ask, port: "later", to: step }, { from: step, port: "false", to: "end-declined" });
      previous = { id: step, port: "true" };
    }
    const pad = `note-${b}`;
    nodes.push({ id: pad, kind: "statement", stageId, text: "好的，我为您记录一下。" });
    link(pad);
    previous = { id: pad, port: "next" };
  }
  nodes.push({ id: "end-success", kind: "exit", outcome: "success", text: "感谢您的支持，再见！" });
  link("end-success");

  const ordered = [...nodes.slice(1), nodes[0] as ScriptNode];
  const bandOf = (n: ScriptNode) => (n.kind === "exit" ? stages.length : stages.indexOf(n.stageId ?? ""));
  const placed = new Map<number, number>();
  const positions = Object.fromEntries(
    ordered.map((n) => {
      const band = bandOf(n);
      const i = placed.get(band) ?? 0;
      placed.set(band, i + 1);
      return [n.id, { x: (band * (COLUMNS_PER_STAGE + 1) + (i % COLUMNS_PER_STAGE)) * 320, y: Math.floor(i / COLUMNS_PER_STAGE) * 260 }];
    }),
  );
  return { ...base, entry: "say-0", nodes: ordered, edges, layout: { positions } };
}
