import type { Metadata } from "next";
import { RulePacksView } from "@/components/lint-rules/rule-packs-view";
import { serverIntl } from "@/lib/i18n/request";
import { requirePage } from "../_access/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverIntl();
  return { title: t("lintRules.pageTitle") };
}

// The packs and the workspace settings come from /api/v1/lint, the same API the editor lints with.
export default async function RulesPage() {
  await requirePage("scripts.read", "/rules");
  return <RulePacksView />;
}
