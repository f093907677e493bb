import type { InputType, RuntimeError } from "../../lib/runtime/types";
import type { ElementKind, Locale, Outcome } from "../../lib/script/enums";
import { translator } from "../../lib/i18n/translator";

// The words of `huaben simulate` and `huaben test`: headings, the engine's errors and the ways a
// scenario fails, in both languages. Codes stay in the output next to the sentence, so a report
// can be searched whatever its language.

/** Why a walk stopped short of an exit: an engine error, or the answers ran out, or it went round without end. */
export type StopReason = RuntimeError | { code: "outOfAnswers"; params: { nodeId: string; expected: string } } | { code: "loop"; params: { nodeId: string } };

export type SimulateMessages = {
  outcome: (outcome: Outcome) => string;
  kind: (kind: ElementKind) => string;
  customer: string;
  says: string;
  given: { answer: string; answers: string; input: string; result: string; next: string; blank: string; outputs: string };
  stages: string;
  noStage: string;
  total: string;
  of: (budget: string) => string;
  over: (by: string) => string;
  seconds: (s: number) => string;
  reached: (exit: string, outcome: string) => string;
  stuck: (where: string, why: string) => string;
  at: (step: number, node: string) => string;
  /** Between a place and what happened there. */
  colon: string;
  /** Where a walk stopped, with the refused answer's number when one was refused. */
  stoppedAt: (step: number, node: string, answer?: number) => string;
  unused: (n: number) => string;
  stop: (reason: StopReason) => string;
  // huaben test
  noScenarios: string;
  notEnded: (nodeId: string) => string;
  failure: {
    leftPath: (expected: string | null, actual: string | null) => string;
    wrongExit: (expected: string, actual: string) => string;
    wrongOutcome: (expected: string, actual: string) => string;
    tooSlow: (expected: string, actual: string) => string;
    stuck: (why: string) => string;
    inputError: (answer: number, why: string) => string;
    extraSteps: (answer: number, exit: string) => string;
  };
  coverage: (nodes: string, edges: string) => string;
  generated: (g: { scenarios: number; paths: number; skipped: number; truncated: boolean; cap: number }) => string;
  tested: (failed: number, total: number, scripts: number) => string;
  noneToTest: (scripts: number) => string;
};

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;
const list = (items: readonly string[]) => items.map((i) => `“${i}”`).join(", ");

const EXPECTED_EN: Record<InputType | string, string> = {
  next: "nothing (it goes on by itself)",
  answer: "an answer",
  answers: "one or more answers",
  input: "a value",
  result: "a result (ok or error)",
};
const EXPECTED_ZH: Record<InputType | string, string> = {
  next: "无需输入（自动继续）",
  answer: "一个答案",
  answers: "一个或多个答案",
  input: "一个填写值",
  result: "一个结果（ok 或 error）",
};

function stopEn(reason: StopReason, kindOf: (kind: ElementKind) => string): string {
  switch (reason.code) {
    case "ended":
      return `the call has already ended at ${reason.params.nodeId}.`;
    case "wrongInput":
      return `this ${kindOf(reason.params.kind)} needs ${reason.params.expected.map((e) => EXPECTED_EN[e] ?? e).join(" or ")}, but the answers give ${EXPECTED_EN[reason.params.got] ?? reason.params.got}.`;
    case "unknownAnswer":
      return `“${reason.params.answerId}” is not one of its answers.`;
    case "noAnswer":
      return "it needs at least one answer.";
    case "invalidValue": {
      const { value, variable, options, pattern } = reason.params;
      switch (reason.params.reason) {
        case "required":
          return `${variable} is required, but the value is blank.`;
        case "notNumber":
          return `“${value}” is not a number.`;
        case "notBoolean":
          return `“${value}” is not yes or no.`;
        case "notPhone":
          return `“${value}” is not a phone number.`;
        case "notDate":
          return `“${value}” is not a date (yyyy-mm-dd).`;
        case "notEmail":
          return `“${value}” is not an email address.`;
        case "notOption":
          return `“${value}” is not one of ${list(options ?? [])}.`;
        case "patternMismatch":
          return `“${value}” does not match the pattern ${pattern ?? ""}.`;
      }
      break;
    }
    case "unknownOutput":
      return `the function key does not set ${reason.params.variable}.`;
    case "noFlow":
      return `nothing follows its “${reason.params.port}” port: the script is broken here.`;
    case "conditionLoop":
      return "conditions lead to each other in a loop with nothing between them.";
    case "unknownNode":
      return `there is no element ${reason.params.nodeId}.`;
    case "outOfAnswers":
      return `the answers ran out; it needs ${EXPECTED_EN[reason.params.expected] ?? reason.params.expected}.`;
    case "loop":
      return "the walk goes round without reaching an exit.";
  }
  return "";
}

function stopZh(reason: StopReason, kindOf: (kind: ElementKind) => string): string {
  switch (reason.code) {
    case "ended":
      return `通话已在 ${reason.params.nodeId} 结束。`;
    case "wrongInput":
      return `此“${kindOf(reason.params.kind)}”需要${reason.params.expected.map((e) => EXPECTED_ZH[e] ?? e).join("或")}，但答案给的是${EXPECTED_ZH[reason.params.got] ?? reason.params.got}。`;
    case "unknownAnswer":
      return `“${reason.params.answerId}”不是它的答案。`;
    case "noAnswer":
      return "至少需要选择一个答案。";
    case "invalidValue": {
      const { value, variable, options, pattern } = reason.params;
      switch (reason.params.reason) {
        case "required":
          return `${variable} 为必填项，但填写值为空。`;
        case "notNumber":
          return `“${value}”不是数字。`;
        case "notBoolean":
          return `“${value}”不是“是”或“否”。`;
        case "notPhone":
          return `“${value}”不是有效的电话号码。`;
        case "notDate":
          return `“${value}”不是日期（yyyy-mm-dd）。`;
        case "notEmail":
          return `“${value}”不是电子邮箱地址。`;
        case "notOption":
          return `“${value}”不是以下之一：${list(options ?? [])}。`;
        case "patternMismatch":
          return `“${value}”不符合格式 ${pattern ?? ""}。`;
      }
      break;
    }
    case "unknownOutput":
      return `该功能键不输出 ${reason.params.variable}。`;
    case "noFlow":
      return `它的“${reason.params.port}”出口没有连线：话术在此断开。`;
    case "conditionLoop":
      return "条件之间互相循环，中间没有任何元素。";
    case "unknownNode":
      return `不存在元素 ${reason.params.nodeId}。`;
    case "outOfAnswers":
      return `答案已用完；此处需要${EXPECTED_ZH[reason.params.expected] ?? reason.params.expected}。`;
    case "loop":
      return "流程一直循环，到不了结束。";
  }
  return "";
}

/** The code of a stop, with the reason of an invalid value: `invalidValue/notPhone`. */
export function stopCode(reason: StopReason): string {
  return reason.code === "invalidValue" ? `${reason.code}/${reason.params.reason}` : reason.code;
}

function en(): SimulateMessages {
  const t = translator("en");
  return {
    outcome: (o) => t(`outcomes.${o}`),
    kind: (k) => t(`kinds.${k}`).toLowerCase(),
    customer: "Customer",
    says: "says",
    given: { answer: "answer", answers: "answers", input: "input", result: "result", next: "next", blank: "(blank)", outputs: "outputs" },
    stages: "Stages",
    noStage: "(no stage)",
    total: "Total",
    of: (budget) => `of ${budget}`,
    over: (by) => `over budget by ${by}`,
    seconds: (s) => `${s.toFixed(1)} s`,
    reached: (exit, outcome) => `✔ Reached the exit ${exit}: ${outcome}.`,
    stuck: (where, why) => `✖ Stuck at ${where}: ${why}`,
    at: (step, node) => `step ${step}, ${node}`,
    colon: ": ",
    stoppedAt: (step, node, answer) => `step ${step}, ${node}${answer === undefined ? "" : `, answer ${answer}`}`,
    unused: (n) => `! ${plural(n, "answer was", "answers were")} left over after the exit.`,
    stop: (reason) => stopEn(reason, (k) => t(`kinds.${k}`).toLowerCase()),
    noScenarios: "no saved scenarios: nothing to test (save walk-throughs in the editor, or see --generate).",
    notEnded: (nodeId) => `stopped at ${nodeId}`,
    failure: {
      leftPath: (expected, actual) =>
        expected === null ? `walked on to ${actual} after the expected path had ended` : actual === null ? `stopped where the path expects ${expected}` : `left the expected path: expected ${expected}, walked ${actual}`,
      wrongExit: (expected, actual) => `wrong exit: expected ${expected}, ended at ${actual}`,
      wrongOutcome: (expected, actual) => `wrong outcome: expected ${expected}, got ${actual}`,
      tooSlow: (expected, actual) => `too slow: took ${actual}, at most ${expected} allowed`,
      stuck: (why) => `stuck: ${why}`,
      inputError: (answer, why) => `answer ${answer} refused: ${why}`,
      extraSteps: (answer, exit) => `answer ${answer} and after are left over: the call ended at ${exit}`,
    },
    coverage: (nodes, edges) => `coverage: elements ${nodes}, flows ${edges}`,
    generated: ({ scenarios, paths, skipped, truncated, cap }) =>
      `--generate: ${plural(scenarios, "scenario", "scenarios")}${scenarios === cap ? " (the cap)" : ""} would be created from ${plural(paths, "path", "paths")}${truncated ? " (more not enumerated)" : ""}${skipped > 0 ? `; ${skipped} skipped (no values walk them)` : ""}; nothing written.`,
    tested: (failed, total, scripts) =>
      failed === 0
        ? `✔ ${plural(total, "scenario", "scenarios")} passed (${plural(scripts, "script", "scripts")}).`
        : `✖ ${failed} of ${plural(total, "scenario", "scenarios")} failed (${plural(scripts, "script", "scripts")}).`,
    noneToTest: (scripts) => `No saved scenarios in ${plural(scripts, "script", "scripts")}: nothing was tested.`,
  };
}

function zhCN(): SimulateMessages {
  const t = translator("zh-CN");
  return {
    outcome: (o) => t(`outcomes.${o}`),
    kind: (k) => t(`kinds.${k}`),
    customer: "客户",
    says: "话术",
    given: { answer: "答案", answers: "答案", input: "填写", result: "结果", next: "继续", blank: "（空）", outputs: "输出" },
    stages: "各阶段用时",
    noStage: "（无阶段）",
    total: "合计",
    of: (budget) => `/ ${budget}`,
    over: (by) => `超出 ${by}`,
    seconds: (s) => `${s.toFixed(1)} 秒`,
    reached: (exit, outcome) => `✔ 到达结束 ${exit}：${outcome}。`,
    stuck: (where, why) => `✖ 卡在${where}：${why}`,
    at: (step, node) => `第 ${step} 步 ${node}`,
    colon: "：",
    stoppedAt: (step, node, answer) => `第 ${step} 步 ${node}${answer === undefined ? "" : `（第 ${answer} 个答案）`}`,
    unused: (n) => `! 到达结束后还剩 ${n} 个答案未用。`,
    stop: (reason) => stopZh(reason, (k) => t(`kinds.${k}`)),
    noScenarios: "没有保存的场景，无可测试（可在编辑器中保存走查，或使用 --generate）。",
    notEnded: (nodeId) => `停在 ${nodeId}`,
    failure: {
      leftPath: (expected, actual) =>
        expected === null ? `预期路径已结束，却继续走到 ${actual}` : actual === null ? `在预期 ${expected} 处停下` : `偏离预期路径：预期 ${expected}，实际 ${actual}`,
      wrongExit: (expected, actual) => `结束不符：预期 ${expected}，实际 ${actual}`,
      wrongOutcome: (expected, actual) => `结果不符：预期 ${expected}，实际 ${actual}`,
      tooSlow: (expected, actual) => `超时：用时 ${actual}，上限 ${expected}`,
      stuck: (why) => `卡住：${why}`,
      inputError: (answer, why) => `第 ${answer} 个答案被拒绝：${why}`,
      extraSteps: (answer, exit) => `从第 ${answer} 个答案起多余：通话已在 ${exit} 结束`,
    },
    coverage: (nodes, edges) => `覆盖率：元素 ${nodes}，连线 ${edges}`,
    generated: ({ scenarios, paths, skipped, truncated, cap }) =>
      `--generate：可从 ${paths} 条路径${truncated ? "（另有未枚举的路径）" : ""}生成 ${scenarios} 个场景${scenarios === cap ? "（上限）" : ""}${skipped > 0 ? `，跳过 ${skipped} 条（找不到能走通的取值）` : ""}；未写入任何文件。`,
    tested: (failed, total, scripts) => (failed === 0 ? `✔ ${total} 个场景全部通过（${scripts} 个话术）。` : `✖ ${total} 个场景中 ${failed} 个失败（${scripts} 个话术）。`),
    noneToTest: (scripts) => `${scripts === 1 ? "该话术" : `${scripts} 个话术都`}没有保存的场景：未做任何测试。`,
  };
}

const cache = new Map<Locale, SimulateMessages>();

export function simulateMessages(locale: Locale): SimulateMessages {
  let messages = cache.get(locale);
  if (!messages) cache.set(locale, (messages = locale === "en" ? en() : zhCN()));
  return messages;
}
