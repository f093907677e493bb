/** Fills {name} placeholders of a rule message; an unknown name stays visible rather than vanishing. */
export function renderMessage(template: string, params: Record<string, string | number>): string {
  // Every finding of every lint is rendered, so each template is split once into its words and
  // {name} slots (cached by template) instead of running template.replace(/\{(\w+)\}/g, fn) each
  // time. Same result: a slot whose name is not a parameter is left as written.
  const parts = partsOf(template);
  if (parts.length === 1) return template;
  let out = parts[0]!;
  for (let k = 1; k < parts.length; k += 2) {
    const name = parts[k]!;
    out += (name in params ? String(params[name]) : `{${name}}`) + parts[k + 1]!;
  }
  return out;
}

const PARTS = new Map<string, readonly string[]>();
const MAX_CACHED = 2000;

/** [words, name, words, name, …, words]: the text between the {name} slots, and the slots' names. */
function partsOf(template: string): readonly string[] {
  const known = PARTS.get(template);
  if (known) return known;
  const parts: string[] = [];
  let copied = 0;
  // Left to right as the regular expression /\{(\w+)\}/g would: a "{" that does not start
  // {word} is kept, and the scan goes on from the next character.
  for (let open = template.indexOf("{"); open >= 0; open = template.indexOf("{", open + 1)) {
    let end = open + 1;
    while (end < template.length && isWordChar(template.charCodeAt(end))) end++;
    if (end === open + 1 || template.charCodeAt(end) !== 0x7d) continue;
    parts.push(template.slice(copied, open), template.slice(open + 1, end));
    copied = end + 1;
    open = end;
  }
  parts.push(template.slice(copied));
  if (PARTS.size >= MAX_CACHED) PARTS.clear(); // custom packs are few; this only bounds a runaway
  PARTS.set(template, parts);
  return parts;
}

/** \w: ASCII letters, digits and underscore. */
function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}
