import type { ScriptNode } from "../script/nodes";
import { placeholdersIn, type Placeholder } from "../script/text-variables";
import { speakingSeconds } from "../speech/estimate";
import { sentencesIn } from "../speech/sentences";
import type { SpeechSettings } from "../speech/settings";
import type { Locale } from "../script/enums";
import { normalize, type Shadow } from "./text/normalize";

/** What the checks need to know about one element's words; cached per element object. */
export type NodeFacts = {
  text: string;
  shadow: Shadow;
  blank: boolean;
  placeholders: Placeholder[];
  sentences: number;
  /** Seconds to say the text, plus the customer's reply at a choice and the system's time at a function key. */
  seconds: number;
};

export function spokenText(node: ScriptNode): string {
  return "text" in node ? (node.text ?? "") : "";
}

export function nodeFacts(node: ScriptNode, locale: Locale, speech: SpeechSettings): NodeFacts {
  const text = spokenText(node);
  const blank = text.trim() === "";
  let seconds = blank ? 0 : speakingSeconds(text, locale, speech);
  if (node.kind === "choice") seconds += node.replySeconds ?? speech.replySeconds;
  if (node.kind === "action") seconds += node.systemSeconds;
  const placeholders = text.includes("{{") ? placeholdersIn(text) : [];
  return {
    text,
    shadow: normalize(text, placeholders), // found once, for the shadow and for the checks
    blank,
    placeholders,
    sentences: blank ? 0 : sentencesIn(text).length,
    seconds,
  };
}
