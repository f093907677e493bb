import type { Locale } from "../../script/enums";
import type { ScriptIndex } from "../analysis/script-index";
import type { Report } from "../checks/check-context";
import type { RequiredRule } from "../pack-schema";
import type { NodeFacts } from "../node-facts";
import { normalizePhrase } from "../text/normalize";

export type CompiledRequiredRule = { rule: RequiredRule; groups: string[][] };

export function compileRequiredRule(rule: RequiredRule): CompiledRequiredRule {
  return { rule, groups: rule.groups.map((g) => g.anyOf.map(normalizePhrase)) };
}

/**
 * Words that must be said on every walk: in the opening (the first stage, before the call moves
 * on) or in the closing (the last stage or the exit's words, before every success exit). A
 * breadth-first search through the elements that do not say them finds a walk that misses them.
 */
export function runRequired(
  compiled: CompiledRequiredRule,
  index: ScriptIndex,
  facts: (i: number) => NodeFacts,
  locale: Locale,
  describeWalk: (walk: readonly string[]) => string,
): Report[] {
  const { rule, groups } = compiled;
  const reports: Report[] = [];
  const first = index.stages[0];
  const last = index.stages[index.stages.length - 1];
  groups.forEach((phrases, g) => {
    const says = (i: number) => phrases.some((p) => facts(i).shadow.text.includes(p));
    const group = rule.groups[g]!;
    const params = (walk: string[]) => ({ group: group.name[locale], path: describeWalk(walk) });
    if (index.entry < 0) return;
    if (rule.where === "opening") {
      const inOpening = (i: number) => index.nodes[i]!.kind !== "exit" && index.stageOf(i)?.id === first?.id;
      const missed = searchMissing(index, says, (i, links) => !inOpening(i) || links.some((to) => !inOpening(to)) || links.length === 0, inOpening);
      if (missed === null) return;
      const entry = index.nodes[index.entry]!;
      const suggestions =
        group.insert && "text" in entry
          ? [{ text: group.insert, edit: { nodeId: entry.id, field: "text" as const, range: { start: 0, end: 0 }, text: group.insert } }]
          : undefined;
      reports.push({ nodeId: entry.id, path: missed, params: params(missed), ...(suggestions ? { suggestions } : {}) });
    } else {
      const inClosing = (i: number) => index.stageOf(i)?.id === last?.id;
      const satisfied = (i: number) => inClosing(i) && says(i);
      const isSuccess = (i: number) => {
        const n = index.nodes[i]!;
        return n.kind === "exit" && n.outcome === "success";
      };
      const missed = searchMissing(index, satisfied, (i) => isSuccess(i), () => true);
      if (missed === null) return;
      const exitId = missed[missed.length - 1]!;
      const before = missed[missed.length - 2];
      const target = before !== undefined && inClosing(index.position.get(before)!) ? before : exitId;
      const node = index.nodes[index.position.get(target)!]!;
      const text = "text" in node ? (node.text ?? "") : "";
      const suggestions = group.insert
        ? [{ text: group.insert, edit: { nodeId: node.id, field: "text" as const, range: { start: text.length, end: text.length }, text: group.insert } }]
        : undefined;
      reports.push({ nodeId: node.id, path: missed, params: params(missed), ...(suggestions ? { suggestions } : {}) });
    }
  });
  return reports;
}

/**
 * A walk from the entry, through elements for which `found` is false and `within` holds, to one
 * where `done` holds (`done` sees the element's onward targets); null when every walk finds it.
 */
function searchMissing(
  index: ScriptIndex,
  found: (i: number) => boolean,
  done: (i: number, links: number[]) => boolean,
  within: (i: number) => boolean,
): string[] | null {
  const parent = new Int32Array(index.nodes.length).fill(-2);
  parent[index.entry] = -1;
  const queue = [index.entry];
  for (let q = 0; q < queue.length; q++) {
    const at = queue[q]!;
    if (!within(at)) return walk(index, parent, at);
    if (found(at)) continue;
    const links = index.out[at]!.map((l) => l.to);
    if (done(at, links)) return walk(index, parent, at);
    for (const to of links) {
      if (parent[to] === -2) {
        parent[to] = at;
        queue.push(to);
      }
    }
  }
  return null;
}

function walk(index: ScriptIndex, parent: Int32Array, end: number): string[] {
  const ids: string[] = [];
  for (let at = end; at >= 0; at = parent[at]!) ids.push(index.nodes[at]!.id);
  return ids.reverse();
}
