import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { useCanvasWords } from "../canvas-words";
import type { LaneFlowNode } from "../flow-types";

function LaneView({ data }: Pick<NodeProps<LaneFlowNode>, "data">) {
  const words = useCanvasWords();
  return (
    <div className="rounded-lg" style={{ width: data.width, height: data.height, background: data.color.tint, borderTop: `3px solid ${data.color.bar}` }}>
      <div className="flex items-baseline gap-2 px-3 pt-2 text-sm font-semibold" style={{ color: data.color.text }}>
        <span>{data.stage.name}</span>
        {data.stage.budgetSeconds !== null ? (
          <span className="text-xs font-normal">{words.budget(data.stage.budgetSeconds)}</span>
        ) : null}
      </div>
    </div>
  );
}

const MemoLane = memo(LaneView);

export function LaneNode({ data }: NodeProps<LaneFlowNode>) {
  return <MemoLane data={data} />;
}
