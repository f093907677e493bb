"use client";

import { useEffect, useMemo, useState } from "react";
import { useTranslations } from "use-intl";
import type { ScriptDocument } from "@/lib/script/document";
import { enumeratePaths } from "@/lib/simulate/paths";
import { Button } from "@/components/ui/button";
import { stageColor } from "@/components/canvas/stage-colors";
import { usePlayerView } from "./player-context";
import { pathHighlight } from "./walk-highlight";

/** Paths listed at most; the tab says "truncated" when the script has more. */
export const PATH_LIST_LIMIT = 500;

const round = (seconds: number) => Math.round(seconds);
const pathKey = (p: { nodeIds: readonly string[]; edges: readonly string[] }) => `${p.nodeIds.join(" ")}|${p.edges.join(" ")}`;

/**
 * Every path from the entry to an exit (each loop taken at most once more), longest first: its
 * exit and outcome, its time and the time per stage. Choosing one (click, or Enter on it) draws it
 * on the canvas.
 */
export function PathsTab({ doc }: { doc: ScriptDocument }) {
  const t = useTranslations("simulate.paths");
  const tr = useTranslations();
  const { speech, setOverlay } = usePlayerView();
  const list = useMemo(() => enumeratePaths(doc, { maxLoops: 1, limit: PATH_LIST_LIMIT, speech }), [doc, speech]);
  // A path is kept by what it walks, so an edit that reorders the list keeps the same path chosen.
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const selected = selectedKey === null ? -1 : list.paths.findIndex((p) => pathKey(p) === selectedKey);
  const path = list.paths[selected];

  const highlight = useMemo(() => (path ? pathHighlight(path) : null), [path]);
  useEffect(() => {
    setOverlay("paths", highlight);
  }, [highlight, setOverlay]);
  useEffect(() => () => setOverlay("paths", null), [setOverlay]);

  const stages = useMemo(() => [...doc.stages].sort((a, b) => a.order - b.order).map((s, i) => ({ ...s, color: stageColor(i).bar })), [doc.stages]);
  const exitLabel = (id: string) => doc.nodes.find((n) => n.id === id)?.label || id;

  return (
    <section aria-labelledby="player-paths" className="space-y-2 px-4 py-3">
      <div className="flex items-baseline gap-2">
        <h3 id="player-paths" className="flex-1 text-sm font-semibold">
          {t("heading")}
        </h3>
        <span className="text-xs text-slate-600" role="status">
          {t("count", { count: list.paths.length })}
        </span>
      </div>
      <p className="text-xs text-slate-500">{t("hint")}</p>
      {list.truncated ? <p className="rounded bg-amber-50 px-2 py-1 text-xs text-amber-900">{t("truncated", { limit: PATH_LIST_LIMIT })}</p> : null}
      {path ? (
        <Button size="sm" variant="ghost" onClick={() => setSelectedKey(null)}>
          {t("clear")}
        </Button>
      ) : null}
      <ol aria-label={t("listLabel")} className="space-y-1" data-testid="path-list">
        {list.paths.map((p, i) => {
          const active = i === selected;
          const exit = exitLabel(p.exitId);
          const outcome = tr(`outcomes.${p.outcome}`);
          return (
            <li key={i}>
              <button
                type="button"
                aria-pressed={active}
                aria-label={t("item", { number: i + 1, exit, outcome, seconds: round(p.seconds) })}
                onClick={() => setSelectedKey(active ? null : pathKey(p))}
                className={`w-full rounded-md border px-2 py-1.5 text-left text-xs ${active ? "border-amber-500 bg-amber-50" : "border-slate-200 bg-white hover:bg-slate-50"}`}
              >
                <span className="flex items-baseline gap-2">
                  <span className="text-slate-400 tabular-nums">{i + 1}</span>
                  <span className="min-w-0 flex-1 truncate font-medium text-slate-900">{t("exit", { exit })}</span>
                  <span className="text-slate-600">{outcome}</span>
                  <span className="font-semibold tabular-nums">{t("seconds", { seconds: round(p.seconds) })}</span>
                </span>
                <span className="mt-0.5 flex flex-wrap gap-x-2 text-[11px] text-slate-600">
                  <span>{t("elements", { count: p.nodeIds.length })}</span>
                  {stages
                    .filter((s) => (p.stageSeconds[s.id] ?? 0) > 0)
                    .map((s) => (
                      <span key={s.id} className="inline-flex items-center gap-1">
                        <span aria-hidden className="size-2 rounded-sm" style={{ background: s.color }} />
                        {t("stage", { stage: s.name, seconds: round(p.stageSeconds[s.id] ?? 0) })}
                      </span>
                    ))}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
