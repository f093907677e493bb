// The engine agent systems run, in one import: start a call, step through it, undo, restart.
export { start, restart } from "./start";
export { step } from "./step";
export { back } from "./back";
export { currentNode, expectedInputs } from "./current";
export { fillText } from "./fill-text";
export type * from "./types";
