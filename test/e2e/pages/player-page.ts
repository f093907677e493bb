import fs from "node:fs/promises";
import type { Locator, Page } from "playwright-core";
import type { Messages } from "@/lib/i18n/catalogues";
import type { EditorPage } from "./editor-page";

/** The walk-through player in the editor's right-hand panel, as an agent uses it. */
export class PlayerPage {
  constructor(readonly editor: EditorPage) {}

  get page(): Page {
    return this.editor.page;
  }

  get m(): Messages["simulate"] {
    return this.editor.m.simulate;
  }

  get toggle(): Locator {
    return this.page.getByRole("button", { name: this.m.toggle, exact: true });
  }

  get panel(): Locator {
    return this.page.getByRole("region", { name: this.m.panel.label, exact: true });
  }

  /** The current step while the call runs. */
  get step(): Locator {
    return this.panel.getByRole("region", { name: this.m.step.label, exact: true });
  }

  /** The step view once the call has ended. */
  get ended(): Locator {
    return this.panel.getByRole("region", { name: this.m.ended.heading, exact: true });
  }

  get clocks(): Locator {
    return this.panel.getByRole("region", { name: this.m.clock.heading, exact: true });
  }

  async open(): Promise<void> {
    await this.toggle.click();
    await this.panel.waitFor();
  }

  /** Picks the n-th sample customer of the target group (1-based). */
  async pickSample(n: number): Promise<void> {
    await this.panel.getByLabel(this.m.customer.sample, { exact: true }).selectOption({ index: n - 1 });
  }

  /** Types a customer or system value by its variable's label. */
  async setValue(label: string, value: string): Promise<void> {
    await this.panel.getByLabel(label, { exact: true }).fill(value);
  }

  async start(): Promise<void> {
    await this.panel.getByRole("button", { name: this.m.customer.start, exact: true }).click();
    await this.step.or(this.ended).waitFor();
  }

  async answer(label: string): Promise<void> {
    await this.step.getByRole("button", { name: label, exact: true }).click();
  }

  async next(): Promise<void> {
    await this.step.getByRole("button", { name: this.m.step.next }).click();
  }

  /** Fills the current step's field (named by its variable's label) and records it. */
  async record(label: string, value: string): Promise<void> {
    await this.step.getByLabel(label).fill(value);
    await this.step.getByRole("button", { name: this.m.step.record, exact: true }).click();
  }

  async result(ok: boolean): Promise<void> {
    await this.step.getByRole("button", { name: ok ? this.m.step.succeeded : this.m.step.failed }).click();
  }

  async back(): Promise<void> {
    await this.panel.getByRole("button", { name: this.m.controls.back }).click();
  }

  /** The label of the element the call is at, as the step view heads it. */
  async at(label: string): Promise<void> {
    await this.step.getByRole("heading", { name: label }).waitFor();
  }

  /** The clock of a stage, e.g. "23 / 40 秒". */
  async stageClock(stage: string): Promise<string> {
    const row = this.clocks.getByRole("listitem").filter({ hasText: stage });
    return ((await row.textContent()) ?? "").replace(stage, "").trim();
  }

  async total(): Promise<string> {
    return (await this.clocks.getByTestId("call-total").textContent()) ?? "";
  }

  /** Downloads the transcript as Markdown and returns its text. */
  async downloadMarkdown(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.panel.getByRole("button", { name: this.m.transcript.download, exact: true }).click(),
    ]);
    const file = await download.path();
    return { name: download.suggestedFilename(), text: await fs.readFile(file, "utf8") };
  }

  async copyText(): Promise<string> {
    await this.panel.getByRole("button", { name: this.m.transcript.copy, exact: true }).click();
    await this.panel.getByRole("status").filter({ hasText: this.m.transcript.copied }).waitFor();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }
}
