// Messages of the editor namespace; editor.zh-CN.ts must have the same keys.
export const editorEn = {
  placeholder: "—",
} as const;
