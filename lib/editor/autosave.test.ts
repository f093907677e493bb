import { describe, expect, it } from "vitest";
import { end, flow, say, script } from "@/test/builders/script";
import { addNode } from "../script/commands/nodes";
import type { ScriptDocument } from "../script/document";
import { createEditorStore } from "./editor-store";
import { startAutosave, type SaveOutcome, type Timers } from "./autosave";

// Hand-made timers and a scripted server, so every step of the protocol is explicit.
function fakeTimers() {
  const pending = new Map<number, { fn: () => void; ms: number }>();
  let next = 1;
  const timers: Timers = {
    set: (fn, ms) => {
      pending.set(next, { fn, ms });
      return next++;
    },
    clear: (h) => void pending.delete(h as number),
  };
  return {
    timers,
    delays: () => [...pending.values()].map((p) => p.ms),
    async fire() {
      const due = [...pending.entries()];
      pending.clear();
      for (const [, p] of due) p.fn();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

function setup(replies: SaveOutcome[]) {
  const doc = script([say("a"), end("z")], [flow("a", "z")]);
  const store = createEditorStore({ doc, revision: 3 });
  const calls: { doc: ScriptDocument; base: number }[] = [];
  const clock = fakeTimers();
  const autosave = startAutosave(
    store,
    async (sent, base) => {
      calls.push({ doc: sent, base });
      return replies.shift() ?? { kind: "unreachable" };
    },
    { timers: clock.timers, debounceMs: 800 },
  );
  const edit = (id: string) => store.getState().dispatch(addNode, { node: say(id) }, { label: "addNode" });
  return { store, calls, clock, autosave, edit };
}

describe("autosave", () => {
  it("saves a moment after the last edit, naming the base revision", async () => {
    const { store, calls, clock, edit } = setup([{ kind: "saved", revision: 4 }]);
    edit("b");
    edit("c");
    expect(store.getState().save.status).toBe("pending");
    expect(clock.delays()).toEqual([800]);
    await clock.fire();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.base).toBe(3);
    expect(store.getState().save).toMatchObject({ status: "saved", revision: 4 });
  });

  it("saves edits made during a save right after it, on the new revision", async () => {
    const { store, calls, clock, edit, autosave } = setup([
      { kind: "saved", revision: 4 },
      { kind: "saved", revision: 5 },
    ]);
    edit("b");
    const first = autosave.flush();
    edit("c");
    await first;
    expect(store.getState().save.status).toBe("pending");
    await clock.fire();
    expect(calls.map((c) => c.base)).toEqual([3, 4]);
    expect(calls[1]?.doc.nodes.map((n) => n.id)).toContain("c");
    expect(store.getState().save).toMatchObject({ status: "saved", revision: 5 });
  });

  it("retries an unreachable server with growing waits and never drops the edit", async () => {
    const { store, calls, clock, edit } = setup([{ kind: "unreachable" }, { kind: "unreachable" }, { kind: "saved", revision: 4 }]);
    edit("b");
    await clock.fire();
    expect(store.getState().save.status).toBe("offline");
    expect(clock.delays()).toEqual([1000]);
    await clock.fire();
    expect(clock.delays()).toEqual([2000]);
    await clock.fire();
    expect(calls).toHaveLength(3);
    expect(calls.every((c) => c.doc.nodes.some((n) => n.id === "b"))).toBe(true);
    expect(store.getState().save.status).toBe("saved");
  });

  it("stops at a conflict until the user overwrites on top of their revision", async () => {
    const { store, calls, clock, edit, autosave } = setup([
      { kind: "conflict", currentRevision: 7 },
      { kind: "saved", revision: 8 },
    ]);
    edit("b");
    await clock.fire();
    expect(store.getState().save).toMatchObject({ status: "conflict", conflictRevision: 7 });
    edit("c");
    expect(clock.delays()).toEqual([]);
    await autosave.overwrite();
    expect(calls.map((c) => c.base)).toEqual([3, 7]);
    expect(store.getState().save).toMatchObject({ status: "saved", revision: 8, conflictRevision: null });
  });

  it("shows why the server refused a document and tries again after the next edit", async () => {
    const { store, calls, clock, edit } = setup([
      { kind: "rejected", message: "invalid", issues: [{ pathText: "document.title", message: "blank" }] },
      { kind: "saved", revision: 4 },
    ]);
    edit("b");
    await clock.fire();
    expect(store.getState().save.status).toBe("error");
    expect(clock.delays()).toEqual([]);
    edit("c");
    await clock.fire();
    expect(calls).toHaveLength(2);
    expect(store.getState().save.status).toBe("saved");
  });

  it("takes the server's draft on reload and is clean again", async () => {
    const { store, clock, edit } = setup([{ kind: "conflict", currentRevision: 9 }]);
    edit("b");
    await clock.fire();
    const theirs = script([say("theirs")], []);
    store.getState().loadFromServer(theirs, 9);
    expect(store.getState().save).toMatchObject({ status: "saved", revision: 9 });
    expect(store.getState().history.past).toHaveLength(0);
  });
});
