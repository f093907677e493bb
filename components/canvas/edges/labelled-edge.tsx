import { BaseEdge, getSmoothStepPath, type EdgeProps } from "@xyflow/react";
import { memo } from "react";
import type { FlowEdgeData } from "../flow-types";
import { LIT_COLOR } from "../to-flow-edges";

/**
 * A flow drawn as a stepped line with its answer or branch as a label. The label is plain SVG
 * text with a white halo (paint-order: stroke), so nothing has to be measured: React Flow's own
 * label measures its text after mounting, and its HTML label renderer queries the DOM on every
 * store update; with a thousand labelled flows either one delays a large script by seconds.
 */
function LabelledEdgeView(props: EdgeProps & { data?: FlowEdgeData }) {
  const [path, labelX, labelY] = getSmoothStepPath(props);
  const mark = props.data?.mark ?? null;
  const tone = props.selected ? "fill-blue-700" : mark === "lit" ? "fill-emerald-800 font-semibold" : props.data?.negative === true ? "fill-rose-700" : "fill-slate-600";
  const style = mark === "lit" ? { ...props.style, stroke: LIT_COLOR, strokeWidth: 3 } : mark === "faded" ? { ...props.style, opacity: 0.3 } : props.style;
  return (
    <>
      <BaseEdge id={props.id} path={path} markerEnd={props.markerEnd} style={style} interactionWidth={16} />
      {props.label ? (
        <text
          x={labelX}
          y={labelY}
          textAnchor="middle"
          dominantBaseline="middle"
          className={`pointer-events-none text-[11px] ${tone} ${mark === "faded" ? "opacity-40" : ""}`}
          style={{ paintOrder: "stroke", stroke: "white", strokeWidth: 5, strokeLinejoin: "round" }}
        >
          {props.label}
        </text>
      ) : null}
    </>
  );
}

export const LabelledEdge = memo(LabelledEdgeView);
