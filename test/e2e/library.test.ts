import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser, screenshot, type Browser } from "./browser";
import { LibraryPage } from "./pages/library-page";
import { EXAMPLE_SCRIPTS } from "@/lib/examples";

let browser: Browser;
let library: LibraryPage;

beforeAll(async () => {
  browser = await openBrowser({ locale: "zh-CN" });
  library = new LibraryPage(browser.page);
});

afterAll(async () => {
  await browser?.close();
});

describe("the script library", () => {
  it("lists the seeded examples under a titled page", async () => {
    await library.goto();
    await library.table.waitFor();
    expect(await browser.page.title()).toBe("话本库 · 话本 Huaben");
    expect(await library.titles()).toEqual(expect.arrayContaining(EXAMPLE_SCRIPTS.map((e) => e.document.title)));
    await screenshot(browser.page, "library-zh-CN");
  });

  it("creates a script from a family template and still lists it after a reload", async () => {
    await library.goto();
    await library.createScript("端到端测试外呼", library.m.families["outbound-marketing"]);
    await browser.page.getByRole("heading", { level: 1, name: "端到端测试外呼" }).waitFor();
    await screenshot(browser.page, "script-overview-zh-CN");

    await library.goto();
    await browser.page.reload();
    await library.row("端到端测试外呼").waitFor();
    expect(await library.row("端到端测试外呼").textContent()).toContain(library.m.families["outbound-marketing"]);
  });

  it("finds scripts by title and by family", async () => {
    await library.goto();
    await library.search("端到端测试");
    await expect.poll(() => library.titles()).toEqual(["端到端测试外呼"]);

    await library.search("");
    await library.filterFamily(library.m.families.inbound);
    await expect.poll(async () => (await library.titles()).includes("端到端测试外呼")).toBe(false);
  });

  it("renames, duplicates, archives and restores with undo", async () => {
    const page = browser.page;
    await library.goto();
    await library.action("端到端测试外呼", "renameLabel").click();
    const dialog = page.getByRole("dialog", { name: library.m.renameScript.heading });
    await dialog.getByLabel(library.m.renameScript.titleLabel).fill("端到端测试外呼（改名）");
    await dialog.getByRole("button", { name: library.m.renameScript.save }).click();
    await library.row("端到端测试外呼（改名）").waitFor();

    await library.action("端到端测试外呼（改名）", "duplicateLabel").click();
    await library.row("端到端测试外呼（改名）（副本）").waitFor();

    await library.action("端到端测试外呼（改名）（副本）", "archiveLabel").click();
    await library.row("端到端测试外呼（改名）（副本）").waitFor({ state: "detached" });
    await page.getByRole("button", { name: library.m.common.undo }).click();
    await library.row("端到端测试外呼（改名）（副本）").waitFor();
  });

  it("switches the interface language and keeps it after a reload", async () => {
    await library.goto();
    await library.switchLanguage("en");
    expect(await browser.page.locator("html").getAttribute("lang")).toBe("en");
    await browser.page.reload();
    await library.heading.waitFor();
    expect(await browser.page.title()).toBe("Scripts · Huaben 话本");
    await screenshot(browser.page, "library-en");

    await library.switchLanguage("zh-CN");
    expect(await browser.page.locator("html").getAttribute("lang")).toBe("zh-CN");
  });
});
