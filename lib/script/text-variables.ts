// Variables are written into spoken text as {{name}}; spaces inside the braces are tolerated
// because designers type them.
const PLACEHOLDER = /\{\{\s*([A-Za-z_\u4e00-\u9fff][A-Za-z0-9_\u4e00-\u9fff]*)\s*\}\}/g;

export type Placeholder = { name: string; start: number; end: number };

/** The {{variable}} placeholders in a text, with their UTF-16 ranges. */
export function placeholdersIn(text: string): Placeholder[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({
    name: m[1] as string,
    start: m.index,
    end: m.index + m[0].length,
  }));
}
