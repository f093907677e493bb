// Lints large scripts off the main thread, so typing never waits for the linter. The same engine as
// everywhere else; it keeps its caches between messages for what survives structured cloning
// (compiled rules), while elements arrive as new objects each time.
import { createLinter, type LintSetup } from "@/lib/lint/engine";
import { BUILTIN_PACKS } from "@/lib/lint/builtin-packs";
import type { LintRequest, LintResponse } from "./lint-messages";

const linter = createLinter();
let setup: LintSetup = { packs: BUILTIN_PACKS };

self.onmessage = (event: MessageEvent<LintRequest>) => {
  const message = event.data;
  if (message.type === "setup") {
    setup = { packs: [...BUILTIN_PACKS, ...message.packs], workspace: message.workspace };
    return;
  }
  const report = linter.lint(message.doc, { ...setup, messageLocale: message.locale });
  const response: LintResponse = { seq: message.seq, report };
  self.postMessage(response);
};
