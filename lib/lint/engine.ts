import type { ScriptDocument } from "../script/document";
import type { Locale } from "../script/enums";
import type { ScriptNode } from "../script/nodes";
import { compareFindings, type Finding, type Severity } from "./finding";
import type { RulePack } from "./pack-schema";
import type { WorkspaceLintSettings } from "./workspace-settings";
import { compileRules, type ActiveRule, type CompiledRules } from "./compile-rules";
import { indexScript, type ScriptIndex } from "./analysis/script-index";
import { analyseTiming, type TimingAnalysis } from "./analysis/timing";
import type { Report } from "./checks/check-context";
import { nodeFacts, type NodeFacts } from "./node-facts";
import { runPhrases } from "./rules/phrases";
import { runRequired } from "./rules/required";
import { applySuppressions } from "./suppressions";
import { describeWalk, nameOf } from "./walk-names";
import { toFinding } from "./to-finding";

export type LintSetup = {
  packs: readonly RulePack[];
  workspace?: WorkspaceLintSettings;
  /** The language of the messages; the script's own language when absent. */
  messageLocale?: Locale;
};

export type StageEstimate = { stageId: string; seconds: number; budgetSeconds: number | null; path: string[] };

export type LintReport = {
  findings: Finding[];
  counts: Record<Severity, number>;
  /** Worst-walk speaking time per stage, for the stage legend. */
  stages: StageEstimate[];
  call: { longestSeconds: number | null; shortestSuccessSeconds: number | null };
};

/**
 * `local[k]`: the findings of the k-th phrase rule (in rule order) on the element (the cache is
 * dropped when the rules change); `any`: whether there is at least one.
 */
type NodeCache = { facts: NodeFacts; role: string | undefined; local: Report[][]; any: boolean };

/**
 * A linter that remembers: per element object it keeps the normalised text, speaking time and
 * text findings, and the graph index is reused while only words change. Documents are immutable
 * (edits replace the elements they touch), so object identity is the cache key.
 */
export function createLinter() {
  let compiledKey: unknown[] = [];
  let compiled: CompiledRules | null = null;
  let cache = new WeakMap<ScriptNode, NodeCache>();
  let lastIndex: ScriptIndex | null = null;
  // The previous lint's elements and their cache entries, position by position: an element still
  // in its place is found without a lookup in `cache` (most of them, while a designer types).
  let last: { nodes: readonly ScriptNode[]; entries: readonly NodeCache[] } | null = null;
  // Graph-only checks (CheckDefinition.shapeOnly): their last reports, the graph they saw
  // (`shape` counts the indexes built) and the elements whose words they read.
  let shape = 0;
  let memos = new Map<ActiveRule, { shape: number; reports: Report[]; read: Uint8Array }>();

  function rulesFor(doc: ScriptDocument, setup: LintSetup): CompiledRules {
    // The message language is part of the key: cached phrase findings carry labels rendered in it
    // (without it, switching the language kept the previous language's labels inside new messages).
    const key = [setup.packs, setup.workspace, doc.family, doc.locale, doc.lint, setup.messageLocale];
    if (!compiled || key.some((k, i) => k !== compiledKey[i])) {
      compiled = compileRules(setup.packs, setup.workspace, doc);
      compiledKey = key;
      cache = new WeakMap();
      last = null;
      memos = new Map();
    }
    return compiled;
  }

  function indexFor(doc: ScriptDocument): ScriptIndex {
    const reuse = lastIndex && sameShape(lastIndex.doc, doc);
    if (!reuse) shape++;
    lastIndex = reuse && lastIndex ? { ...lastIndex, doc, nodes: doc.nodes } : indexScript(doc);
    return lastIndex;
  }

  return {
    lint(doc: ScriptDocument, setup: LintSetup): LintReport {
      const { rules, speech } = rulesFor(doc, setup);
      const locale = setup.messageLocale ?? doc.locale;
      const index = indexFor(doc);
      const previous = last;
      const edited: number[] = []; // positions whose element is not the one the last lint saw
      const perNode = doc.nodes.map((node, i) => {
        const role = index.stageOf(i)?.role;
        const same = previous?.nodes[i] === node;
        if (!same) edited.push(i);
        const hit = same ? previous!.entries[i] : cache.get(node);
        if (hit && hit.role === role) return hit;
        const entry: NodeCache = { facts: nodeFacts(node, doc.locale, speech), role, local: [], any: false };
        for (const active of rules) {
          if (!active.phrases) continue;
          const reports = runPhrases(active.phrases, node, entry.facts, role, locale);
          entry.local.push(reports);
          if (reports.length > 0) entry.any = true;
        }
        cache.set(node, entry);
        return entry;
      });
      last = { nodes: doc.nodes, entries: perNode };
      const facts = (i: number) => perNode[i]!.facts;
      const name = (i: number) => nameOf(index.nodes[i]!, facts(i).text);
      const walkNames = (walk: readonly (number | string)[]) => describeWalk(index, walk, facts);
      const worded = perNode.filter((entry) => entry.any); // the elements with phrase findings
      let timing: TimingAnalysis | null = null;
      const timingOf = () => (timing ??= analyseTiming(index, (i) => facts(i).seconds));
      const findings: Finding[] = [];
      const emit = (active: ActiveRule, report: Report) => findings.push(toFinding(active, report, locale));

      let slot = 0; // which phrase rule this is, counting in rule order
      for (const active of rules) {
        if (active.phrases) {
          // Only the elements with phrase findings, in order: visiting every element for every
          // phrase rule on every lint showed in the profile of the 1,000-element benchmark.
          for (const entry of worded) for (const report of entry.local[slot]!) emit(active, report);
          slot++;
        }
        else if (active.required) {
          runRequired(active.required, index, facts, locale, walkNames).forEach((r) => emit(active, r));
        }
        else if (active.check?.definition.shapeOnly) {
          const memo = memos.get(active);
          if (memo && memo.shape === shape && !edited.some((i) => memo.read[i])) {
            for (const report of memo.reports) emit(active, report);
            continue;
          }
          // Record which elements' words the check reads: an edit of any other keeps its reports.
          const read = new Uint8Array(doc.nodes.length);
          const reports: Report[] = [];
          active.check.definition.run({
            index,
            facts: (i) => {
              read[i] = 1;
              return facts(i);
            },
            timing: () => {
              read.fill(1);
              return timingOf();
            },
            speech,
            options: active.check.options,
            name: (i) => {
              read[i] = 1;
              return name(i);
            },
            describeWalk: (walk) => {
              for (const step of walk) read[typeof step === "number" ? step : (index.position.get(step) ?? -1)] = 1;
              return walkNames(walk);
            },
            report: (r) => {
              reports.push(r);
              emit(active, r);
            },
          });
          memos.set(active, { shape, reports, read });
        }
        else if (active.check) {
          active.check.definition.run({
            index,
            facts,
            timing: timingOf,
            speech,
            options: active.check.options,
            name,
            describeWalk: walkNames,
            report: (r) => emit(active, r),
          });
        }
      }
      const kept = applySuppressions(doc, findings, rules, locale);
      kept.sort(compareFindings);
      const t = timingOf();
      return {
        findings: kept,
        counts: countBySeverity(kept),
        stages: index.stages.map((s) => {
          const worst = t.stages.get(s.id)?.worst;
          return { stageId: s.id, seconds: worst?.value ?? 0, budgetSeconds: s.budgetSeconds, path: worst?.path.map((i) => doc.nodes[i]!.id) ?? [] };
        }),
        call: { longestSeconds: t.longestCall?.value ?? null, shortestSuccessSeconds: t.shortestSuccess?.value ?? null },
      };
    },
  };
}

/** One-shot lint (server, command line): the same code, without the memory. */
export function lintScript(doc: ScriptDocument, setup: LintSetup): LintReport {
  return createLinter().lint(doc, setup);
}


function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

// The graph index depends on ids, kinds, outputs, stages and flows, not on words: while a burst of
// typing changes only text, the previous index is still right.
function sameShape(a: ScriptDocument, b: ScriptDocument): boolean {
  if (a.edges !== b.edges || a.entry !== b.entry || a.stages !== b.stages || a.nodes.length !== b.nodes.length) return false;
  for (let i = 0; i < a.nodes.length; i++) {
    const x = a.nodes[i]!;
    const y = b.nodes[i]!;
    if (x === y) continue;
    if (x.id !== y.id || x.kind !== y.kind) return false;
    if (x.kind !== "exit" && y.kind !== "exit" && x.stageId !== y.stageId) return false;
    if (x.kind === "choice" && y.kind === "choice" && x.answers !== y.answers) return false;
  }
  return true;
}
