// Sizes shared by the Monaco editors and the placeholders shown while Monaco loads, so that the
// swap from one to the other does not move anything on the page.

export const SPOKEN = {
  fontSize: 14,
  lineHeight: 22,
  /** Monaco's padding above the first and below the last line. */
  paddingBlock: 6,
  /** Monaco's gap left of the text (its "line decorations" column, with no line numbers). */
  paddingLeft: 8,
  /** Room Monaco keeps on the right for its vertical scrollbar. */
  paddingRight: 10,
  minLines: 3,
  maxLines: 12,
} as const;

export const SPOKEN_MIN_HEIGHT = SPOKEN.minLines * SPOKEN.lineHeight + 2 * SPOKEN.paddingBlock;
export const SPOKEN_MAX_HEIGHT = SPOKEN.maxLines * SPOKEN.lineHeight + 2 * SPOKEN.paddingBlock;

/** The editor grows with its text between 3 and 12 lines, then scrolls. */
export function spokenHeight(contentHeight: number): number {
  return Math.min(SPOKEN_MAX_HEIGHT, Math.max(SPOKEN_MIN_HEIGHT, Math.ceil(contentHeight)));
}

export const JSON_EDITOR = { fontSize: 13, lineHeight: 20 } as const;
