"use client";

import { useCallback, useMemo, useState } from "react";
import { step, type RuntimeError, type RuntimeInput, type RuntimeState, type Values } from "@/lib/runtime";
import type { ScriptDocument } from "@/lib/script/document";
import type { SpeechSettings } from "@/lib/speech/settings";
import { replay } from "@/lib/simulate/replay";
import { fieldsOf, valuesOf, variablesFrom, type FieldValues } from "./customer-values";

/** The customer and system fields of the player, and which sample customer filled them (null: typed by hand). */
export type WalkForm = { sample: number | null; customer: FieldValues; system: FieldValues };

/** A walk is kept as what an agent gave: start values and inputs. The state is replayed from them. */
type Session = { customer: Values; system: Values; inputs: readonly RuntimeInput[] };

export type Walk = {
  form: WalkForm;
  chooseSample(index: number | null): void;
  setField(source: "customer" | "system", name: string, value: string): void;
  /** The call; null until the first start. */
  state: RuntimeState | null;
  /** Set when the script was edited under the walk and an earlier input no longer fits. */
  stopped: RuntimeError | null;
  /** Why the last input at the current element was refused. */
  error: RuntimeError | null;
  /** A new call with the values in the fields. */
  start(): void;
  /** The same call again, with the values it was started with. */
  restart(): void;
  back(): void;
  /** Gives the current element an input; false (and `error` set) when the engine refuses it. */
  give(input: RuntimeInput): boolean;
  /** Counts the player's own moves, so the step view can put the focus on the new step's first control. */
  moves: number;
};

/**
 * One walk through the script in the editor. The state is derived: replayed from the start values
 * and inputs whenever they or the script change, so the walk follows the designer's edits (up to
 * the first input an edit makes impossible) and `back` is one input fewer. A walk is tens of steps;
 * replaying it costs microseconds.
 */
export function useWalk(doc: ScriptDocument, speech: SpeechSettings): Walk {
  const [form, setForm] = useState<WalkForm>(() => {
    const first = doc.targetGroup.sample?.[0];
    return { sample: first ? 0 : null, customer: fieldsOf(first), system: {} };
  });
  const [session, setSession] = useState<Session | null>(null);
  const [refused, setRefused] = useState<{ applied: number; error: RuntimeError } | null>(null);
  const [moves, setMoves] = useState(0);

  const replayed = useMemo(() => (session ? replay(doc, session, session.inputs, { speech }) : null), [doc, session, speech]);
  const state = replayed?.state ?? null;

  const chooseSample = useCallback(
    (index: number | null) => {
      const record = index === null ? undefined : doc.targetGroup.sample?.[index];
      setForm((f) => ({ ...f, sample: record ? index : null, customer: record ? fieldsOf(record) : f.customer }));
    },
    [doc.targetGroup.sample],
  );

  const setField = useCallback((source: "customer" | "system", name: string, value: string) => {
    setForm((f) => (source === "customer" ? { ...f, sample: null, customer: { ...f.customer, [name]: value } } : { ...f, system: { ...f.system, [name]: value } }));
  }, []);

  const moved = useCallback((next: Session | null) => {
    setSession(next);
    setRefused(null);
    setMoves((n) => n + 1);
  }, []);

  const start = useCallback(() => {
    moved({ customer: valuesOf(form.customer, variablesFrom(doc, "customer")), system: valuesOf(form.system, variablesFrom(doc, "system")), inputs: [] });
  }, [moved, form, doc]);

  const restart = useCallback(() => {
    if (session) moved({ ...session, inputs: [] });
  }, [moved, session]);

  const back = useCallback(() => {
    if (session && replayed && replayed.applied > 0) moved({ ...session, inputs: session.inputs.slice(0, replayed.applied - 1) });
  }, [moved, session, replayed]);

  const give = useCallback(
    (input: RuntimeInput): boolean => {
      if (!session || !replayed) return false;
      const result = step(replayed.state, input);
      if (!result.ok) {
        setRefused({ applied: replayed.applied, error: result.error });
        return false;
      }
      // Inputs an edit made impossible are dropped once the walk goes on from where it stopped.
      moved({ ...session, inputs: [...session.inputs.slice(0, replayed.applied), input] });
      return true;
    },
    [moved, session, replayed],
  );

  const error = refused && replayed && refused.applied === replayed.applied ? refused.error : null;
  const stopped = replayed?.error ?? null;
  return useMemo(
    () => ({ form, chooseSample, setField, state, stopped, error, start, restart, back, give, moves }),
    [form, chooseSample, setField, state, stopped, error, start, restart, back, give, moves],
  );
}
