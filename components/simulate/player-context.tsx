"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { ScriptDocument } from "@/lib/script/document";
import { CanvasHighlightProvider } from "@/components/canvas/highlight-context";
import { useSpeech } from "./use-speech";
import { useWalk, type Walk } from "./use-walk";
import { walkHighlight } from "./walk-highlight";

const PlayerContext = createContext<Walk | null>(null);

/**
 * Holds the editor's walk-through for the whole editor session, so closing the player and opening
 * it again finds the call where it was. While `showOnCanvas`, the walk is drawn on the canvas
 * below it (through the canvas's highlight context).
 */
export function PlayerProvider({ doc, showOnCanvas, children }: { doc: ScriptDocument; showOnCanvas: boolean; children: ReactNode }) {
  const speech = useSpeech(doc);
  const walk = useWalk(doc, speech);
  const highlight = useMemo(() => (showOnCanvas && walk.state ? walkHighlight(walk.state) : null), [showOnCanvas, walk.state]);
  return (
    <PlayerContext.Provider value={walk}>
      <CanvasHighlightProvider value={highlight}>{children}</CanvasHighlightProvider>
    </PlayerContext.Provider>
  );
}

export function usePlayer(): Walk {
  const walk = useContext(PlayerContext);
  if (!walk) throw new Error("usePlayer needs a PlayerProvider");
  return walk;
}
