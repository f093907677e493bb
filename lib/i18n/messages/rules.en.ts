// Messages of the rules namespace (the rule list editor in components/rules, shared by the
// inspector's conditions and the target group's criteria); rules.zh-CN.ts must have the same keys.
export const rulesEn = {
  variable: "Variable",
  variableOption: "{label} ({name})",
  op: "Comparison",
  value: "Value",
  values: "Values",
  noValue: "No value needed.",
  listHint: "Separate values with commas.",
  yes: "Yes",
  no: "No",
  choose: "Choose…",
  notAnOption: "{value} (no longer an option)",
  errors: {
    valueRequired: "Enter a value.",
    valuesRequired: "Give at least one value.",
    notNumber: "Enter a number, e.g. 40 or 7.5.",
    notBoolean: "Enter yes or no.",
    notOption: "“{value}” is not an option: choose {options}.",
  },
} as const;
