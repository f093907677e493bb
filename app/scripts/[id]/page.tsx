import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ScriptOverview } from "@/components/script/script-overview";
import { summaryJson } from "@/lib/api/scripts";
import { findScriptOrNull } from "@/lib/server/scripts/get-script";
import { pageUser, requirePage } from "../../_access/page-guard";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!(await pageUser())) return {};
  const script = findScriptOrNull((await params).id);
  return script ? { title: script.title } : {};
}

export default async function ScriptPage({ params }: Props) {
  const { id } = await params;
  await requirePage("scripts.read", `/scripts/${id}`);
  const script = findScriptOrNull(id);
  if (!script) notFound();
  return <ScriptOverview script={summaryJson(script)} />;
}
