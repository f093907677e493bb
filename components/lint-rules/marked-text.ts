/** An example's text split around the words its finding must cover; the mark is null when absent or not found. */
export type MarkedText = { before: string; mark: string | null; after: string };

export function markedText(text: string, mark: string | undefined): MarkedText {
  const at = mark ? text.indexOf(mark) : -1;
  if (!mark || at < 0) return { before: text, mark: null, after: "" };
  return { before: text.slice(0, at), mark, after: text.slice(at + mark.length) };
}
