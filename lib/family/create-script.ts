import { SCHEMA_VERSION, type Family, type Locale } from "../script/enums";
import type { ScriptDocument } from "../script/document";
import type { Edge, Stage, Variable } from "../script/parts";
import type { ScriptNode } from "../script/nodes";
import { familyTemplate } from "./templates";
import { SKELETON_COPY } from "./skeleton-copy";

export type NewScript = { id: string; title: string; family: Family; locale: Locale; blank?: boolean };

const STEP = 300;

/**
 * A new script as its family starts it: the family's stages and budgets, and a skeleton
 * (greeting, closing, exits) already connected, so the first lint run is clean.
 */
export function createScriptFromTemplate({ id, title, family, locale, blank = false }: NewScript): ScriptDocument {
  const template = familyTemplate(family);
  const copy = SKELETON_COPY[locale];
  const stages: Stage[] = template.stages.map((s, order) => ({
    id: s.role,
    name: s.name[locale],
    order,
    role: s.role,
    budgetSeconds: s.budgetSeconds,
  }));
  const first = stages[0]?.id ?? null;
  const base = { schemaVersion: SCHEMA_VERSION, id, title, family, locale, targetGroup: { description: "", criteria: { all: [] } }, stages };
  if (blank) {
    // The family's stages and one empty opening statement: a script must have an entry.
    return {
      ...base,
      variables: [],
      entry: "greeting",
      nodes: [{ id: "greeting", kind: "statement", label: copy.greetingLabel, stageId: first, text: "" }],
      edges: [],
      layout: { positions: { greeting: { x: 0, y: 0 } } },
    };
  }
  const last = stages[stages.length - 1]?.id ?? null;
  const outbound = family === "outbound-marketing" || family === "outbound-maintenance";

  const variables: Variable[] = outbound
    ? [
        { name: "customerName", type: "text", label: copy.customerName, source: "customer" },
        { name: "agentName", type: "text", label: copy.agentName, source: "system" },
        { name: "companyName", type: "text", label: copy.companyName, source: "system" },
      ]
    : [];

  const closing: ScriptNode = {
    id: "closing",
    kind: "statement",
    label: copy.closingLabel,
    stageId: last,
    text: family === "complaint" ? copy.complaintClosing : outbound ? copy.outboundClosing : copy.inboundClosing,
  };
  const done: ScriptNode = { id: "end-success", kind: "exit", outcome: "success" };
  const edges: Edge[] = [{ from: "closing", port: "next", to: "end-success" }];
  let nodes: ScriptNode[];

  if (outbound) {
    nodes = [
      {
        id: "greeting",
        kind: "choice",
        label: copy.verifyLabel,
        stageId: first,
        mode: "single",
        text: copy.outboundGreeting,
        answers: [
          { id: "is-customer", label: copy.isCustomer },
          { id: "not-customer", label: copy.notCustomer },
        ],
      },
      closing,
      done,
      { id: "end-wrong-person", kind: "exit", outcome: "other", text: copy.wrongPersonClosing },
    ];
    edges.unshift(
      { from: "greeting", port: "is-customer", to: "closing" },
      { from: "greeting", port: "not-customer", to: "end-wrong-person" },
    );
  } else {
    const text = family === "complaint" ? copy.complaintCalm : copy.inboundGreeting;
    nodes = [{ id: "greeting", kind: "statement", label: copy.greetingLabel, stageId: first, text }, closing, done];
    edges.unshift({ from: "greeting", port: "next", to: "closing" });
  }

  const positions: ScriptDocument["layout"]["positions"] = {
    greeting: { x: 0, y: 0 },
    closing: { x: STEP, y: 0 },
    "end-success": { x: 2 * STEP, y: 0 },
  };
  if (outbound) positions["end-wrong-person"] = { x: STEP, y: 200 };

  return { ...base, variables, entry: "greeting", nodes, edges, layout: { positions } };
}

