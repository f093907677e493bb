import type { WorkspaceLintSettings } from "@/lib/lint/workspace-settings";

// The workspace settings as the page shows them, and their way to the server. Every change shows
// at once and is sent as the whole settings object, one request at a time; changes made while a
// request is out go in the next one. A failed save keeps the user's choice on screen, marked as
// not saved until a later save (or a retry) gets it through.

export type SaveStatus = { state: "saving" } | { state: "saved" } | { state: "failed"; message: string | null };

export type SaverSnapshot = { settings: WorkspaceLintSettings; statuses: ReadonlyMap<string, SaveStatus> };

type Save = (settings: WorkspaceLintSettings) => Promise<WorkspaceLintSettings>;

export class SettingsSaver {
  private settings: WorkspaceLintSettings;
  private statuses = new Map<string, SaveStatus>();
  /** Keys not yet confirmed by the server, with the change number that last touched them. */
  private pending = new Map<string, number>();
  private changes = 0;
  private running = false;
  private again = false;
  private snapshot: SaverSnapshot;
  private listeners = new Set<() => void>();

  constructor(
    initial: WorkspaceLintSettings,
    private readonly save: Save,
    private readonly describe: (error: unknown) => string | null,
  ) {
    this.settings = initial;
    this.snapshot = { settings: initial, statuses: new Map() };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SaverSnapshot => this.snapshot;

  /** Whether something is not yet on the server (saving, or failed). */
  get unsaved(): boolean {
    return this.pending.size > 0;
  }

  /** Applies a change under `key` (a rule id, "speech") and saves it. */
  change(key: string, update: (settings: WorkspaceLintSettings) => WorkspaceLintSettings): Promise<void> {
    this.settings = update(this.settings);
    this.pending.set(key, ++this.changes);
    this.statuses.set(key, { state: "saving" });
    this.emit();
    return this.run();
  }

  /** Sends again whatever failed to save. */
  retry(): Promise<void> {
    for (const key of this.pending.keys()) this.statuses.set(key, { state: "saving" });
    this.emit();
    return this.run();
  }

  private async run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.again = false;
        const upTo = this.changes;
        try {
          const stored = await this.save(this.settings);
          this.settle(upTo, { state: "saved" });
          // The server's form of the settings, unless the user has changed something since.
          if (this.changes === upTo) this.settings = stored;
        } catch (error) {
          this.settle(upTo, { state: "failed", message: this.describe(error) }, true);
        }
        this.emit();
      } while (this.again);
    } finally {
      this.running = false;
    }
  }

  private settle(upTo: number, status: SaveStatus, keepPending = false): void {
    for (const [key, change] of this.pending) {
      if (change > upTo) continue;
      this.statuses.set(key, status);
      if (!keepPending) this.pending.delete(key);
    }
  }

  private emit(): void {
    this.snapshot = { settings: this.settings, statuses: new Map(this.statuses) };
    for (const listener of this.listeners) listener();
  }
}
