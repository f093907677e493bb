import { EXAMPLE_SCRIPTS } from "../lib/examples/index";
import type { ScriptDocument } from "../lib/script/document";
import type { ScriptNode } from "../lib/script/nodes";
import type { Edge, Stage, Variable } from "../lib/script/parts";

// The script the lint benchmark reads: the seeded Chinese scripts (real copy, real graphs with
// choices, fill-in fields, function keys that set variables, conditions and several exits),
// repeated with relabelled ids until the script has `size` elements. Copies are chained: the
// success exit of one copy becomes the way into the next, so the call is one long walk with
// branches (the worst case for the walk analyses), and every stage and variable stays meaningful.
//
// test/builders/generate-script.ts says the same few clean sentences a thousand times: no
// courtesy phrase ever fires on it. Here every fourth copy is a "rough draft" with the habits the
// courtesy pack exists for (你好, a blunt 什么, 我帮你查一下, a wait without a time, an
// uncertain 好像), so the phrase matcher, its allowed contexts and the fixes all do real work.

const BASE_SLUG = "broadband-upgrade-offer"; // outbound marketing: budgets, pitch rule, opening rule all apply
const SOURCES = ["broadband-upgrade-offer", "broadband-fault-inbound", "customer-data-update"];

/** Habits a first draft has, and where they replace the seeded (clean) copy. */
const ROUGH: readonly [RegExp, string][] = [
  [/^您好/, "你好"],
  [/请问您怎么称呼？/, "你叫什么？"],
  [/请您稍等\d+秒/, "请稍等"],
  [/我帮您查询/, "我帮你查一下"],
  [/非常抱歉，系统暂时/, "不好意思，系统好像"],
  [/理解您的想法。/, "这不可能吧，"],
];

function roughen(text: string): string {
  return ROUGH.reduce((t, [from, to]) => t.replace(from, to), text);
}

function sourceDoc(slug: string): ScriptDocument {
  const found = EXAMPLE_SCRIPTS.find((e) => e.slug === slug);
  if (!found) throw new Error(`no seeded script ${slug}`);
  return found.document;
}

const byOrder = (stages: readonly Stage[]) => [...stages].sort((a, b) => a.order - b.order);

export function lintFixture(size = 1000): ScriptDocument {
  const base = sourceDoc(BASE_SLUG);
  const stages = byOrder(base.stages);
  const variables = new Map<string, Variable>();
  const nodes: ScriptNode[] = [];
  const edges: Edge[] = [];
  const entries: string[] = [];
  /** Per copy, the flows that led to its success exit: they lead on to whatever comes next. */
  const onwards: Edge[][] = [];
  const successExit = (doc: ScriptDocument) => doc.nodes.find((n) => n.kind === "exit" && n.outcome === "success")?.id;

  for (let k = 0; ; k++) {
    const source = sourceDoc(SOURCES[k % SOURCES.length]!);
    const copySize = source.nodes.length - 1; // its success exit becomes the way on
    if (nodes.length + copySize + 1 > size) break;
    for (const v of source.variables) if (!variables.has(v.name)) variables.set(v.name, v);
    // Stages match by position: every seeded family runs greeting … closing in six stages.
    const own = byOrder(source.stages);
    const stageOf = (id: string | null) => {
      const at = own.findIndex((s) => s.id === id);
      return at < 0 ? null : (stages[Math.min(at, stages.length - 1)]?.id ?? null);
    };
    const done = successExit(source);
    const id = (old: string) => `${old}-${k}`;
    const draft = k % 4 === 3;
    for (const node of source.nodes) {
      if (node.id === done) continue;
      const text = "text" in node && node.text !== undefined && draft ? { text: roughen(node.text) } : {};
      nodes.push(node.kind === "exit" ? { ...node, ...text, id: id(node.id) } : ({ ...node, ...text, id: id(node.id), stageId: stageOf(node.stageId) } as ScriptNode));
    }
    const ways: Edge[] = [];
    for (const e of source.edges) {
      const edge = { from: id(e.from), port: e.port, to: id(e.to) };
      edges.push(edge);
      if (e.to === done) ways.push(edge);
    }
    onwards.push(ways);
    entries.push(id(source.entry));
  }

  // The rest of the elements: the closing stage's last words, one after another, then the one success exit.
  const closing = stages[stages.length - 1]?.id ?? null;
  const fillers: string[] = [];
  const words = ["好的，我再跟您确认一下刚才登记的信息。", "如果后续有任何问题，欢迎随时拨打我们的客服热线。", "感谢您的耐心接听。"];
  while (nodes.length + 1 < size) {
    const id = `wrap-up-${fillers.length}`;
    nodes.push({ id, kind: "statement", stageId: closing, text: words[fillers.length % words.length]! });
    fillers.push(id);
  }
  nodes.push({ id: "end-success", kind: "exit", outcome: "success", text: "感谢您的支持，祝您生活愉快，再见！" });
  fillers.forEach((id, i) => edges.push({ from: id, port: "next", to: fillers[i + 1] ?? "end-success" }));
  // Copy k's way on leads into copy k+1; the last copy's into the wrap-up.
  onwards.forEach((ways, k) => {
    for (const edge of ways) edge.to = entries[k + 1] ?? fillers[0] ?? "end-success";
  });
  return {
    ...base,
    id: `lint-bench-${size}`,
    title: `Lint benchmark (${size} elements)`,
    variables: [...variables.values()],
    entry: entries[0] ?? "end-success",
    nodes,
    edges,
    layout: { positions: {} },
  };
}
