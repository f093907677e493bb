// Messages of the code namespace; code.zh-CN.ts must have the same keys.
export const codeEn = {
  placeholder: "—",
} as const;
