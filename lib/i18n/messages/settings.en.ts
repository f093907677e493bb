// Messages of the settings namespace; settings.zh-CN.ts must have the same keys.
export const settingsEn = {
  placeholder: "—",
} as const;
