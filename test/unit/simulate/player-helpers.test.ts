import { describe, expect, it } from "vitest";
import { EXAMPLE_SCRIPTS } from "@/lib/examples";
import { translator } from "@/lib/i18n/translator";
import { UI_LOCALES } from "@/lib/i18n/locales";
import { replay } from "@/lib/simulate/replay";
import { transcriptOf } from "@/lib/simulate/transcript-of";
import { transcriptMarkdown, transcriptText } from "@/lib/simulate/transcript";
import { SEEDED_WALKS } from "@/lib/runtime/seeded-walks.fixture";
import { DEFAULT_SPEECH } from "@/lib/speech/settings";
import { fieldsOf, sampleName, valuesOf, variablesFrom } from "@/components/simulate/customer-values";
import { walkHighlight } from "@/components/simulate/walk-highlight";
import { transcriptLabels } from "@/components/simulate/transcript-labels";
import { speechFor } from "@/components/simulate/use-speech";

const upgrade = EXAMPLE_SCRIPTS.find((e) => e.slug === "broadband-upgrade-offer")!.document;
const walk = SEEDED_WALKS.find((w) => w.slug === "broadband-upgrade-offer")!;

describe("the customer fields", () => {
  it("fill from a sample record and give the engine the values that are not blank", () => {
    const customer = variablesFrom(upgrade, "customer");
    expect(customer.map((v) => v.name)).toEqual(["customerName", "currentBandwidth", "tenureMonths", "mobile"]);
    const record = upgrade.targetGroup.sample![0]!;
    const fields = fieldsOf(record);
    expect(fields.currentBandwidth).toBe(String(record.currentBandwidth));
    expect(valuesOf({ ...fields, mobile: "  " }, customer)).toEqual({ customerName: record.customerName, currentBandwidth: String(record.currentBandwidth), tenureMonths: String(record.tenureMonths) });
    expect(fieldsOf({ hasBroadband: true })).toEqual({ hasBroadband: "true" });
  });

  it("names a sample by its first text value, or not at all", () => {
    const customer = variablesFrom(upgrade, "customer");
    expect(sampleName({ currentBandwidth: 100, customerName: " 张伟 " }, customer)).toBe("张伟");
    expect(sampleName({ currentBandwidth: 100 }, customer)).toBeNull();
  });
});

describe("walkHighlight", () => {
  it("lights every element passed and flow taken, and marks where the call is", () => {
    const state = replay(upgrade, walk, walk.inputs.slice(0, 4)).state;
    const h = walkHighlight(state);
    expect(h.current).toBe("ask-phone");
    expect([...h.nodes]).toEqual(["greet", "check-time", "check-bandwidth", "pitch-500", "ask-interest", "ask-phone"]);
    expect([...h.edges]).toEqual([
      "greet\u2192a-is-customer",
      "check-time\u2192a-convenient",
      "check-bandwidth\u2192true",
      "pitch-500\u2192next",
      "ask-interest\u2192a-interested",
    ]);
  });
});

describe("transcript labels from the catalogues", () => {
  it.each(UI_LOCALES)("write a whole transcript in %s with no message key left in it", (locale) => {
    const labels = transcriptLabels(translator(locale));
    const t = transcriptOf(replay(upgrade, walk, walk.inputs).state);
    for (const text of [transcriptText(t, labels), transcriptMarkdown(t, labels)]) {
      expect(text).not.toMatch(/simulate\.|transcript\.labels|\{seconds\}/);
      expect(text).toContain(locale === "en" ? "Success (办理成功)" : "成功 (办理成功)");
    }
    expect(labels.seconds(12.5)).toBe(locale === "en" ? "12.5 s" : "12.5 秒");
  });
});

describe("speechFor", () => {
  it("layers the workspace, the family and the script's own rates, as the linter does", () => {
    expect(speechFor({ family: "inbound" }, undefined)).toEqual(DEFAULT_SPEECH);
    const speech = speechFor(
      { family: "inbound", lint: { speech: { replySeconds: 7 } } },
      { speech: { hanPerMinute: 200, replySeconds: 3 }, families: { inbound: { speech: { hanPerMinute: 250 } } } },
    );
    expect(speech).toMatchObject({ hanPerMinute: 250, replySeconds: 7 });
  });
});
