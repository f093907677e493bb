import { Handle, Position } from "@xyflow/react";
import { useMemo, type ReactNode } from "react";
import type { ElementData } from "../flow-types";
import type { HighlightMark } from "../highlight-context";
import { useCanvasWords, useCompact } from "../canvas-words";
import { geometryOf, SIZES } from "../node-geometry";
import { CommentIcon } from "@/components/review/comment-icon";

const HANDLE = "!h-3 !w-3 !border-2 !border-white";
const HANDLE_TONES = { neutral: "!bg-slate-500", positive: "!bg-emerald-600", negative: "!bg-rose-600" } as const;

export type Tone = keyof typeof HANDLE_TONES;

/**
 * The card every element is drawn on: the stage's colour down the left edge, the kind and label
 * on top, the stage name, one input on the left and its outputs on the right, all placed by the
 * element's geometry so that React Flow can draw flows to elements it has not drawn. Zoomed far
 * out the body is left empty: the text cannot be read there and a large script draws faster.
 */
export function NodeFrame({ data, selected, tones, children }: { data: ElementData; selected: boolean; tones?: Record<string, Tone>; children: ReactNode }) {
  const words = useCanvasWords();
  const compact = useCompact();
  const { node, stage, color, isEntry, mark } = data;
  const geometry = useMemo(() => geometryOf(node), [node]);
  return (
    <div
      lang={data.locale}
      data-mark={mark ?? undefined}
      className={`w-[260px] rounded-md border bg-white px-2.5 shadow-sm ${selected ? "border-blue-500 ring-2 ring-blue-500/40" : "border-slate-300"} ${mark ? MARKS[mark] : ""}`}
      style={{ height: geometry.height, paddingTop: SIZES.padTop, borderLeft: `5px solid ${color.bar}` }}
    >
      {mark === "current" || mark === "lit" ? <span className="sr-only">{words.marks[mark]}</span> : null}
      <Handle type="target" position={Position.Left} className={`${HANDLE} !bg-slate-500`} style={{ top: geometry.height / 2 }} />
      {Object.entries(geometry.ports).map(([port, y]) => (
        <Handle key={port} type="source" id={port} position={Position.Right} className={`${HANDLE} ${HANDLE_TONES[tones?.[port] ?? "neutral"]}`} style={{ top: y }} />
      ))}
      <div className="flex items-center gap-1.5 border-b border-slate-100 text-[11px]" style={{ height: SIZES.header }}>
        <b className="font-semibold tracking-wide text-slate-500 uppercase">{words.kinds[node.kind]}</b>
        {isEntry ? <i className="rounded bg-blue-600 px-1 text-[10px] font-medium text-white not-italic">{words.entry}</i> : null}
        {node.kind === "exit" ? null : (
          <span className="ml-auto max-w-[120px] truncate" style={{ color: color.text }}>
            {stage?.name ?? words.noStage}
          </span>
        )}
        {data.problems ? <ProblemBadge counts={data.problems} label={words.problems(data.problems)} /> : null}
        {data.comments > 0 ? <CommentBadge count={data.comments} label={words.comments(data.comments)} /> : null}
      </div>
      {node.label ? (
        <div className="truncate text-[13px] leading-6 font-medium text-slate-900" style={{ height: SIZES.label }}>
          {node.label}
        </div>
      ) : null}
      {compact ? null : <div style={{ marginTop: SIZES.gap }}>{children}</div>}
    </div>
  );
}

/** The count of findings on the element, coloured by the worst one. */
function ProblemBadge({ counts, label }: { counts: NonNullable<ElementData["problems"]>; label: string }) {
  const worst = counts.error > 0 ? "bg-red-600 text-white" : counts.warning > 0 ? "bg-amber-400 text-amber-950" : "bg-sky-600 text-white";
  const shown = counts.error > 0 ? counts.error : counts.warning > 0 ? counts.warning : counts.info;
  return (
    <span role="img" aria-label={label} title={label} className={`${BADGE} ${worst}`}>
      {shown}
    </span>
  );
}

/** Reviewers' open comments on the element: a speech bubble with the count. */
function CommentBadge({ count, label }: { count: number; label: string }) {
  return (
    <span role="img" aria-label={label} title={label} data-testid="comment-badge" className={`${BADGE} gap-0.5 bg-amber-100 text-amber-900 ring-1 ring-amber-400`}>
      <CommentIcon className="size-2.5" />
      {count}
    </span>
  );
}

// An outline, not a ring or border, so that a highlight and the selection can both show.
const MARKS: Record<NonNullable<HighlightMark>, string> = {
  current: "outline-4 outline-offset-2 outline-amber-500 shadow-lg shadow-amber-500/30",
  lit: "outline-2 outline-offset-2 outline-emerald-600",
  faded: "opacity-40",
};

const BADGE = "ml-1 inline-flex h-4 min-w-4 items-center justify-center rounded-full px-1 text-[10px] font-bold tabular-nums";

const TONES: Record<Tone, string> = { neutral: "bg-slate-50 text-slate-700", positive: "bg-emerald-50 text-emerald-800", negative: "bg-rose-50 text-rose-800" };

/** The row of one output; its handle is drawn by the frame at the row's centre. */
export function PortRow({ label, tone = "neutral" }: { label: ReactNode; tone?: Tone }) {
  return (
    <div className={`-mr-2.5 truncate rounded-l px-2 text-xs leading-[22px] ${TONES[tone]}`} style={{ height: SIZES.row, marginTop: SIZES.gap }}>
      {label}
    </div>
  );
}

/** A one-line note in small type (a rule, "several answers may apply"). */
export function Note({ children, className = "" }: { children: ReactNode; className?: string }) {
  return (
    <p className={`truncate text-[11px] leading-4 ${className}`} style={{ height: SIZES.note }}>
      {children}
    </p>
  );
}
