// Messages of the inspector namespace; inspector.zh-CN.ts must have the same keys.
export const inspectorEn = {
  placeholder: "—",
} as const;
