import type { Catalogue } from "../catalogue-type";
import type { rulesEn } from "./rules.en";

export const rulesZhCN: Catalogue<typeof rulesEn> = {
  variable: "变量",
  variableOption: "{label}（{name}）",
  op: "比较方式",
  value: "值",
  values: "取值",
  noValue: "无需填写值。",
  listHint: "多个值用逗号分隔。",
  yes: "是",
  no: "否",
  choose: "请选择…",
  notAnOption: "{value}（已不是可选值）",
  errors: {
    valueRequired: "请填写值。",
    valuesRequired: "请至少给出一个值。",
    notNumber: "请输入数字，例如 40 或 7.5。",
    notBoolean: "请输入“是”或“否”。",
    notOption: "“{value}”不是可选值，请选择{options}。",
  },
};
