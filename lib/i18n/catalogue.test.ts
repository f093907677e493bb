import { describe, expect, it } from "vitest";
import { CATALOGUES } from "./catalogues";
import { ISSUE_CODES } from "../script/issues";
import { negotiateLocale } from "./locales";
import { translator } from "./translator";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

// The top-level argument names of an ICU message ({name}, {name, plural, ...}).
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    if (message[i] === "{") {
      if (depth === 0) names.add(/^\{\s*([\w-]+)/.exec(message.slice(i))?.[1] ?? "");
      depth++;
    } else if (message[i] === "}") depth--;
  }
  return [...names].sort();
}

describe("message catalogues", () => {
  const en = leaves(CATALOGUES.en as unknown as Tree);
  const zh = leaves(CATALOGUES["zh-CN"] as unknown as Tree);

  it("have the same keys in zh-CN and en", () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it("use the same arguments in both languages", () => {
    for (const [key, message] of en) expect([key, argumentsOf(zh.get(key) ?? "")]).toEqual([key, argumentsOf(message)]);
  });

  it("have no empty message", () => {
    for (const [key, message] of [...en, ...zh]) expect([key, message.trim().length > 0]).toEqual([key, true]);
  });

  it("describe every validation issue code in both languages", () => {
    for (const code of ISSUE_CODES) {
      expect(en.has(`validation.${code}`), code).toBe(true);
      expect(zh.has(`validation.${code}`), code).toBe(true);
    }
  });

  it("format plurals and arguments", () => {
    expect(translator("en")("library.count", { count: 1 })).toBe("1 script");
    expect(translator("en")("library.count", { count: 3 })).toBe("3 scripts");
    expect(translator("zh-CN")("library.count", { count: 3 })).toBe("共 3 个话本");
    expect(translator("zh-CN")("validation.unknownStage", { id: "pitch" })).toBe("不存在阶段“pitch”。");
  });
});

describe("negotiateLocale", () => {
  it("prefers the language the user picked", () => {
    expect(negotiateLocale("en", "zh-CN,zh;q=0.9")).toBe("en");
  });
  it("follows Accept-Language by weight", () => {
    expect(negotiateLocale(undefined, "fr;q=0.9,en-GB;q=0.8,zh;q=0.7")).toBe("en");
    expect(negotiateLocale(undefined, "en;q=0.5,zh-TW;q=0.9")).toBe("zh-CN");
  });
  it("falls back to Chinese", () => {
    expect(negotiateLocale("de", "fr")).toBe("zh-CN");
    expect(negotiateLocale(undefined, null)).toBe("zh-CN");
  });
});
