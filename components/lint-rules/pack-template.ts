import type { RulePack } from "@/lib/lint/pack-schema";
import type { Locale } from "@/lib/script/enums";

// What "New pack" starts from: a complete, valid pack whose one phrases rule shows every part a
// team usually needs (an entry with a fix, a fire example with its mark and fixed text, a pass
// example). Its examples pass, so saving it unchanged works.

const NAME = { "zh-CN": "团队用语", en: "Team wording" };
const DESCRIPTION = { "zh-CN": "本团队自己的用语规则。", en: "Our team's own wording rules." };

// The rule as both languages describe it; only its example words differ by the script's language.
const RULE = {
  id: "team/casual-word",
  kind: "phrases",
  category: "courtesy",
  severity: "warning",
  description: { "zh-CN": "口语化的说法换成正式用语。", en: "Casual wording replaced with formal service language." },
  message: { "zh-CN": "“{phrase}”太口语化，请说：{better}", en: "“{phrase}” is too casual; say: {better}" },
} as const;

const RULES: Record<Locale, RulePack["rules"][number]> = {
  "zh-CN": {
    ...RULE,
    entries: [{ phrase: "搞定", fix: "办好" }],
    examples: {
      fire: [{ text: "这个问题马上给您搞定。", mark: "搞定", fixed: "这个问题马上给您办好。" }],
      pass: [{ text: "这个问题马上为您办理。" }],
    },
  },
  en: {
    ...RULE,
    entries: [{ phrase: "no worries", fix: "certainly" }],
    examples: {
      fire: [{ text: "I can do that for you, no worries.", mark: "no worries", fixed: "I can do that for you, certainly." }],
      pass: [{ text: "Certainly, I can do that for you." }],
    },
  },
};

/** A pack id not yet taken: team-zh-CN, then team-zh-CN-2, … */
export function freePackId(locale: Locale, taken: ReadonlySet<string>): string {
  const base = `team-${locale}`;
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

export function packTemplate(locale: Locale, taken: ReadonlySet<string>): RulePack {
  return { id: freePackId(locale, taken), name: NAME, description: DESCRIPTION, locale, rules: [RULES[locale]] };
}

export function packText(pack: unknown): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
