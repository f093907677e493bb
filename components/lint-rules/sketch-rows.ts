import type { Sketch } from "@/lib/lint/sketch";
import type { RuleSet } from "@/lib/script/condition";
import type { ElementKind, InputType, Outcome, StageRole } from "@/lib/script/enums";

// A rule's script example as rows a reader can scan: one per element, saying what it is, in which
// stage, what is said and where the call goes next. Mirrors how lib/lint/sketch.ts reads a sketch
// (exit, then answers, field, key, condition; anything else is a statement).

export type SketchStage = { kind: "first" } | { kind: "none" } | { kind: "role"; role: StageRole };

export type SketchExit = { port: "next" | "ok" | "error" | "yes" | "no" } | { port: "answer"; label: string };
export type SketchLink = SketchExit & { to: string | null };

export type SketchDetail =
  | { kind: "field"; variable: string; type: InputType }
  | { kind: "key"; key: string; seconds: number | null; sets: string[] }
  | { kind: "condition"; rules: RuleSet }
  | { kind: "reply"; seconds: number };

export type SketchRow = {
  id: string;
  kind: ElementKind;
  /** Null for exits, which belong to no stage. */
  stage: SketchStage | null;
  say: string | null;
  detail: SketchDetail | null;
  links: SketchLink[];
  outcome: Outcome | null;
  /** Findings the element accepts on purpose (rule ids; stale ones marked). */
  suppressed: { rule: string; stale: boolean }[];
  /** The element a fire example's finding must point at. */
  flagged: boolean;
};

type SketchNode = Sketch["nodes"][number];

export function sketchRows(sketch: Sketch, flaggedNode?: string): SketchRow[] {
  return sketch.nodes.map((node) => {
    const kind = kindOf(node);
    return {
      id: node.id,
      kind,
      stage: kind === "exit" ? null : stageOf(node),
      say: node.say !== undefined ? node.say : null,
      detail: detailOf(node, kind),
      links: linksOf(node, kind),
      outcome: node.exit ?? null,
      suppressed: (node.suppress ?? []).map((s) => ({ rule: s.rule, stale: s.stale === true })),
      flagged: flaggedNode !== undefined && node.id === flaggedNode,
    };
  });
}

function kindOf(node: SketchNode): ElementKind {
  if (node.exit) return "exit";
  if (node.answers) return "choice";
  if (node.field) return "input";
  if (node.key) return "action";
  if (node.if) return "condition";
  return "statement";
}

function stageOf(node: SketchNode): SketchStage {
  if (node.stage === null) return { kind: "none" };
  if (node.stage === undefined) return { kind: "first" };
  return { kind: "role", role: node.stage };
}

function detailOf(node: SketchNode, kind: ElementKind): SketchDetail | null {
  switch (kind) {
    case "input":
      return { kind: "field", variable: node.field ?? "", type: node.type ?? "text" };
    case "action":
      return { kind: "key", key: node.key ?? "", seconds: node.seconds ?? null, sets: node.sets ?? [] };
    case "condition":
      return node.if ? { kind: "condition", rules: node.if } : null;
    case "choice":
      return node.seconds !== undefined ? { kind: "reply", seconds: node.seconds } : null;
    default:
      return null;
  }
}

function linksOf(node: SketchNode, kind: ElementKind): SketchLink[] {
  switch (kind) {
    case "exit":
      return [];
    case "choice":
      return Object.entries(node.answers ?? {}).map(([label, to]) => ({ port: "answer", label, to }));
    case "action":
      return [link("ok", node.ok), link("error", node.error)].filter((l) => l !== null);
    case "condition":
      return [link("yes", node.yes), link("no", node.no)].filter((l) => l !== null);
    default:
      return node.next === undefined ? [] : [{ port: "next", to: node.next }];
  }
}

function link(port: "ok" | "error" | "yes" | "no", to: string | null | undefined): SketchLink | null {
  return to === undefined ? null : { port, to };
}
