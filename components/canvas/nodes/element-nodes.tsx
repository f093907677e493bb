import type { NodeProps } from "@xyflow/react";
import { memo, type ReactElement } from "react";
import type { ElementKind } from "@/lib/script/enums";
import type { ElementFlowNode } from "../flow-types";
import { useCanvasWords } from "../canvas-words";
import { SIZES } from "../node-geometry";
import { NodeFrame, Note, PortRow, type Tone } from "./node-frame";
import { SpokenPreview } from "./spoken-preview";

// Views take only what they draw. React Flow passes each node more props (measured size, absolute
// position, z-index) that change during loading and dragging; `only` strips them so the memoised
// view is not drawn again when just those change. The section heights follow node-geometry.ts.
type Props<K extends ElementKind> = Pick<NodeProps<ElementFlowNode<K>>, "data" | "selected">;

function only<K extends ElementKind>(View: (props: Props<K>) => ReactElement) {
  const Memo = memo(View);
  return function ElementNode({ data, selected }: NodeProps<ElementFlowNode<K>>) {
    return <Memo data={data} selected={selected} />;
  };
}

const OK_ERROR: Record<string, Tone> = { ok: "positive", error: "negative" };
const TRUE_FALSE: Record<string, Tone> = { true: "positive", false: "negative" };
const gap = { marginTop: SIZES.gap };

function StatementView({ data, selected }: Props<"statement">) {
  const words = useCanvasWords();
  return (
    <NodeFrame data={data} selected={selected}>
      <SpokenPreview text={data.node.text} empty={words.emptyText} lines={3} />
    </NodeFrame>
  );
}

function ChoiceView({ data, selected }: Props<"choice">) {
  const words = useCanvasWords();
  const { node } = data;
  return (
    <NodeFrame data={data} selected={selected}>
      <SpokenPreview text={node.text} empty={words.emptyText} lines={2} />
      {node.mode === "multi" ? <Note className="text-slate-500">{words.multiChoice}</Note> : null}
      {node.answers.map((answer) => (
        <PortRow key={answer.id} label={answer.label || answer.id} />
      ))}
    </NodeFrame>
  );
}

function InputView({ data, selected }: Props<"input">) {
  const words = useCanvasWords();
  const { node } = data;
  return (
    <NodeFrame data={data} selected={selected}>
      {node.text ? (
        <div style={{ marginBottom: SIZES.gap }}>
          <SpokenPreview text={node.text} empty="" lines={2} />
        </div>
      ) : null}
      <p className="truncate text-xs leading-5 text-slate-600" style={{ height: SIZES.meta }}>
        <code className="rounded bg-slate-100 px-1 text-[11px]">{`{{${node.variable}}}`}</code> {words.inputTypes[node.inputType]}
        {node.required ? <span className="text-rose-700"> · {words.required}</span> : null}
      </p>
    </NodeFrame>
  );
}

function ActionView({ data, selected }: Props<"action">) {
  const words = useCanvasWords();
  const { node } = data;
  return (
    <NodeFrame data={data} selected={selected} tones={OK_ERROR}>
      <p className="truncate text-xs leading-5 text-slate-500" style={{ height: SIZES.meta }}>
        <code className="rounded bg-amber-50 px-1 text-[11px] text-amber-800">{node.key}</code> {words.seconds(node.systemSeconds)}
      </p>
      {node.text ? (
        <div style={gap}>
          <SpokenPreview text={node.text} empty="" lines={2} />
        </div>
      ) : null}
      <PortRow label={words.ports.ok} tone="positive" />
      <PortRow label={words.ports.error} tone="negative" />
    </NodeFrame>
  );
}

function ConditionView({ data, selected }: Props<"condition">) {
  const words = useCanvasWords();
  const { rules } = data.node;
  const list = "all" in rules ? rules.all : rules.any;
  return (
    <NodeFrame data={data} selected={selected} tones={TRUE_FALSE}>
      <Note className="text-slate-500">{list.length === 0 ? words.noRules : "all" in rules ? words.rulesAll : words.rulesAny}</Note>
      {list.slice(0, 4).map((rule, i) => (
        <Note key={i} className="font-mono text-slate-700">
          {rule.var} {words.ops[rule.op]} {rule.value === undefined ? "" : JSON.stringify(rule.value)}
        </Note>
      ))}
      {list.length > 4 ? <Note className="text-slate-400">…</Note> : null}
      <PortRow label={words.ports.true} tone="positive" />
      <PortRow label={words.ports.false} tone="negative" />
    </NodeFrame>
  );
}

function ExitView({ data, selected }: Props<"exit">) {
  const words = useCanvasWords();
  const { node } = data;
  return (
    <NodeFrame data={data} selected={selected}>
      <p style={{ height: SIZES.outcome }}>
        <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${node.outcome === "success" ? "bg-emerald-50 text-emerald-800" : "bg-slate-100 text-slate-700"}`}>
          {words.outcomes[node.outcome]}
        </span>
      </p>
      {node.text ? (
        <div style={gap}>
          <SpokenPreview text={node.text} empty="" lines={2} />
        </div>
      ) : null}
    </NodeFrame>
  );
}

// Exhaustive: a new element kind does not compile until the canvas can draw it.
export const ELEMENT_VIEWS = {
  statement: only(StatementView),
  choice: only(ChoiceView),
  input: only(InputView),
  action: only(ActionView),
  condition: only(ConditionView),
  exit: only(ExitView),
} satisfies Record<ElementKind, unknown>;
