import { describe, expect, it } from "vitest";
import { TOKEN } from "@/lib/script/ids";
import { stageIdFromName } from "@/components/settings/stage-id";

describe("stageIdFromName", () => {
  it("spells a Chinese name in pinyin", () => {
    expect(stageIdFromName("主题介绍", [])).toBe("zhu-ti-jie-shao");
  });

  it("keeps Latin words and digits, lower-cased", () => {
    expect(stageIdFromName("PMP closing 2", [])).toBe("pmp-closing-2");
  });

  it("never reuses an id the script already has", () => {
    expect(stageIdFromName("Pitch", ["pitch"])).toBe("pitch-2");
    expect(stageIdFromName("Pitch", ["pitch", "pitch-2"])).toBe("pitch-3");
  });

  it("falls back to stage-N when the name has nothing to spell", () => {
    expect(stageIdFromName("？！…", ["greeting", "closing"])).toBe("stage-3");
    expect(stageIdFromName("——", ["stage-1", "stage-2"])).toBe("stage-3");
    expect(stageIdFromName("!!", ["stage-1", "stage-2", "stage-3"])).toBe("stage-4");
  });

  it("always gives a valid id, even for a long mixed name", () => {
    const id = stageIdFromName("非常非常长的阶段名称用来测试截断是否仍然得到合法的标识符号码", []);
    expect(id).toMatch(TOKEN);
    expect(id.length).toBeLessThanOrEqual(64);
  });
});
