// Messages of the code namespace (the Monaco editors in components/code); code.zh-CN.ts must have
// the same keys.
export const codeEn = {
  loading: "Loading the editor…",
  loadFailed: "The rich editor could not be loaded; a plain text box is used instead.",
  json: {
    editorLabel: "Script as JSON",
    loadFailed: "The JSON editor could not be loaded. Reload the page to try again.",
    toolbar: "JSON actions",
    apply: "Apply",
    applyShortcut: "Apply ({shortcut})",
    revert: "Revert",
    unapplied: "Unapplied changes",
    upToDate: "Matches the script",
    applied: "Applied.",
    reverted: "Reverted to the current script.",
    outdated: "The script was changed elsewhere while you edited here. Apply replaces it with this text; Revert shows the current script.",
    issuesHeading: "{count, plural, one {# problem} other {# problems}}: nothing was applied",
    goTo: "Go to {path}",
    notInText: "(not found in the text)",
    tabHint: "Tab indents. Press {shortcut} to let Tab move the focus instead.",
  },
} as const;
