import { z } from "zod";
import { FAMILIES, STAGE_ROLES, type Family } from "../script/enums";

const localizedSchema = z.strictObject({ "zh-CN": z.string().min(1), en: z.string().min(1) });

const templateStageSchema = z.strictObject({
  role: z.enum(STAGE_ROLES),
  name: localizedSchema,
  budgetSeconds: z.number().positive().nullable(),
});

export const familyTemplateSchema = z.strictObject({
  family: z.enum(FAMILIES),
  stages: z.array(templateStageSchema).min(2),
  /** Whole-call norm: the call should take at least `min` and at most `max` seconds. */
  callSeconds: z.strictObject({ min: z.number().positive().nullable(), max: z.number().positive().nullable() }),
  /** Deadlines counted from the start of the call: reach the end of the stage within N seconds. */
  milestones: z.array(z.strictObject({ role: z.enum(STAGE_ROLES), withinSeconds: z.number().positive() })),
});

export type FamilyTemplate = z.infer<typeof familyTemplateSchema>;
export type TemplateStage = FamilyTemplate["stages"][number];

const stage = (role: TemplateStage["role"], zh: string, en: string, budgetSeconds: number | null = null): TemplateStage => ({
  role,
  name: { "zh-CN": zh, en },
  budgetSeconds,
});

// Stages and norms from the domain brief (../shared/domain.md). Where the brief gives no figure,
// the budget is null rather than an invented number: a team sets its own in the script settings.
const TEMPLATES: Record<Family, FamilyTemplate> = {
  inbound: {
    family: "inbound",
    stages: [
      stage("greeting", "礼貌问候", "Polite greeting"),
      stage("listen", "耐心倾听", "Attentive listening"),
      stage("judge", "需求判断", "Need judgement"),
      stage("operate", "系统操作", "System operation"),
      stage("answer", "业务解答", "Business answer"),
      stage("closing", "礼貌结束", "Polite closing"),
    ],
    callSeconds: { min: null, max: null },
    milestones: [],
  },
  "outbound-marketing": {
    family: "outbound-marketing",
    stages: [
      stage("greeting", "热情问候", "Enthusiastic greeting"),
      stage("pitch", "主题介绍", "Themed pitch", 40),
      stage("intent", "判断意向", "Read the intent", 5),
      stage("objection", "激发需求", "Stimulate the need", 30),
      stage("capture", "信息采集", "Capture the information"),
      stage("closing", "PMP 结束", "PMP closing"),
    ],
    callSeconds: { min: 120, max: 180 },
    milestones: [],
  },
  "outbound-maintenance": {
    family: "outbound-maintenance",
    stages: [
      stage("greeting", "PMP 问候", "PMP greeting"),
      stage("purpose", "说明来意", "Explain the purpose"),
      stage("analyse", "分析客户", "Analyse the customer"),
      stage("guide", "引导谈话", "Guide the conversation"),
      stage("extract", "提取信息", "Extract the information"),
      stage("closing", "PMP 结束", "PMP closing"),
    ],
    // A successful call takes about a minute; past five minutes the failure rate is high.
    callSeconds: { min: null, max: 300 },
    milestones: [],
  },
  complaint: {
    family: "complaint",
    // The norms are deadlines from the start of the call (calm by 15 s, locate by 30 s, a first
    // solution by 2 min); the stage budgets are the spans between those deadlines.
    stages: [
      stage("calm", "安抚情绪", "Calm the customer", 15),
      stage("locate", "定位问题", "Locate the problem", 15),
      stage("solve", "提出方案", "Offer a solution", 90),
      stage("follow-up", "承诺反馈", "Promise feedback"),
      stage("closing", "礼貌结束", "Polite closing"),
    ],
    callSeconds: { min: null, max: null },
    milestones: [
      { role: "calm", withinSeconds: 15 },
      { role: "locate", withinSeconds: 30 },
      { role: "solve", withinSeconds: 120 },
    ],
  },
  custom: {
    family: "custom",
    stages: [
      stage("greeting", "开场", "Opening"),
      stage("body", "正文", "Body"),
      stage("closing", "结束", "Closing"),
    ],
    callSeconds: { min: null, max: null },
    milestones: [],
  },
};

export function familyTemplate(family: Family): FamilyTemplate {
  return TEMPLATES[family];
}

export const ALL_FAMILY_TEMPLATES: readonly FamilyTemplate[] = FAMILIES.map((f) => TEMPLATES[f]);
