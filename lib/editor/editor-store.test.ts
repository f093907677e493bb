import { describe, expect, it } from "vitest";
import { ask, end, flow, say, script } from "@/test/builders/script";
import { addNode, removeNodes, updateNode } from "../script/commands/nodes";
import { connect } from "../script/commands/edges";
import { createEditorStore, isDirty } from "./editor-store";
import { HISTORY_LIMIT } from "./history";

function storeWith(clock = { t: 0 }) {
  const doc = script([say("hello"), end("bye")], [flow("hello", "bye")]);
  return { store: createEditorStore({ doc, revision: 1, now: () => clock.t }), clock, doc };
}

describe("the editor store", () => {
  it("applies commands and takes them back in order", () => {
    const { store, doc } = storeWith();
    const { dispatch } = store.getState();
    dispatch(addNode, { node: ask("q", ["yes", "no"]), position: { x: 10, y: 20 } }, { label: "addNode" });
    dispatch(connect, { from: "q", port: "yes", to: "bye" }, { label: "connect" });
    expect(store.getState().doc.edges).toContainEqual({ from: "q", port: "yes", to: "bye" });

    store.getState().undo();
    expect(store.getState().doc.edges).toEqual(doc.edges);
    expect(store.getState().doc.nodes.map((n) => n.id)).toContain("q");
    store.getState().undo();
    expect(store.getState().doc).toBe(doc);

    store.getState().redo();
    store.getState().redo();
    expect(store.getState().doc.edges).toContainEqual({ from: "q", port: "yes", to: "bye" });
  });

  it("labels each step with what it did", () => {
    const { store } = storeWith();
    store.getState().dispatch(removeNodes, { ids: ["bye"] }, { label: "deleteNodes" });
    expect(store.getState().history.past.map((e) => e.label)).toEqual(["deleteNodes"]);
    store.getState().undo();
    expect(store.getState().history.future.map((e) => e.label)).toEqual(["deleteNodes"]);
  });

  it("records nothing for a command that changes nothing", () => {
    const { store, doc } = storeWith();
    store.getState().dispatch(connect, { from: "hello", port: "next", to: "bye" }, { label: "connect" });
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it("merges a typing burst in one field into one step", () => {
    const { store, clock, doc } = storeWith();
    const type = (text: string) => {
      const node = store.getState().doc.nodes[0];
      if (node?.kind !== "statement") throw new Error("expected a statement");
      store.getState().dispatch(updateNode, { node: { ...node, text } }, { label: "editNode", burst: "text:hello" });
    };
    type("您");
    clock.t += 300;
    type("您好");
    clock.t += 300;
    type("您好！");
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc).toBe(doc);

    type("A");
    clock.t += 5000;
    type("AB");
    expect(store.getState().history.past).toHaveLength(2);
  });

  it("makes a whole drag one step and keeps positions out of the document until the drop", () => {
    const { store, doc } = storeWith();
    store.getState().setDrag({ hello: { x: 5, y: 5 } });
    store.getState().setDrag({ hello: { x: 50, y: 60 } });
    expect(store.getState().doc).toBe(doc);
    store.getState().commitDrag();
    expect(store.getState().doc.layout.positions.hello).toEqual({ x: 50, y: 60 });
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc.layout.positions.hello).toBeUndefined();
  });

  it("keeps at most the history limit", () => {
    const { store } = storeWith();
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) {
      store.getState().dispatch(addNode, { node: say(`n${i}`) }, { label: "addNode" });
    }
    expect(store.getState().history.past).toHaveLength(HISTORY_LIMIT);
  });

  it("knows when there is something to save, and undo back to the saved state is clean", () => {
    const { store } = storeWith();
    expect(isDirty(store.getState())).toBe(false);
    store.getState().dispatch(removeNodes, { ids: ["bye"] }, { label: "deleteNodes" });
    expect(isDirty(store.getState())).toBe(true);
    store.getState().undo();
    expect(isDirty(store.getState())).toBe(false);
  });

  it("never puts selection into history", () => {
    const { store } = storeWith();
    store.getState().select(["hello"]);
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().selection).toEqual(["hello"]);
  });

  it("switches the side panel to the player as session state: not history, not a change to save", () => {
    const { store } = storeWith();
    expect(store.getState().panel).toBe("inspector");
    store.getState().setPanel("player");
    expect(store.getState().panel).toBe("player");
    expect(store.getState().history.past).toHaveLength(0);
    expect(isDirty(store.getState())).toBe(false);
  });
});
