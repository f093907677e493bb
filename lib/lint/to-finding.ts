import type { Locale } from "../script/enums";
import type { ActiveRule } from "./compile-rules";
import type { Report } from "./checks/check-context";
import type { Finding } from "./finding";
import { renderMessage } from "./render-message";

/** A check's report as a finding: the rule's id, category and severity, and its message rendered. */
export function toFinding(active: ActiveRule, report: Report, locale: Locale): Finding {
  const { variant, severity, params = {}, ...where } = report;
  const template = (variant && active.rule.messages?.[variant]) || active.rule.message;
  return {
    ruleId: active.rule.id,
    category: active.rule.category,
    severity: active.severityChosen ? active.severity : (severity ?? active.severity),
    message: renderMessage(template[locale], params),
    params,
    ...where,
  };
}
