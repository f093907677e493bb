import { placeholdersIn } from "@/lib/script/text-variables";
import { SIZES } from "../node-geometry";

const CLAMP = { 2: "line-clamp-2", 3: "line-clamp-3" } as const;

/** The first lines of spoken text as it reads, with {{variables}} set off, in a box of fixed height. */
export function SpokenPreview({ text, empty, lines }: { text: string; empty: string; lines: 2 | 3 }) {
  const style = { height: lines * SIZES.line };
  if (!text.trim()) {
    return (
      <p className="text-xs leading-5 text-slate-400 italic" style={style}>
        {empty}
      </p>
    );
  }
  const className = `${CLAMP[lines]} overflow-hidden text-[13px] leading-5 text-slate-800 [overflow-wrap:anywhere]`;
  const placeholders = placeholdersIn(text);
  if (placeholders.length === 0) {
    return (
      <p className={className} style={style}>
        {text}
      </p>
    );
  }
  const parts: (string | { variable: string })[] = [];
  let at = 0;
  for (const p of placeholders) {
    if (p.start > at) parts.push(text.slice(at, p.start));
    parts.push({ variable: p.name });
    at = p.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <p className={className} style={style}>
      {parts.map((part, i) =>
        typeof part === "string" ? (
          part
        ) : (
          <code key={i} className="rounded bg-indigo-50 px-1 text-[11px] text-indigo-700">
            {part.variable}
          </code>
        ),
      )}
    </p>
  );
}
