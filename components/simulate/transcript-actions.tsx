"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { transcriptMarkdown, transcriptText, type Transcript, type TranscriptLabels } from "@/lib/simulate/transcript";
import { Button } from "@/components/ui/button";

/** Without the characters a file name may not hold on common systems. */
const fileSafe = (name: string) => name.replace(/[\\/:*?"<>|]+/g, "-").replace(/\s+/g, " ").trim() || "transcript";

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Without clipboard permission (an embedded or headless browser), the older route still works.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/markdown;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has been handled: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The walk as a transcript: copied as plain text, or downloaded as Markdown with the times per stage. */
export function TranscriptActions({ transcript, labels }: { transcript: Transcript; labels: TranscriptLabels }) {
  const t = useTranslations("simulate.transcript");
  const [status, setStatus] = useState<"copied" | "copyFailed" | null>(null);
  return (
    <section aria-labelledby="player-transcript" className="px-4 py-3">
      <h3 id="player-transcript" className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {t("heading")}
      </h3>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button size="sm" onClick={() => void copyText(transcriptText(transcript, labels)).then((ok) => setStatus(ok ? "copied" : "copyFailed"))}>
          {t("copy")}
        </Button>
        <Button size="sm" onClick={() => download(`${fileSafe(t("fileName", { title: transcript.title }))}.md`, transcriptMarkdown(transcript, labels))}>
          {t("download")}
        </Button>
      </div>
      <p role="status" className={`mt-1 text-xs ${status === "copyFailed" ? "text-red-700" : "text-emerald-700"}`}>
        {status ? t(status) : null}
      </p>
    </section>
  );
}
