import type { Locator, Page } from "playwright-core";
import { CATALOGUES, type Messages } from "@/lib/i18n/catalogues";
import type { ElementKind } from "@/lib/script/enums";
import type { UiLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

/** The script editor as a user sees it, in one interface language. */
export class EditorPage {
  constructor(
    readonly page: Page,
    readonly locale: UiLocale = "zh-CN",
  ) {}

  get m(): Messages {
    return CATALOGUES[this.locale];
  }

  t(key: Parameters<ReturnType<typeof translator>>[0], params?: Record<string, string | number>): string {
    return translator(this.locale)(key, params);
  }

  async goto(scriptId: string): Promise<void> {
    await this.page.goto(`/scripts/${scriptId}/edit`);
    await this.node("greeting").or(this.page.locator(".react-flow__node").first()).first().waitFor();
  }

  get canvas(): Locator {
    return this.page.locator(".react-flow");
  }

  node(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  elements(): Locator {
    return this.page.locator(".react-flow__node:not(.react-flow__node-lane)");
  }

  edges(): Locator {
    return this.page.locator(".react-flow__edge");
  }

  /**
   * Drags a kind from the palette onto the canvas so that the new element's top-left corner lands
   * at a point of the page (the editor centres the element under the pointer).
   */
  async dropFromPalette(kind: ElementKind, topLeft: { x: number; y: number }): Promise<void> {
    const button = this.page.getByRole("button", { name: this.t("editor.palette.add", { kind: this.m.kinds[kind] }) });
    const canvas = await this.canvas.boundingBox();
    if (!canvas) throw new Error("no canvas");
    await button.dragTo(this.canvas, { targetPosition: { x: topLeft.x - canvas.x + 130, y: topLeft.y - canvas.y + 30 } });
  }

  async box(id: string): Promise<{ x: number; y: number; width: number; height: number }> {
    const box = await this.node(id).boundingBox();
    if (!box) throw new Error(`element ${id} is not on screen`);
    return box;
  }

  /** Drags from an element's output to another element's input. */
  async connect(from: string, port: string, to: string): Promise<void> {
    const source = this.node(from).locator(`.react-flow__handle.source[data-handleid="${port}"]`);
    const target = this.node(to).locator(".react-flow__handle.target");
    const a = await source.boundingBox();
    const b = await target.boundingBox();
    if (!a || !b) throw new Error(`cannot see the handles of ${from}:${port} → ${to}`);
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
    await this.page.mouse.up();
  }

  async select(id: string): Promise<void> {
    await this.node(id).click({ position: { x: 40, y: 10 } });
  }

  /** A Monaco editor by the accessible name of its input, once Monaco has loaded. */
  monaco(label: string): Locator {
    return this.page.locator(".monaco-editor").filter({ has: this.page.getByRole("textbox", { name: label, exact: true }) });
  }

  /** Replaces the text of a spoken-text field the way a user types (insertText: Monaco's EditContext drops typed spaces). */
  async typeSpoken(label: string, text: string): Promise<void> {
    await this.monaco(label).locator(".view-lines").click();
    await this.page.keyboard.press("ControlOrMeta+A");
    await this.page.keyboard.insertText(text);
  }

  async fill(label: string, text: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).fill(text);
  }

  async waitSaved(): Promise<void> {
    await this.page.getByRole("status").filter({ hasText: this.m.editor.save.saved }).waitFor();
  }

  async showJson(): Promise<void> {
    await this.page.getByRole("button", { name: this.m.editor.toolbar.json, exact: true }).click();
    await this.page.locator(".monaco-editor .view-lines").first().waitFor();
  }

  async showCanvas(): Promise<void> {
    await this.page.getByRole("button", { name: this.m.editor.toolbar.canvas, exact: true }).click();
    await this.canvas.waitFor();
  }

  /** Replaces the whole JSON text in the JSON view. */
  async replaceJson(text: string): Promise<void> {
    await this.monaco(this.m.code.json.editorLabel).locator(".view-lines").click();
    await this.page.keyboard.press("ControlOrMeta+A");
    await this.page.keyboard.press("Delete");
    await this.page.keyboard.insertText(text);
  }
}
