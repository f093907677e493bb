// A function key's parameters are a record; these keep the designer's row order (string keys
// keep insertion order, and parameter names cannot look like array indices).

export type Parameters = Readonly<Record<string, string>>;

/** `param1`, `param2`, …: the first name not in use, so a new row is valid at once. */
export function nextParameterName(params: Parameters): string {
  let n = 1;
  while (`param${n}` in params) n++;
  return `param${n}`;
}

export function renameParameter(params: Parameters, from: string, to: string): Record<string, string> {
  if (from === to || !(from in params) || to in params) return { ...params };
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k === from ? to : k, v]));
}

export function setParameter(params: Parameters, name: string, value: string): Record<string, string> {
  return { ...params, [name]: value };
}

export function removeParameter(params: Parameters, name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter(([k]) => k !== name));
}
