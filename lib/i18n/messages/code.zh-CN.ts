import type { Catalogue } from "../catalogue-type";
import type { codeEn } from "./code.en";

export const codeZhCN: Catalogue<typeof codeEn> = {
  loading: "正在加载编辑器…",
  loadFailed: "无法加载高级编辑器，已改用普通文本框。",
  json: {
    editorLabel: "话本 JSON",
    loadFailed: "无法加载 JSON 编辑器。请刷新页面重试。",
    toolbar: "JSON 操作",
    apply: "应用",
    applyShortcut: "应用（{shortcut}）",
    revert: "还原",
    unapplied: "有未应用的修改",
    upToDate: "与话本一致",
    applied: "已应用。",
    reverted: "已还原为当前话本。",
    outdated: "您在此编辑期间，话本已在别处被修改。“应用”会用这段文本替换话本；“还原”会显示当前话本。",
    issuesHeading: "发现 {count} 个问题，未应用任何修改",
    goTo: "转到 {path}",
    notInText: "（在文本中找不到）",
    tabHint: "Tab 键用于缩进。按 {shortcut} 可让 Tab 键改为移动焦点。",
  },
};
