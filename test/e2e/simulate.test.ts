import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFetch } from "../support/session";
import { inject } from "vitest";
import type { ScriptSummaryJson } from "@/lib/api/scripts";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { gb18030 } from "@/lib/simulate/gb18030.fixture";
import { openBrowser, screenshot, type Browser } from "./browser";
import { EditorPage } from "./pages/editor-page";
import { PlayerPage } from "./pages/player-page";

let browser: Browser;
let scriptId = "";

/** The seeded outbound broadband-upgrade script (zh-CN), by its slug. */
async function seededScript(slug: string): Promise<string> {
  const response = await apiFetch(inject("baseURL"), `/api/v1/scripts`);
  const { scripts } = (await response.json()) as { scripts: ScriptSummaryJson[] };
  const found = scripts.find((s) => s.slug === slug);
  if (!found) throw new Error(`no seeded script ${slug} among ${scripts.map((s) => s.slug).join(", ")}`);
  return found.id;
}

const seconds = (text: string) => Number(/(\d+(?:\.\d+)?)/.exec(text)?.[1] ?? NaN);

beforeAll(async () => {
  browser = await openBrowser({ locale: "zh-CN", viewport: { width: 1600, height: 1000 } });
  await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: inject("baseURL") });
  scriptId = await seededScript("broadband-upgrade-offer");
});

afterAll(async () => {
  await browser?.close();
});

describe("the walk-through player", () => {
  it("walks the seeded outbound script to a sale, with validation, clocks, the path on the canvas and a transcript", async () => {
    const page = browser.page;
    const editor = new EditorPage(page, "zh-CN");
    const player = new PlayerPage(editor);
    await editor.goto(scriptId);
    await player.open();
    // Until a call starts the panel explains itself.
    await player.panel.getByText(player.m.intro.title).waitFor();

    await player.pickSample(2);
    await player.setValue("坐席姓名", "李娜");
    await player.setValue("公司名称", "中国电信");
    await player.setValue("服务热线", "10000");
    await player.start();
    await player.step.getByText("您好，我是中国电信的客户经理李娜，请问您是李秀英吗？").waitFor();

    await player.answer("是本人");
    await player.answer("方便");
    // 200M is more than 100M: the condition passes by itself to the gigabit pitch. Enter says it.
    await player.at("推荐千兆");
    await player.step.getByText("您家现在是200M宽带").waitFor();
    await page.keyboard.press("Enter");
    // The digits pick answers: 1 is "interested".
    await player.at("意向判断");
    await page.keyboard.press("1");

    await player.at("联系电话");
    await player.record("联系电话", "12345");
    await player.step.getByRole("alert").filter({ hasText: editor.m.simulate.errors.invalidValue.notPhone }).waitFor();
    await player.at("联系电话");
    await screenshot(page, "player-zh-CN");
    await player.record("联系电话", "13912345678");

    await player.at("上门日期");
    await player.record("上门调测日期", "2030-01-15");
    await player.at("提交提速订单");
    await player.step.getByText("submit-order", { exact: true }).waitFor();
    await player.step.getByLabel("订单号").fill("DD20300115001");
    await player.result(true);
    await player.at("成功结束语");
    await player.step.getByText("订单号是DD20300115001。师傅会在2030-01-15上门前").waitFor();
    await player.next();

    const outcome = editor.t("simulate.ended.outcome", { outcome: editor.m.outcomes.success });
    await player.ended.getByText(outcome).waitFor();

    // Back takes the last step back; forward again ends the call the same way.
    await player.back();
    await player.at("成功结束语");
    await player.next();
    await player.ended.getByText(outcome).waitFor();

    // Closing the player keeps the call; opening it again finds it where it was.
    await player.toggle.click();
    await page.getByRole("region", { name: editor.m.inspector.panelLabel }).waitFor();
    await player.open();
    await player.ended.getByText(outcome).waitFor();

    // The clock: the pitch took seconds against its 40-second budget, the call more than nothing.
    const pitch = await player.stageClock("主题介绍");
    expect(pitch).toMatch(/^\d+ \/ 40 秒$/);
    expect(seconds(pitch)).toBeGreaterThan(0);
    expect(seconds(await player.total())).toBeGreaterThan(seconds(pitch));

    // The walk on the canvas: the whole script in view, the walked elements and flows lit.
    await page.getByRole("button", { name: editor.m.editor.toolbar.fit, exact: true }).click();
    await editor.node("pitch-1000").locator('[data-mark="lit"]').waitFor();
    await editor.node("end-success").locator('[data-mark="current"]').waitFor();
    await editor.node("pitch-500").locator('[data-mark="faded"]').waitFor();
    await expect.poll(() => page.locator(".react-flow__edge.mark-lit").count()).toBe(9);
    await screenshot(page, "player-ended-zh-CN");

    // The transcript, as Markdown and as text.
    const markdown = await player.downloadMarkdown();
    expect(markdown.name).toBe("宽带提速优惠外呼营销 - 走查记录.md");
    expect(markdown.text).toContain("# 走查通话记录：宽带提速优惠外呼营销");
    expect(markdown.text).toContain("- **通话结果**：成功 (办理成功)");
    expect(markdown.text).toContain("- **录入**：13912345678");
    expect(markdown.text).toMatch(/\| 主题介绍 \| [\d.]+ 秒 \| 40 秒 \|/);
    const text = await player.copyText();
    expect(text).toMatch(/^走查通话记录：宽带提速优惠外呼营销\n客户：客户姓名 李秀英/);
    expect(text).toContain("通话结果：成功 (办理成功)");
  });

  it("explains an empty script and says where the flow stops", async () => {
    const page = browser.page;
    const editor = new EditorPage(page, "zh-CN");
    const player = new PlayerPage(editor);
    const response = await apiFetch(inject("baseURL"), `/api/v1/scripts`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "空白走查话本", family: "custom", locale: "zh-CN", blank: true }),
    });
    const { id } = (await response.json()) as { id: string };
    await editor.goto(id);
    await player.open();
    await player.panel.getByText(player.m.customer.noSample).waitFor();
    await player.panel.getByText(player.m.customer.noVariables).waitFor();
    await player.start();
    await player.step.getByText(player.m.step.noWords).waitFor();
    await page.keyboard.press("Enter");
    await player.step.getByRole("alert").filter({ hasText: "话术在此中断" }).waitFor();
    await editor.node("greeting").locator('[data-mark="current"]').waitFor();
  });

  it("speaks English when the interface does, the script's words staying Chinese", async () => {
    const page = browser.page;
    await browser.context.addCookies([{ name: LOCALE_COOKIE, value: "en", url: inject("baseURL") }]);
    const editor = new EditorPage(page, "en");
    const player = new PlayerPage(editor);
    await editor.goto(scriptId);
    await player.open();
    await player.pickSample(1);
    await player.setValue("坐席姓名", "李娜");
    await player.setValue("公司名称", "中国电信");
    await player.start();
    await player.answer("是本人");
    await player.answer("方便");
    await player.at("推荐500M");
    await player.next();
    await player.answer("感兴趣，愿意办理");
    // A landline is a phone number, but this field asks for a mobile: the field's own pattern says so.
    await player.record("联系电话", "010-12345678");
    await player.step.getByRole("alert").filter({ hasText: editor.t("simulate.errors.invalidValue.patternMismatch", { pattern: "^1[3-9]\\d{9}$" }) }).waitFor();
    expect(await player.stageClock("主题介绍")).toMatch(/^\d+ \/ 40 s$/);
    await screenshot(page, "player-en");
  });

  it("lists every path longest first and shows one on the canvas; generates and runs a scenario per path", async () => {
    const page = browser.page;
    const editor = new EditorPage(page, "zh-CN");
    const player = new PlayerPage(editor);
    // A copy, so the seeded script keeps no generated scenarios.
    const copy = await apiFetch(inject("baseURL"), `/api/v1/scripts/${scriptId}/duplicate`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "路径与场景（副本）" }),
    });
    const { id } = (await copy.json()) as { id: string };
    // The test before switched the interface to English.
    await browser.context.addCookies([{ name: "HUABEN_LOCALE", value: "zh-CN", url: inject("baseURL") }]);
    await editor.goto(id);
    await player.open();

    await player.panel.getByRole("tab", { name: player.m.tabs.paths }).click();
    const list = player.panel.getByRole("list", { name: player.m.paths.listLabel });
    const paths = list.getByRole("button");
    await expect.poll(() => paths.count()).toBeGreaterThan(5);
    await paths.first().click();
    await page.getByRole("button", { name: editor.m.editor.toolbar.fit, exact: true }).click();
    await expect.poll(() => page.locator(".react-flow__edge.mark-lit").count()).toBeGreaterThan(5);
    await screenshot(page, "player-paths-zh-CN");

    await player.panel.getByRole("tab", { name: player.m.tabs.scenarios }).click();
    await player.panel.getByRole("button", { name: player.m.scenarios.generate.button }).click();
    await expect.poll(async () => /[1-9]\d* 个场景|已添加|added/.test((await player.panel.textContent()) ?? "")).toBe(true);
    await player.panel.getByRole("button", { name: player.m.scenarios.runAll, exact: true }).click();
    // "{total} 个中通过 {passed} 个" with passed = total, more than five of them.
    const summary = player.panel.getByTestId("scenario-summary");
    await expect.poll(async () => {
      const [total, passed] = ((await summary.textContent()) ?? "").match(/\d+/g)?.map(Number) ?? [];
      return total !== undefined && total > 5 && passed === total;
    }).toBe(true);
    await screenshot(page, "player-scenarios-zh-CN");
  });

  it("runs an activity over a GB18030 customer file with Chinese headers and shows the outcome distribution", async () => {
    const page = browser.page;
    const editor = new EditorPage(page, "zh-CN");
    const player = new PlayerPage(editor);
    await browser.context.addCookies([{ name: "HUABEN_LOCALE", value: "zh-CN", url: inject("baseURL") }]);
    // As Excel saves a CSV on Chinese Windows: GB18030, headers spelling the variables' labels.
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "huaben-activity-"));
    const file = path.join(dir, "客户样本.csv");
    const csv = ["客户姓名,当前宽带速率,登记手机号,备注", "张伟,100,13812345678,老客户", "李秀英,200,13987654321,", "王芳,50,13700001111,\"含,逗号\"", "赵磊,300,13600002222,"].join("\r\n");
    await fs.writeFile(file, gb18030(csv));
    await editor.goto(scriptId);
    await player.open();

    await player.panel.getByRole("tab", { name: player.m.tabs.activity }).click();
    await player.panel.getByText(player.m.activity.intro.title).waitFor();
    await player.panel.getByLabel(player.m.activity.file.label, { exact: true }).setInputFiles(file);
    const summary = player.panel.getByTestId("activity-file-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain("GB18030");
    expect(await summary.textContent()).toContain("4");
    // Every column was matched by its header: nothing is missing.
    expect(await player.panel.getByTestId("activity-mapping-errors").count()).toBe(0);
    await player.panel.getByRole("radio", { name: player.m.activity.policy.defaults }).check();
    await player.panel.getByRole("button", { name: player.m.activity.run.button }).click();
    const outcomes = player.panel.getByRole("list", { name: player.m.activity.results.outcomesLabel });
    await outcomes.waitFor();
    expect(await outcomes.getByRole("listitem").count()).toBeGreaterThan(0);
    expect(await outcomes.textContent()).toMatch(/%/);
    await player.panel.getByTestId("activity-stages").waitFor();
    await player.panel.getByTestId("activity-results").scrollIntoViewIfNeeded();
    await screenshot(page, "player-activity-zh-CN");
    await fs.rm(dir, { recursive: true, force: true });
  });
});
