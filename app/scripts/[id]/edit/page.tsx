import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { EditorLoader } from "@/components/editor/editor-loader";
import { summaryJson } from "@/lib/api/scripts";
import { serverIntl } from "@/lib/i18n/request";
import { findScriptOrNull } from "@/lib/server/scripts/get-script";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const script = findScriptOrNull((await params).id);
  if (!script) return {};
  const { t } = await serverIntl();
  return { title: t("editor.pageTitle", { title: script.title }) };
}

export default async function EditPage({ params }: Props) {
  const script = findScriptOrNull((await params).id);
  if (!script) notFound();
  // An archived script is read, not edited: the overview says how to restore it.
  if (script.archivedAt) redirect(`/scripts/${script.id}`);
  return <EditorLoader script={summaryJson(script)} />;
}
