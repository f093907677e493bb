"use client";

import { useEffect, useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import { rulesOf, type ConditionRule, type RuleSet } from "@/lib/script/condition";
import { newRule } from "@/lib/script/rule-values";
import { MatchSwitch, type Match } from "./match-switch";
import { RuleRow } from "./rule-row";
import type { VariableGroup } from "./variable-group";

/** The words that differ between callers: a condition has "rules", the target group "criteria". */
export type RuleListWords = {
  match: string;
  matchHint?: string;
  all: string;
  any: string;
  /** The accessible name of the list. */
  list: string;
  empty: (match: Match) => string;
  item: (number: number) => string;
  add: string;
  remove: (number: number) => string;
  /** Why nothing can be added: rules compare variables, and there are none. */
  noVariables: string;
};

type Props = {
  value: RuleSet;
  /** In the picker's order; a new rule starts on the first variable. */
  groups: readonly VariableGroup[];
  words: RuleListWords;
  /**
   * `burst` is set while a value is typed ("rule-2-value"): the caller makes it a burst key of
   * `dispatch`, so a typing run is one undo step. Discrete changes come without one.
   */
  onChange: (next: RuleSet, burst?: string) => void;
};

/** Rules that must all (or any) hold, each comparing a variable with a value. */
export function RuleListEditor({ value, groups, words, onChange }: Props) {
  const id = useId();
  const listRef = useRef<HTMLOListElement>(null);
  // After adding or removing a rule, where focus goes once the list has re-rendered.
  const focusAfter = useRef<string | null>(null);
  const match: Match = "all" in value ? "all" : "any";
  const rules = rulesOf(value);
  const first = groups.flatMap((g) => g.variables)[0];
  const write = (next: ConditionRule[], as: Match = match, burst?: string) => onChange(as === "all" ? { all: next } : { any: next }, burst);

  useEffect(() => {
    const key = focusAfter.current;
    if (!key) return;
    focusAfter.current = null;
    const target =
      key === "add"
        ? document.getElementById(`${id}-add`)
        : listRef.current?.querySelector<HTMLElement>(key === "last" ? "li:last-child select" : `[data-focus-key="${CSS.escape(key)}"]`);
    target?.focus();
  }, [value, id]);

  function add() {
    if (!first) return;
    // Take the designer to the new rule's variable, the first thing to choose.
    focusAfter.current = "last";
    write([...rules, newRule(first)]);
  }

  function remove(index: number) {
    const left = rules.length - 1;
    // To the row that took its place (or the one before it), else to "add".
    focusAfter.current = left === 0 ? "add" : `remove-${Math.min(index, left - 1)}`;
    write(rules.filter((_, i) => i !== index));
  }

  return (
    <div className="space-y-3">
      <MatchSwitch value={match} legend={words.match} hint={words.matchHint} all={words.all} any={words.any} onChange={(m) => write(rules, m)} />
      {rules.length === 0 ? <p className="text-xs text-slate-600">{words.empty(match)}</p> : null}
      <ol ref={listRef} aria-label={words.list} className="space-y-2 empty:hidden">
        {/* Rules have no ids; rows are keyed by position and their fields follow the document. */}
        {rules.map((rule, i) => (
          <RuleRow
            key={i}
            rule={rule}
            label={words.item(i + 1)}
            removeLabel={words.remove(i + 1)}
            focusKey={`remove-${i}`}
            groups={groups}
            onChange={(next, field) => write(rules.map((r, j) => (j === i ? next : r)), match, field && `rule-${i}-${field}`)}
            onRemove={() => remove(i)}
          />
        ))}
      </ol>
      <div>
        <Button
          id={`${id}-add`}
          size="sm"
          className="aria-disabled:cursor-not-allowed aria-disabled:text-slate-400"
          aria-disabled={first ? undefined : true}
          aria-describedby={first ? undefined : `${id}-none`}
          onClick={add}
        >
          {words.add}
        </Button>
        {first ? null : (
          <p id={`${id}-none`} className="mt-1 text-xs text-slate-600">
            {words.noVariables}
          </p>
        )}
      </div>
    </div>
  );
}
