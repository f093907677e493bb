import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILTIN_PACKS } from "@/lib/lint/builtin-packs";
import type { RulePack } from "@/lib/lint/pack-schema";
import { openBrowser, type Browser } from "./browser";
import { RulesPage } from "./pages/rules-page";

let browser: Browser;
let rules: RulesPage;

beforeAll(async () => {
  browser = await openBrowser({ locale: "zh-CN", viewport: { width: 1366, height: 900 } });
  rules = new RulesPage(browser.page);
});

afterAll(async () => {
  await browser?.close();
});

const courtesyZh = BUILTIN_PACKS.find((p) => p.id === "courtesy-zh-CN")!;
const structure = BUILTIN_PACKS.find((p) => p.id === "structure")!;

/** A custom pack with one phrase rule; its examples pass. */
const customPack: RulePack = {
  id: "e2e-wording",
  name: { "zh-CN": "端到端用语", en: "End-to-end wording" },
  locale: "zh-CN",
  rules: [
    {
      id: "e2e/casual",
      kind: "phrases",
      category: "courtesy",
      severity: "warning",
      description: { "zh-CN": "不说“搞定”。", en: "Never say 搞定." },
      message: { "zh-CN": "请不要说“{phrase}”。", en: "Do not say “{phrase}”." },
      entries: [{ phrase: "搞定", fix: "办好" }],
      examples: {
        fire: [{ text: "马上给您搞定。", mark: "搞定", fixed: "马上给您办好。" }],
        pass: [{ text: "马上为您办理。" }],
      },
    },
  ],
};

describe("the rule-pack page", () => {
  it("lists the built-in packs with their rules and examples", async () => {
    const page = browser.page;
    await rules.goto();
    expect(await page.title()).toBe("规则包 · 话本 Huaben");
    for (const pack of BUILTIN_PACKS) await rules.pack(pack.name["zh-CN"]).waitFor();

    const banned = await rules.openExamples(courtesyZh.name["zh-CN"], "courtesy/banned-word");
    // A fire example's marked words are highlighted; the standard greeting is a pass example.
    await banned.locator("mark", { hasText: "喂" }).first().waitFor();
    await banned.getByText("请问有什么可以帮到您", { exact: false }).first().waitFor();

    const single = await rules.openExamples(structure.name["zh-CN"], "structure/single-entry");
    const table = single.getByRole("table", { name: rules.t("lintRules.examples.sketchOf", { index: 1 }) }).first();
    await table.getByRole("rowheader", { name: /^b/ }).waitFor();
    await rules.screenshot("rules-zh-CN");
    await rules.screenshot("rules-zh-CN-sketch", single);
    await rules.screenshot("rules-zh-CN-examples", banned);
  });

  it("keeps a rule's workspace level after a reload", async () => {
    await rules.goto();
    await rules.setLevel("structure/unreachable", "off");
    await browser.page.reload();
    await rules.loaded();
    expect(await rules.level("structure/unreachable").inputValue()).toBe("off");

    // Back to the pack's default, so other test files see the built-in behaviour.
    await rules.setLevel("structure/unreachable", "default");
    await browser.page.reload();
    await rules.loaded();
    expect(await rules.level("structure/unreachable").inputValue()).toBe("default");
  });

  it("keeps the workspace's speaking rate after a reload", async () => {
    const page = browser.page;
    await rules.goto();
    const rate = page.getByLabel(rules.m.lintRules.speech.hanPerMinute, { exact: true });
    expect(await rate.getAttribute("placeholder")).toBe("200");
    await rate.fill("30");
    await page.getByRole("button", { name: rules.m.lintRules.speech.save }).click();
    await page.getByText(rules.t("lintRules.speech.range", { min: 60, max: 600 })).waitFor();

    await rate.fill("220");
    await page.getByRole("button", { name: rules.m.lintRules.speech.save }).click();
    await page.getByRole("region", { name: rules.m.lintRules.speech.heading }).getByText(rules.m.lintRules.save.saved).waitFor();
    await page.reload();
    await rules.loaded();
    expect(await rate.inputValue()).toBe("220");

    // Emptied: the default applies again (and other test files see it).
    await rate.fill("");
    await page.getByRole("button", { name: rules.m.lintRules.speech.save }).click();
    await page.getByRole("region", { name: rules.m.lintRules.speech.heading }).getByText(rules.m.lintRules.save.saved).waitFor();
  });

  it("refuses a pack with schema errors or failing examples, then saves it once fixed", async () => {
    const page = browser.page;
    await rules.goto();
    await rules.newPack();
    // The template is a whole pack to start from, under an id no pack has.
    await expect.poll(() => rules.editorText()).toContain('"id": "team-zh-CN"');
    await rules.screenshot("rules-editor-new-zh-CN", rules.editor);

    // A category that does not exist: refused before anything is sent, with the path of the mistake.
    const wrongCategory = { ...customPack, rules: [{ ...customPack.rules[0], category: "manners" }] };
    await rules.replaceJson(JSON.stringify(wrongCategory));
    await rules.savePack();
    const issues = rules.problems(rules.t("lintRules.editor.issuesHeading", { count: 1 }));
    await issues.getByText("rules[0].category").waitFor();
    await rules.screenshot("rules-editor-error-zh-CN", rules.editor);

    // A pass example the rule flags: the server runs the examples and refuses the pack.
    const rule = customPack.rules[0]!;
    const flaggedPass = { ...customPack, rules: [{ ...rule, examples: { ...rule.examples, pass: [{ text: "已经搞定了。" }] } }] };
    await rules.replaceJson(JSON.stringify(flaggedPass));
    await rules.savePack();
    const examples = rules.problems(rules.t("lintRules.editor.examplesHeading", { count: 1 }));
    await examples.getByText("rules[0].examples.pass[0]").waitFor();
    await examples.getByText(rules.m.lintRules.editor.problems.fired, { exact: false }).waitFor();
    await rules.screenshot("rules-editor-examples-zh-CN", rules.editor);
    // Nothing was written, and the text is still there to fix.
    await expect.poll(() => rules.editorText()).toContain("已经搞定了");

    await rules.importFile("e2e-wording.json", JSON.stringify(customPack, null, 2));
    // The file's own layout replaces the one-line text.
    await expect.poll(() => rules.editorText()).toContain('"name": {');
    await rules.savePack();
    await page.getByRole("status").filter({ hasText: rules.t("lintRules.editor.saved", { name: "端到端用语" }) }).waitFor();
    const listed = rules.pack("端到端用语");
    await listed.getByRole("article", { name: "e2e/casual" }).waitFor();
    await rules.screenshot("rules-custom-zh-CN", listed);

    await page.reload();
    await rules.loaded();
    await rules.pack("端到端用语").waitFor();

    // Edit opens the stored pack; closing an unchanged editor asks nothing.
    await page.getByRole("button", { name: rules.t("lintRules.editLabel", { name: "端到端用语" }) }).click();
    const editor = page.getByRole("region", { name: rules.t("lintRules.editor.editHeading", { name: "端到端用语" }) });
    await rules.monaco.locator(".view-lines").waitFor();
    await expect.poll(() => rules.editorText()).toContain('"id": "e2e-wording"');
    await editor.getByRole("button", { name: rules.m.lintRules.editor.cancel, exact: true }).click();
    await editor.waitFor({ state: "detached" });
  });

  it("reads in English, and deletes the custom pack after asking", async () => {
    const page = browser.page;
    await rules.goto();
    await rules.switchLanguage("en");
    await page.reload();
    await rules.loaded();
    expect(await page.title()).toBe("Rule packs · Huaben 话本");
    const honorific = await rules.openExamples(courtesyZh.name.en, "courtesy/honorific");
    const trap = await rules.openExamples(structure.name.en, "structure/trap-loop");
    await rules.screenshot("rules-en");
    await rules.screenshot("rules-en-examples", honorific);
    await rules.screenshot("rules-en-sketch", trap);
    await rules.screenshot("rules-en-custom", rules.pack("End-to-end wording"));

    await page.getByRole("button", { name: rules.t("lintRules.deleteLabel", { name: "End-to-end wording" }) }).click();
    const dialog = page.getByRole("dialog", { name: rules.t("lintRules.deleteDialog.heading", { name: "End-to-end wording" }) });
    await rules.screenshot("rules-en-delete");
    await dialog.getByRole("button", { name: rules.m.lintRules.deleteDialog.confirm }).click();
    await rules.pack("End-to-end wording").waitFor({ state: "detached" });
    await page.getByRole("heading", { name: rules.m.lintRules.customEmptyTitle }).waitFor();

    await rules.switchLanguage("zh-CN");
  });
});
