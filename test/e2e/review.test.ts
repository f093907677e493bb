import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type { Page } from "playwright-core";
import type { CandidateSummaryJson, PublishedEnvelope, VersionSummaryJson } from "@/lib/api/review";
import type { ScriptSummaryJson } from "@/lib/api/scripts";
import type { Role } from "@/lib/access/roles";
import { EXAMPLE_SCRIPTS } from "@/lib/examples";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { apiFetch } from "../support/session";
import { openBrowser, screenshot, type Browser } from "./browser";
import { EditorPage } from "./pages/editor-page";
import { ReviewPage, replaceInSpoken } from "./pages/review-page";

// The whole review road in the browser: a designer changes the greeting of a live script and
// submits it past a warning; an approver reads the change inside the words, comments and sends it
// back; the designer fixes it, resolves the comment and resubmits; the approver approves; the
// designer publishes; agent systems get version 2.

const TITLE = "审核流程：宽带故障报修";
const fault = EXAMPLE_SCRIPTS.find((e) => e.slug === "broadband-fault-inbound")!.document;
const liveGreeting = (fault.nodes.find((n) => n.id === "greet") as { text: string }).text;

let designer: Browser;
let approver: Browser;
let script: ScriptSummaryJson;
const pageErrors: string[] = [];

async function call<T>(path: string, body: unknown, role: Role, status: number): Promise<T> {
  const response = await apiFetch(inject("baseURL"), path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }, role);
  const json = (await response.json()) as T;
  if (response.status !== status) throw new Error(`${path} as ${role}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** Waits for a dialog of the page by its heading. */
const dialog = (page: Page, name: string) => page.getByRole("dialog", { name });

beforeAll(async () => {
  // A live version 1 to compare against, made through the API as the three steps of the road.
  script = await call<ScriptSummaryJson>("/api/v1/scripts", { document: { ...fault, title: TITLE } }, "designer", 201);
  const first = await call<CandidateSummaryJson>(`/api/v1/scripts/${script.id}/submit`, { acknowledged: [] }, "designer", 201);
  await call(`/api/v1/candidates/${first.id}/approve`, {}, "approver", 200);
  const v1 = await call<VersionSummaryJson>(`/api/v1/candidates/${first.id}/publish`, { note: "首次发布" }, "designer", 201);
  expect(v1.version).toBe(1);
  designer = await openBrowser({ locale: "zh-CN", viewport: { width: 1600, height: 1000 } });
  approver = await openBrowser({ as: "approver", locale: "zh-CN", viewport: { width: 1440, height: 1000 } });
  // The copy review renders on the server and hydrates: a mismatch or a crash shows up here.
  approver.page.on("console", (message) => {
    if (message.type() === "error" && !message.text().includes("favicon")) pageErrors.push(message.text());
  });
  approver.page.on("pageerror", (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await designer?.close();
  await approver?.close();
});

describe("reviewing and publishing copy", () => {
  it("goes from an edited greeting through review, changes and approval to version 2", async () => {
    const editor = new EditorPage(designer.page);
    const textLabel = editor.m.inspector.statement.text;
    const submit = editor.m.review.submit;

    // The designer rewrites the greeting, slipping a 你 in, and submits past the warning.
    await editor.goto(script.id);
    await designer.page.getByText(editor.t("review.strip.live", { version: 1 })).waitFor();
    await editor.select("greet");
    let text = await replaceInSpoken(editor, textLabel, liveGreeting, "欢迎", "感谢");
    text = await replaceInSpoken(editor, textLabel, text, "为您服务", "为你服务");
    await designer.page.getByRole("button", { name: submit.button, exact: true }).click();
    const submitDialog = dialog(designer.page, submit.heading);
    await submitDialog.getByText(submit.warningsIntro).waitFor();
    await submitDialog.getByText("称呼客户请用").first().waitFor();
    await screenshot(designer.page, "review-submit-warnings-zh-CN");
    const ticks = submitDialog.getByRole("checkbox");
    for (let i = 0; i < (await ticks.count()); i++) await ticks.nth(i).check();
    await submitDialog.getByRole("button", { name: submit.submitAnyway }).click();
    await submitDialog.getByText(editor.t("review.submit.done", { number: 2 })).waitFor();
    await submitDialog.getByRole("button", { name: submit.close }).click();
    await designer.page.getByText(editor.t("review.strip.pending", { number: 2 })).waitFor();

    // The approver finds it in the queue and sees the change inside the words.
    const review = new ReviewPage(approver.page);
    await review.gotoQueue();
    await screenshot(approver.page, "review-queue-zh-CN");
    await review.openFromQueue(TITLE, 2);
    const words = review.words("greet");
    expect(await words.locator("ins").allTextContents()).toEqual(["感谢", "你"]);
    expect(await words.locator("del").allTextContents()).toEqual(["欢迎", "您"]);
    expect(await review.element("greet").getAttribute("data-status")).toBe("changed");
    await review.element("listen").getByRole("link", { name: "判断故障类型" }).waitFor();
    // Sending back needs something to act on.
    expect(await review.decision.getByRole("button", { name: review.m.decision.requestChanges }).isDisabled()).toBe(true);

    await review.selectWords("greet", "你");
    await review.comment("greet", "问候", "请把“你”改回“您”，保持礼貌称呼。");
    await review.element("greet").locator("blockquote", { hasText: "“你”" }).waitFor();
    await screenshot(approver.page, "review-copy-diff-zh-CN");
    await review.decide("requestChanges");
    await review.decision.getByText(review.m.decision.changesRequested).waitFor();

    // The designer sees the comment on the card and in the inspector, fixes the words, resolves it.
    await editor.goto(script.id);
    await designer.page.getByText(editor.t("review.strip.changesRequested", { number: 2, who: "approver@huaben.local" })).waitFor();
    await editor.node("greet").getByTestId("comment-badge").waitFor();
    await editor.select("greet");
    const inspector = designer.page.getByRole("region", { name: editor.m.inspector.panelLabel });
    await inspector.getByText("请把“你”改回“您”，保持礼貌称呼。").waitFor();
    await screenshot(designer.page, "review-editor-comments-zh-CN");
    text = await replaceInSpoken(editor, textLabel, text, "为你服务", "为您服务");
    await inspector.getByRole("button", { name: editor.t("review.comment.resolveLabel", { author: "approver@huaben.local" }) }).click();
    await expect.poll(() => editor.node("greet").getByTestId("comment-badge").count()).toBe(0);
    await designer.page.getByRole("button", { name: submit.button, exact: true }).click();
    await submitDialog.getByText(editor.t("review.submit.done", { number: 3 })).waitFor();
    await submitDialog.getByRole("button", { name: submit.close }).click();

    // The approver approves the fixed copy.
    await review.gotoQueue();
    await review.openFromQueue(TITLE, 3);
    expect(await review.words("greet").locator("ins").allTextContents()).toEqual(["感谢"]);
    await review.decide("approve");
    await review.decision.getByText(review.m.decision.approved).waitFor();

    // The designer publishes from the editor.
    await editor.goto(script.id);
    await designer.page.getByRole("button", { name: editor.m.review.strip.publish }).click();
    const publishDialog = dialog(designer.page, editor.t("review.publish.heading", { number: 3 }));
    await publishDialog.getByLabel(editor.m.review.publish.note).fill("问候语改为“感谢致电”");
    await publishDialog.getByRole("button", { name: editor.m.review.publish.publish, exact: true }).click();
    await designer.page.getByText(editor.t("review.publish.done", { version: 2 })).waitFor();

    const response = await apiFetch(inject("baseURL"), `/api/v1/published/${script.slug}`);
    const envelope = (await response.json()) as PublishedEnvelope;
    expect(envelope.version).toBe(2);
    expect(envelope.note).toBe("问候语改为“感谢致电”");
    expect((envelope.script.nodes.find((n) => n.id === "greet") as { text: string }).text).toBe(text);
    expect(text).toBe(liveGreeting.replace("欢迎", "感谢"));
    expect(pageErrors).toEqual([]);
  });

  it("reads in English, and a designer only reads the copy review", async () => {
    await approver.context.addCookies([{ name: LOCALE_COOKIE, value: "en", url: inject("baseURL") }]);
    const review = new ReviewPage(approver.page, "en");
    const candidates = await (await apiFetch(inject("baseURL"), `/api/v1/scripts/${script.id}/candidates`)).json() as { candidates: CandidateSummaryJson[] };
    const sentBack = candidates.candidates.find((c) => c.number === 2)!;
    await approver.page.goto(`/reviews/${sentBack.id}`);
    await review.decision.getByText(review.m.decision.closed).waitFor();
    // Version 2 is live by now: the page compares with what agents say today.
    await review.page.getByText(review.t("review.copy.against", { version: 2 })).waitFor();
    await screenshot(approver.page, "review-copy-en");
    await approver.context.addCookies([{ name: LOCALE_COOKIE, value: "zh-CN", url: inject("baseURL") }]);

    // Designers do not decide: the copy review has no Approve for them.
    const asDesigner = new ReviewPage(designer.page);
    await designer.page.goto(`/reviews/${sentBack.id}`);
    await asDesigner.decision.getByText(asDesigner.m.decision.readOnly).waitFor();
    expect(await asDesigner.decision.getByRole("button").count()).toBe(0);
  });
});
