import type { Locator, Page } from "playwright-core";
import { CATALOGUES, type Messages } from "@/lib/i18n/catalogues";
import type { UiLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { EditorPage } from "./editor-page";

type Key = Parameters<ReturnType<typeof translator>>[0];

/** The review queue and the copy review as an approver (or a designer) sees them. */
export class ReviewPage {
  constructor(
    readonly page: Page,
    readonly locale: UiLocale = "zh-CN",
  ) {}

  get m(): Messages["review"] {
    return CATALOGUES[this.locale].review;
  }

  t(key: Key, params?: Record<string, string | number>): string {
    return translator(this.locale)(key, params);
  }

  async gotoQueue(): Promise<void> {
    await this.page.goto("/reviews");
    await this.page.getByRole("heading", { level: 1, name: this.m.queue.heading }).waitFor();
  }

  /** From the queue, the copy review of candidate `number` of the script titled `title`. */
  async openFromQueue(title: string, number: number): Promise<void> {
    await this.page.getByRole("link", { name: this.t("review.queue.openLabel", { number, title }) }).click();
    await this.page.waitForURL(/\/reviews\/[^/]+$/);
    await this.decision.waitFor();
  }

  get decision(): Locator {
    return this.page.getByRole("region", { name: this.m.decision.heading });
  }

  element(id: string): Locator {
    return this.page.locator(`[data-element="${id}"]`);
  }

  /** The element's spoken words as drawn (with the changes marked inside). */
  words(id: string): Locator {
    return this.element(id).locator("p[lang]").first();
  }

  /** Selects `words` in an element's text the way a reader drags over them. */
  async selectWords(id: string, words: string): Promise<void> {
    await this.words(id).evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const kind = node.parentElement?.closest("[data-kind]")?.getAttribute("data-kind");
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if ((kind !== "same" && kind !== "added") || at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
        return;
      }
      throw new Error(`no words “${wanted}” to select`);
    }, words);
  }

  /** Comments on an element (quoting the selected words, if any). */
  async comment(id: string, name: string, body: string): Promise<void> {
    await this.element(id).getByRole("button", { name: this.t("review.comment.buttonLabel", { name }) }).click();
    await this.element(id).getByLabel(this.m.comment.body).fill(body);
    await this.element(id).getByRole("button", { name: this.m.comment.add }).click();
    await this.element(id).getByText(body).waitFor();
  }

  async decide(decision: "approve" | "requestChanges"): Promise<void> {
    await this.decision.getByRole("button", { name: this.m.decision[decision], exact: true }).click();
    await this.decision.getByRole("status").waitFor();
  }
}

/** Replaces `words` in a spoken-text field by moving the cursor as a user would (keeps {{variables}} intact). */
export async function replaceInSpoken(editor: EditorPage, label: string, text: string, words: string, replacement: string): Promise<string> {
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`“${words}” is not in “${text}”`);
  const keyboard = editor.page.keyboard;
  await editor.monaco(label).locator(".view-lines").click();
  await keyboard.press("ControlOrMeta+Home");
  for (let i = 0; i < at; i++) await keyboard.press("ArrowRight");
  for (let i = 0; i < words.length; i++) await keyboard.press("Shift+ArrowRight");
  await keyboard.insertText(replacement);
  return text.slice(0, at) + replacement + text.slice(at + words.length);
}
