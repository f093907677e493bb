// ANSI styles for the pretty report: only on a terminal, and never when NO_COLOR is set.

export type Paint = (style: Style, text: string) => string;
export type Style = "bold" | "dim" | "red" | "yellow" | "cyan" | "green";

const CODES: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  green: [32, 39],
};

export function colorWanted(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(isTTY) && !env.NO_COLOR;
}

export function painter(color: boolean): Paint {
  if (!color) return (_style, text) => text;
  return (style, text) => `\u001b[${CODES[style][0]}m${text}\u001b[${CODES[style][1]}m`;
}
