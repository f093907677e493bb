import { offsetIn, quoteBetween, type PlacedPart } from "@/lib/review/quote";

// Reads the reviewer's selection inside one element's drawn words as a quote of the candidate's
// text. DiffText marks every part with where it starts in that text (data-at) and what it is
// (data-kind); removed words and screen-reader markers take no room in it.

const PART = "[data-at]";

function partOf(node: Node, root: HTMLElement): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement;
  const part = element?.closest<HTMLElement>(PART) ?? null;
  return part && root.contains(part) ? part : null;
}

function placed(part: HTMLElement): Pick<PlacedPart, "kind" | "at" | "text"> {
  const kind = part.dataset.kind;
  // Markers (screen-reader words around a change) take no room, like removed words.
  return { kind: kind === "same" || kind === "added" ? kind : "removed", at: Number(part.dataset.at), text: part.textContent ?? "" };
}

/** The offset in the candidate's text of a DOM position (container, offset) inside `root`. */
function offsetAt(root: HTMLElement, container: Node, offset: number, textLength: number): number {
  if (container === root) {
    const child = root.childNodes[offset];
    const part = child ? partOf(child, root) : null;
    return part ? Number(part.dataset.at) : textLength;
  }
  const part = partOf(container, root);
  if (!part) return 0;
  // Inside a text node the offset counts characters; on the part itself it counts children.
  const inPart = container.nodeType === Node.TEXT_NODE ? offset : offset > 0 ? Infinity : 0;
  return offsetIn(placed(part), inPart);
}

/** The selected words inside `root` as a quote of `text`, or null when nothing there is selected. */
export function selectedQuote(root: HTMLElement | null, text: string): string | null {
  const selection = typeof window === "undefined" ? null : window.getSelection();
  if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const startsInside = root.contains(range.startContainer);
  const endsInside = root.contains(range.endContainer);
  if (!startsInside && !endsInside && !range.intersectsNode(root)) return null;
  const start = startsInside ? offsetAt(root, range.startContainer, range.startOffset, text.length) : 0;
  const end = endsInside ? offsetAt(root, range.endContainer, range.endOffset, text.length) : text.length;
  return quoteBetween(text, start, end);
}
