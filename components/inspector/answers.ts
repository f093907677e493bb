import type { Answer } from "@/lib/script/nodes";

const NUMBERED = /^a-(\d{1,9})$/;

/**
 * A fresh answer id, `a-N` with N one above the highest N in use. Answer ids are output ports:
 * flows and published versions point at them, so a new answer takes a number no living answer
 * has, rather than filling a gap that an older branch might still be remembered by.
 */
export function nextAnswerId(answers: readonly Pick<Answer, "id">[]): string {
  const taken = new Set(answers.map((a) => a.id));
  let n = Math.max(0, ...answers.map((a) => Number(NUMBERED.exec(a.id)?.[1] ?? 0))) + 1;
  while (taken.has(`a-${n}`)) n++;
  return `a-${n}`;
}
