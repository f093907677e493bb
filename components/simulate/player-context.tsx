"use client";

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { ScriptDocument } from "@/lib/script/document";
import type { SpeechSettings } from "@/lib/speech/settings";
import { CanvasHighlightProvider, type CanvasHighlight } from "@/components/canvas/highlight-context";
import { useSpeech } from "./use-speech";
import { useWalk, type Walk } from "./use-walk";
import { walkHighlight } from "./walk-highlight";

/** The player's tabs: the walk-through, the saved scenarios, every path, an activity over a customer sample. */
export const PLAYER_TABS = ["walk", "scenarios", "paths", "activity"] as const;
export type PlayerTab = (typeof PLAYER_TABS)[number];
/** The tabs that draw something of their own on the canvas (the activity tab draws nothing). */
type OverlayTab = Exclude<PlayerTab, "walk" | "activity">;

/** Which tab is shown, and what the other tabs want drawn on the canvas (each its own highlight). */
export type PlayerView = {
  tab: PlayerTab;
  setTab(tab: PlayerTab): void;
  /** A tab's highlight (a path, the coverage); drawn only while that tab is shown. */
  setOverlay(tab: OverlayTab, highlight: CanvasHighlight | null): void;
  speech: SpeechSettings;
};

const PlayerContext = createContext<Walk | null>(null);
const PlayerViewContext = createContext<PlayerView | null>(null);

type Overlays = Record<OverlayTab, CanvasHighlight | null>;

/**
 * Holds the editor's walk-through for the whole editor session, so closing the player and opening
 * it again finds the call where it was. While `showOnCanvas`, the canvas below it draws one
 * highlight (through the canvas's highlight context), that of the tab shown: the walk, the path
 * chosen, or the coverage of the saved scenarios when asked for.
 */
export function PlayerProvider({ doc, showOnCanvas, children }: { doc: ScriptDocument; showOnCanvas: boolean; children: ReactNode }) {
  const speech = useSpeech(doc);
  const walk = useWalk(doc, speech);
  const [tab, setTab] = useState<PlayerTab>("walk");
  const [overlays, setOverlays] = useState<Overlays>({ scenarios: null, paths: null });
  const setOverlay = useCallback((which: keyof Overlays, highlight: CanvasHighlight | null) => {
    setOverlays((o) => (o[which] === highlight ? o : { ...o, [which]: highlight }));
  }, []);
  const walked = useMemo(() => (walk.state ? walkHighlight(walk.state) : null), [walk.state]);
  const highlight = !showOnCanvas || tab === "activity" ? null : tab === "walk" ? walked : overlays[tab];
  const view = useMemo(() => ({ tab, setTab, setOverlay, speech }), [tab, setOverlay, speech]);
  return (
    <PlayerContext.Provider value={walk}>
      <PlayerViewContext.Provider value={view}>
        <CanvasHighlightProvider value={highlight}>{children}</CanvasHighlightProvider>
      </PlayerViewContext.Provider>
    </PlayerContext.Provider>
  );
}

export function usePlayer(): Walk {
  const walk = useContext(PlayerContext);
  if (!walk) throw new Error("usePlayer needs a PlayerProvider");
  return walk;
}

export function usePlayerView(): PlayerView {
  const view = useContext(PlayerViewContext);
  if (!view) throw new Error("usePlayerView needs a PlayerProvider");
  return view;
}
