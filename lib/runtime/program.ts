import type { ScriptDocument } from "../script/document";
import type { ScriptNode } from "../script/nodes";
import type { Variable } from "../script/parts";
import { speakingSeconds } from "../speech/estimate";
import { resolveSpeech, speechOverridesSchema, type SpeechSettings } from "../speech/settings";
import { compileTemplate, type Template } from "./fill-text";
import type { Values } from "./types";

/**
 * A script prepared for walking, built once per (script, speech settings) object pair and cached:
 * elements by id, flows by element and port, each element's seconds and the stage they count in.
 */
export type Program = {
  script: ScriptDocument;
  speech: SpeechSettings;
  nodes: ReadonlyMap<string, ScriptNode>;
  /** Per element id, where each port's flow goes (only flows to elements that exist). */
  flows: ReadonlyMap<string, ReadonlyMap<string, string>>;
  variables: ReadonlyMap<string, Variable>;
  /** Stage ids by their order. */
  stageIds: readonly string[];
  /** Per element id, the stage its time counts in (an exit: the last stage). */
  stageOf: ReadonlyMap<string, string | null>;
  /** Per element id, its seconds: the same sum as the linter's nodeFacts. */
  seconds: ReadonlyMap<string, number>;
  /** Per input element id, its compiled pattern (null: none, or it does not compile). */
  patterns: ReadonlyMap<string, RegExp | null>;
  /** An element's words with the variables filled in (fillText, with the placeholders found once). */
  fill: (nodeId: string, values: Readonly<Values>) => string;
};

const cache = new WeakMap<ScriptDocument, WeakMap<SpeechSettings, Program>>();
const defaults = new WeakMap<ScriptDocument, SpeechSettings>();

/** The built-in speaking rates with the script's own overrides, as the linter resolves them without workspace layers. */
export function defaultSpeech(script: ScriptDocument): SpeechSettings {
  let speech = defaults.get(script);
  if (!speech) {
    const own = speechOverridesSchema.safeParse(script.lint?.speech ?? {});
    speech = resolveSpeech(own.success ? own.data : undefined);
    defaults.set(script, speech);
  }
  return speech;
}

export function programFor(script: ScriptDocument, speech: SpeechSettings = defaultSpeech(script)): Program {
  let bySpeech = cache.get(script);
  if (!bySpeech) cache.set(script, (bySpeech = new WeakMap()));
  let program = bySpeech.get(speech);
  if (!program) bySpeech.set(speech, (program = compile(script, speech)));
  return program;
}

/** Seconds of one element, exactly as lib/lint/node-facts.ts adds them up. */
export function nodeSeconds(node: ScriptNode, locale: ScriptDocument["locale"], speech: SpeechSettings): number {
  const text = "text" in node ? (node.text ?? "") : "";
  let seconds = text.trim() === "" ? 0 : speakingSeconds(text, locale, speech);
  if (node.kind === "choice") seconds += node.replySeconds ?? speech.replySeconds;
  if (node.kind === "action") seconds += node.systemSeconds;
  return seconds;
}

function compile(script: ScriptDocument, speech: SpeechSettings): Program {
  const nodes = new Map(script.nodes.map((n) => [n.id, n]));
  const flows = new Map<string, Map<string, string>>();
  // One flow per port; should a draft hold two, the later one wins (as in the linter's index).
  for (const edge of script.edges) {
    if (!nodes.has(edge.to)) continue;
    let ports = flows.get(edge.from);
    if (!ports) flows.set(edge.from, (ports = new Map()));
    ports.set(edge.port, edge.to);
  }
  const stageIds = [...script.stages].sort((a, b) => a.order - b.order).map((s) => s.id);
  const last = stageIds[stageIds.length - 1] ?? null;
  const known = new Set(stageIds);
  const stageOf = new Map<string, string | null>();
  const seconds = new Map<string, number>();
  const patterns = new Map<string, RegExp | null>();
  const templates = new Map<string, Template>();
  for (const node of script.nodes) {
    templates.set(node.id, compileTemplate("text" in node ? (node.text ?? "") : ""));
    stageOf.set(node.id, node.kind === "exit" ? last : node.stageId !== null && known.has(node.stageId) ? node.stageId : null);
    seconds.set(node.id, nodeSeconds(node, script.locale, speech));
    if (node.kind === "input") patterns.set(node.id, compilePattern(node.pattern));
  }
  return {
    script,
    speech,
    nodes,
    flows,
    variables: new Map(script.variables.map((v) => [v.name, v])),
    stageIds,
    stageOf,
    seconds,
    patterns,
    fill: (nodeId, values) => templates.get(nodeId)?.(values) ?? "",
  };
}

function compilePattern(pattern: string | undefined): RegExp | null {
  if (pattern === undefined) return null;
  try {
    return new RegExp(pattern, "u");
  } catch {
    return null;
  }
}
