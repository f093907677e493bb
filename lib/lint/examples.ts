import type { ScriptDocument } from "../script/document";
import { lintScript } from "./engine";
import type { Finding } from "./finding";
import type { Rule, RuleExample, RulePack } from "./pack-schema";
import { scriptFromSketch, type Sketch } from "./sketch";
import { applyTextEdit } from "./apply-edit";

export type ExampleFailure = {
  ruleId: string;
  kind: "fire" | "pass";
  index: number;
  problem: "silent" | "fired" | "wrong-node" | "wrong-range" | "wrong-fix" | "fix-not-idempotent";
  detail: string;
};

const LINE = "line";

/** The script an example stands for: a sketch as written, or one line said in its stage and then a success exit. */
export function exampleScript(example: RuleExample, rule: Rule, pack: RulePack): ScriptDocument {
  const family = rule.families?.[0] ?? "custom";
  const locale = pack.locale ?? "zh-CN";
  const sketch: Sketch =
    "script" in example
      ? { family, locale, ...example.script }
      : { family, locale, nodes: [{ id: LINE, stage: example.stage, say: example.text, next: "end" }, { id: "end", exit: "success" }] };
  return scriptFromSketch(sketch, locale);
}

/**
 * Runs every example of every rule of a pack: fire examples must be reported (on the named element,
 * covering the marked words, with the fix producing the fixed text, and the fix must not fire
 * again); pass examples must not be. Used by the test suite and before a custom pack is saved.
 */
export function checkPackExamples(pack: RulePack): ExampleFailure[] {
  const failures: ExampleFailure[] = [];
  for (const rule of pack.rules) {
    const findingsOf = (doc: ScriptDocument) =>
      lintScript(doc, { packs: [pack], messageLocale: "en" }).findings.filter((f) => f.ruleId === rule.id);
    rule.examples.fire.forEach((example, index) => {
      const fail = (problem: ExampleFailure["problem"], detail: string) => failures.push({ ruleId: rule.id, kind: "fire", index, problem, detail });
      const doc = exampleScript(example, rule, pack);
      const found = findingsOf(doc);
      if (found.length === 0) return fail("silent", describe(example));
      if ("script" in example) {
        if (example.node && !found.some((f) => f.nodeId === example.node)) fail("wrong-node", `expected ${example.node}, got ${found.map((f) => f.nodeId).join(", ")}`);
        return;
      }
      const hit = markedFinding(found, example.text, example.mark);
      if (!hit) return fail("wrong-range", `“${example.mark}” in “${example.text}”`);
      if (example.fixed === undefined) return;
      if (!hit.fix) return fail("wrong-fix", `no fix for “${example.text}”`);
      const fixed = applyTextEdit(doc, hit.fix);
      const text = textOf(fixed);
      if (text !== example.fixed) return fail("wrong-fix", `“${text}” instead of “${example.fixed}”`);
      const again = findingsOf(fixed).filter((f) => f.range && f.range.start < hit.fix!.range.start + hit.fix!.text.length && hit.fix!.range.start < f.range.end);
      if (again.length > 0) fail("fix-not-idempotent", `“${text}”`);
    });
    rule.examples.pass.forEach((example, index) => {
      const found = findingsOf(exampleScript(example, rule, pack));
      if (found.length > 0) {
        failures.push({ ruleId: rule.id, kind: "pass", index, problem: "fired", detail: `${describe(example)}: ${found.map((f) => f.message).join(" | ")}` });
      }
    });
  }
  return failures;
}

function markedFinding(found: Finding[], text: string, mark: string | undefined): Finding | undefined {
  if (mark === undefined) return found[0];
  const start = text.indexOf(mark);
  return found.find((f) => f.range && f.range.start === start && f.range.end === start + mark.length);
}

function textOf(doc: ScriptDocument): string {
  const node = doc.nodes.find((n) => n.id === LINE);
  return node && "text" in node ? (node.text ?? "") : "";
}

function describe(example: RuleExample): string {
  return "text" in example ? `“${example.text}”` : `script starting at ${example.script.nodes[0]?.id}`;
}
