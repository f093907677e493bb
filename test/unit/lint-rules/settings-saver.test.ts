import { describe, expect, it } from "vitest";
import type { WorkspaceLintSettings } from "@/lib/lint/workspace-settings";
import { SettingsSaver } from "@/components/lint-rules/settings-saver";
import { withRuleLevel } from "@/components/lint-rules/settings-update";

/** A server whose answers the test releases one at a time. */
function fakeServer() {
  const calls: { sent: WorkspaceLintSettings; resolve: (s: WorkspaceLintSettings) => void; reject: (e: unknown) => void }[] = [];
  const save = (sent: WorkspaceLintSettings) => new Promise<WorkspaceLintSettings>((resolve, reject) => calls.push({ sent, resolve, reject }));
  return { calls, save };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe("SettingsSaver", () => {
  it("shows a change at once and marks it saved when the server confirms", async () => {
    const server = fakeServer();
    const saver = new SettingsSaver({}, server.save, () => "boom");
    const done = saver.change("a/b", (s) => withRuleLevel(s, "a/b", "off"));
    expect(saver.getSnapshot().settings).toEqual({ rules: { "a/b": "off" } });
    expect(saver.getSnapshot().statuses.get("a/b")).toEqual({ state: "saving" });
    server.calls[0]?.resolve({ rules: { "a/b": "off" } });
    await done;
    expect(saver.getSnapshot().statuses.get("a/b")).toEqual({ state: "saved" });
    expect(saver.unsaved).toBe(false);
  });

  it("sends one request at a time, with every change made meanwhile", async () => {
    const server = fakeServer();
    const saver = new SettingsSaver({}, server.save, () => null);
    const first = saver.change("a/b", (s) => withRuleLevel(s, "a/b", "off"));
    void saver.change("c/d", (s) => withRuleLevel(s, "c/d", "info"));
    void saver.change("e/f", (s) => withRuleLevel(s, "e/f", "error"));
    expect(server.calls).toHaveLength(1);
    server.calls[0]?.resolve(server.calls[0].sent);
    await tick();
    expect(saver.getSnapshot().statuses.get("a/b")).toEqual({ state: "saved" });
    expect(saver.getSnapshot().statuses.get("e/f")).toEqual({ state: "saving" });
    expect(server.calls).toHaveLength(2);
    expect(server.calls[1]?.sent).toEqual({ rules: { "a/b": "off", "c/d": "info", "e/f": "error" } });
    server.calls[1]?.resolve(server.calls[1].sent);
    await first;
    expect([...saver.getSnapshot().statuses.values()].every((s) => s.state === "saved")).toBe(true);
  });

  it("keeps a choice that failed to save on screen, marked, until a retry gets it through", async () => {
    const server = fakeServer();
    const saver = new SettingsSaver({}, server.save, (e) => String(e));
    const done = saver.change("a/b", (s) => withRuleLevel(s, "a/b", "off"));
    server.calls[0]?.reject("offline");
    await done;
    expect(saver.getSnapshot().settings).toEqual({ rules: { "a/b": "off" } });
    expect(saver.getSnapshot().statuses.get("a/b")).toEqual({ state: "failed", message: "offline" });
    expect(saver.unsaved).toBe(true);

    const retried = saver.retry();
    expect(saver.getSnapshot().statuses.get("a/b")).toEqual({ state: "saving" });
    expect(server.calls[1]?.sent).toEqual({ rules: { "a/b": "off" } });
    server.calls[1]?.resolve({ rules: { "a/b": "off" } });
    await retried;
    expect(saver.getSnapshot().statuses.get("a/b")).toEqual({ state: "saved" });
    expect(saver.unsaved).toBe(false);
  });

  it("does not let the server's answer overwrite a change made after the request", async () => {
    const server = fakeServer();
    const saver = new SettingsSaver({}, server.save, () => null);
    void saver.change("a/b", (s) => withRuleLevel(s, "a/b", "off"));
    void saver.change("a/b", (s) => withRuleLevel(s, "a/b", "info"));
    server.calls[0]?.resolve({ rules: { "a/b": "off" } });
    await tick();
    expect(saver.getSnapshot().settings).toEqual({ rules: { "a/b": "info" } });
    expect(saver.getSnapshot().statuses.get("a/b")).toEqual({ state: "saving" });
  });
});
