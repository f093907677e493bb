import type { Metadata } from "next";
import { LibraryView } from "@/components/library/library-view";
import { summaryJson } from "@/lib/api/scripts";
import { readLibraryQuery } from "@/lib/library/library-query";
import { serverIntl } from "@/lib/i18n/request";
import { hasAnyScripts, listScripts } from "@/lib/server/scripts/list-scripts";
import { requirePage } from "../_access/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverIntl();
  return { title: t("library.pageTitle") };
}

export default async function LibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePage("scripts.read", "/scripts");
  const query = readLibraryQuery(await searchParams);
  const scripts = listScripts({ text: query.q, family: query.family ?? undefined, archive: query.archived });
  return <LibraryView scripts={scripts.map(summaryJson)} query={query} hasAnyScripts={scripts.length > 0 || hasAnyScripts()} />;
}
