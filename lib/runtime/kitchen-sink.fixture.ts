import type { ScriptDocument } from "../script/document";

// A small Chinese script with every element kind, every input type and Chinese variable names,
// shared by the engine's and the simulator's tests (this file is data, not a test).
//
//   greet → ask ─是→ check(宽带速率 ≤ 100) ─true→ pitch → extras (multi)
//             └否→ end-declined                 └false───────↗  ├ tv / none → ask-phone
//                                                               └ phone    → ask-email
//   ask-phone | ask-email → ask-date → ask-slot → ask-count → ask-note → submit ─ok→ confirm → end-success
//                                                                                └error→ end-callback
export const kitchenSink: ScriptDocument = {
  schemaVersion: 1,
  id: "kitchen-sink",
  title: "宽带提速外呼（测试）",
  family: "custom",
  locale: "zh-CN",
  targetGroup: { description: "", criteria: { all: [] } },
  stages: [
    { id: "open", name: "开场", order: 0, budgetSeconds: null },
    { id: "body", name: "介绍", order: 1, budgetSeconds: 40 },
    { id: "close", name: "结束", order: 2, budgetSeconds: null },
  ],
  variables: [
    { name: "客户姓名", type: "text", label: "客户姓名", source: "customer" },
    { name: "宽带速率", type: "number", label: "宽带速率", source: "customer" },
    { name: "坐席姓名", type: "text", label: "坐席姓名", source: "system" },
    { name: "是否VIP", type: "boolean", label: "是否VIP", source: "system" },
    { name: "联系电话", type: "phone", label: "联系电话", source: "input" },
    { name: "邮箱", type: "email", label: "邮箱", source: "input" },
    { name: "上门日期", type: "date", label: "上门日期", source: "input" },
    { name: "时段", type: "enum", label: "时段", source: "input", options: ["上午", "下午"] },
    { name: "台数", type: "number", label: "台数", source: "input" },
    { name: "备注", type: "text", label: "备注", source: "input" },
    { name: "订单号", type: "text", label: "订单号", source: "system" },
  ],
  entry: "greet",
  nodes: [
    { id: "greet", kind: "statement", stageId: "open", text: "您好，{{客户姓名}}，我是{{坐席姓名}}。" },
    {
      id: "ask",
      kind: "choice",
      stageId: "open",
      mode: "single",
      text: "请问现在方便吗？",
      answers: [
        { id: "yes", label: "方便" },
        { id: "no", label: "不方便" },
      ],
    },
    { id: "check", kind: "condition", stageId: "body", rules: { all: [{ var: "宽带速率", op: "lte", value: 100 }] } },
    { id: "pitch", kind: "statement", stageId: "body", text: "您现在是{{宽带速率}}M宽带，每月加20元就能升级到500M。" },
    {
      id: "extras",
      kind: "choice",
      stageId: "body",
      mode: "multi",
      text: "请问您还需要哪些服务？",
      answers: [
        { id: "tv", label: "电视" },
        { id: "phone", label: "固话" },
        { id: "none", label: "都不需要" },
      ],
      replySeconds: 4,
    },
    { id: "ask-phone", kind: "input", stageId: "body", text: "请问您的手机号码是？", variable: "联系电话", inputType: "phone", required: true, pattern: "^1[3-9]\\d{9}$" },
    { id: "ask-email", kind: "input", stageId: "body", text: "方便留个邮箱吗？", variable: "邮箱", inputType: "email", required: false },
    { id: "ask-date", kind: "input", stageId: "body", text: "哪天方便上门？", variable: "上门日期", inputType: "date", required: true },
    { id: "ask-slot", kind: "input", stageId: "body", text: "上午还是下午？", variable: "时段", inputType: "enum", required: true },
    { id: "ask-count", kind: "input", stageId: "body", text: "需要几台设备？", variable: "台数", inputType: "number", required: true },
    { id: "ask-note", kind: "input", stageId: "body", variable: "备注", inputType: "text", required: false, pattern: "^\\p{Script=Han}+$" },
    { id: "submit", kind: "action", stageId: "close", key: "submit-order", text: "正在为您提交，请稍等10秒。", parameters: {}, systemSeconds: 10, outputs: ["订单号", "是否VIP"] },
    { id: "confirm", kind: "statement", stageId: "close", text: "订单号是{{订单号}}，{{时段}}上门。" },
    { id: "end-success", kind: "exit", outcome: "success", text: "感谢您的支持，再见！" },
    { id: "end-declined", kind: "exit", outcome: "declined", text: "打扰您了，再见！" },
    { id: "end-callback", kind: "exit", outcome: "callback" },
  ],
  edges: [
    { from: "greet", port: "next", to: "ask" },
    { from: "ask", port: "yes", to: "check" },
    { from: "ask", port: "no", to: "end-declined" },
    { from: "check", port: "true", to: "pitch" },
    { from: "check", port: "false", to: "extras" },
    { from: "pitch", port: "next", to: "extras" },
    { from: "extras", port: "tv", to: "ask-phone" },
    { from: "extras", port: "phone", to: "ask-email" },
    { from: "extras", port: "none", to: "ask-phone" },
    { from: "ask-phone", port: "next", to: "ask-date" },
    { from: "ask-email", port: "next", to: "ask-date" },
    { from: "ask-date", port: "next", to: "ask-slot" },
    { from: "ask-slot", port: "next", to: "ask-count" },
    { from: "ask-count", port: "next", to: "ask-note" },
    { from: "ask-note", port: "next", to: "submit" },
    { from: "submit", port: "ok", to: "confirm" },
    { from: "submit", port: "error", to: "end-callback" },
    { from: "confirm", port: "next", to: "end-success" },
  ],
  layout: { positions: {} },
};

/** Customer and system values that take the pitch branch. */
export const ZHANG = { 客户姓名: "张先生", 宽带速率: 100 };
export const SYSTEM = { 坐席姓名: "小李" };
