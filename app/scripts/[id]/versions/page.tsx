import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { VersionsView } from "@/components/versions/versions-view";
import { withIsoDates } from "@/lib/api/access";
import type { VersionHistoryJson } from "@/lib/api/review";
import { serverIntl } from "@/lib/i18n/request";
import { findScriptOrNull } from "@/lib/server/scripts/get-script";
import { versionHistory } from "@/lib/server/versions/versions";
import { pageUser, requirePage } from "../../../_access/page-guard";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!(await pageUser())) return {};
  const script = findScriptOrNull((await params).id);
  const { t } = await serverIntl();
  return { title: script ? `${t("versions.pageTitle")} · ${script.title}` : t("versions.pageTitle") };
}

// The history is read here so the page arrives complete; every change goes through the API.
export default async function ScriptVersionsPage({ params }: Props) {
  const { id } = await params;
  await requirePage("scripts.read", `/scripts/${id}/versions`);
  const script = findScriptOrNull(id);
  if (!script) notFound();
  const { versions, live } = versionHistory(script.id);
  const history: VersionHistoryJson = { versions: versions.map(withIsoDates), live: live && withIsoDates(live) };
  return (
    <VersionsView
      script={{ id: script.id, slug: script.slug, title: script.title, locale: script.locale, archived: script.archivedAt !== null }}
      history={history}
    />
  );
}
