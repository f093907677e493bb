"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "use-intl";
import type { ScriptJson } from "@/lib/api/scripts";
import { Spinner } from "@/components/ui/spinner";

function Opening() {
  const t = useTranslations("editor");
  return (
    <div className="flex h-[calc(100vh-3.5rem)] items-center justify-center">
      <Spinner label={t("loading")} />
    </div>
  );
}

// The canvas can only be laid out in a browser (every element is measured there), so rendering
// it on the server would only send a large page that is thrown away: the editor is client-only.
const EditorApp = dynamic(() => import("./editor-app").then((m) => m.EditorApp), { ssr: false, loading: Opening });

export function EditorLoader({ script }: { script: ScriptJson }) {
  return <EditorApp script={script} />;
}
