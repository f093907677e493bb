import type { Locale } from "../../script/enums";
import type { ScriptNode } from "../../script/nodes";
import type { Report } from "../checks/check-context";
import type { PhrasesRule } from "../pack-schema";
import type { NodeFacts } from "../node-facts";
import { compilePhrases, matchPhrases, type CompiledPhrases, type PhraseHit } from "../text/phrase-matcher";

export type CompiledPhrasesRule = { rule: PhrasesRule; matcher: CompiledPhrases };

export function compilePhrasesRule(rule: PhrasesRule): CompiledPhrasesRule {
  return { rule, matcher: compilePhrases(rule) };
}

/** Findings of a phrases rule on one element's words, with the entry's fix and rewrites as edits. */
export function runPhrases(
  compiled: CompiledPhrasesRule,
  node: ScriptNode,
  facts: NodeFacts,
  role: string | undefined,
  locale: Locale,
): Report[] {
  const { rule, matcher } = compiled;
  if (facts.blank) return [];
  if (rule.stages && (role === undefined || !rule.stages.includes(role as never))) return [];
  const hits = matchPhrases(matcher, facts.shadow);
  if (hits.length === 0) return []; // most lines: no copies, no sorting
  return firstPerSpan(hits).map((hit) => {
    const entry = rule.entries[hit.entry]!;
    const range = { start: hit.start, end: hit.end };
    const said = facts.text.slice(hit.start, hit.end);
    const edit = (text: string) => ({ nodeId: node.id, field: "text" as const, range, text: matchCase(said, text) });
    const better = entry.fix ?? entry.suggest?.[0] ?? "";
    return {
      nodeId: node.id,
      field: "text",
      range,
      severity: entry.severity,
      params: { phrase: said, label: entry.label?.[locale] ?? "", better },
      ...(entry.fix !== undefined ? { fix: edit(entry.fix) } : {}),
      ...(entry.suggest ? { suggestions: entry.suggest.map((text) => ({ text, edit: edit(text) })) } : {}),
    };
  });
}

// Entries are listed most specific first ("什么？" before a bare 什么): where two entries of one
// rule cover the same words, the earlier one speaks.
function firstPerSpan(hits: PhraseHit[]): PhraseHit[] {
  const kept: PhraseHit[] = [];
  for (const hit of [...hits].sort((a, b) => a.entry - b.entry)) {
    if (!kept.some((k) => k.start < hit.end && hit.start < k.end)) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** A rewrite of words that open a sentence with a capital keeps the capital ("No problem" -> "Certainly"). */
function matchCase(said: string, text: string): string {
  const first = said[0] ?? "";
  return first !== first.toLowerCase() && text[0] === text[0]?.toLowerCase() ? (text[0]?.toUpperCase() ?? "") + text.slice(1) : text;
}
