/**
 * A flow's id: its source and port (a port has one flow). The same form as the canvas's edge
 * ids (components/canvas/flow-types.ts), so walks and coverage can be drawn without translation.
 */
export function edgeId(from: string, port: string): string {
  return `${from}\u2192${port}`;
}
