export type StageColor = { bar: string; tint: string; text: string };

// Distinct hues, in reading order of the stages, chosen to stay readable on white and apart from
// the red and green that mark errors and success.
const PALETTE: readonly StageColor[] = [
  { bar: "#2563eb", tint: "rgba(37, 99, 235, 0.06)", text: "#1e40af" },
  { bar: "#0d9488", tint: "rgba(13, 148, 136, 0.07)", text: "#115e59" },
  { bar: "#d97706", tint: "rgba(217, 119, 6, 0.07)", text: "#92400e" },
  { bar: "#7c3aed", tint: "rgba(124, 58, 237, 0.06)", text: "#5b21b6" },
  { bar: "#db2777", tint: "rgba(219, 39, 119, 0.06)", text: "#9d174d" },
  { bar: "#0891b2", tint: "rgba(8, 145, 178, 0.07)", text: "#155e75" },
  { bar: "#65a30d", tint: "rgba(101, 163, 13, 0.07)", text: "#3f6212" },
  { bar: "#9333ea", tint: "rgba(147, 51, 234, 0.06)", text: "#6b21a8" },
];

export const NO_STAGE_COLOR: StageColor = { bar: "#94a3b8", tint: "rgba(148, 163, 184, 0.08)", text: "#475569" };

export function stageColor(index: number): StageColor {
  return PALETTE[index % PALETTE.length] as StageColor;
}
