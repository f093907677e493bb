import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { EditorLoader } from "@/components/editor/editor-loader";
import { summaryJson } from "@/lib/api/scripts";
import { serverIntl } from "@/lib/i18n/request";
import { findScriptOrNull } from "@/lib/server/scripts/get-script";
import { can } from "@/lib/access/principal";
import { pageUser, requirePage } from "../../../_access/page-guard";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!(await pageUser())) return {};
  const script = findScriptOrNull((await params).id);
  if (!script) return {};
  const { t } = await serverIntl();
  return { title: t("editor.pageTitle", { title: script.title }) };
}

export default async function EditPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePage("scripts.read", `/scripts/${id}/edit`);
  const script = findScriptOrNull(id);
  if (!script) notFound();
  // Approvers read copy but never edit it: they get the overview instead of the editor.
  if (!can(user, "scripts.edit")) redirect(`/scripts/${script.id}`);
  // An archived script is read, not edited: the overview says how to restore it.
  if (script.archivedAt) redirect(`/scripts/${script.id}`);
  return <EditorLoader script={summaryJson(script)} />;
}
