import type { ElementKind } from "@/lib/script/enums";

// Drawn, not emoji: the machines Huaben runs on need not have an emoji font.
const PATHS: Record<ElementKind, string> = {
  statement: "M4 5h16v10H9l-5 4z",
  choice: "M12 3v6M12 9l-6 6M12 9l6 6M6 15v5M18 15v5",
  input: "M4 17h16M4 7h10M6 12h12",
  action: "M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8zM12 2v3M12 19v3M2 12h3M19 12h3",
  condition: "M12 3l9 9l-9 9l-9-9z",
  exit: "M5 5h14v14H5zM9 9h6v6H9z",
};

export function KindIcon({ kind }: { kind: ElementKind }) {
  return (
    <svg aria-hidden viewBox="0 0 24 24" className="size-4 shrink-0" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinejoin="round" strokeLinecap="round">
      <path d={PATHS[kind]} />
    </svg>
  );
}
