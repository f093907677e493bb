"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import type { ApiTokenJson } from "@/lib/api/access";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { NoticeBar } from "@/components/ui/notice-bar";
import { useNotice } from "@/components/ui/use-notice";
import { AdminFrame } from "./admin-frame";
import { CreateTokenDialog } from "./create-token-dialog";
import { LoadFailed, TableSkeleton } from "./page-states";
import { RevokeTokenDialog } from "./revoke-token-dialog";
import { TokensTable } from "./tokens-table";
import { useApiData } from "./use-api-data";

/** /admin/tokens: the agent systems' read-only tokens, new ones shown once, revoked ones kept. */
export function TokensView() {
  const t = useTranslations("admin.tokens");
  const { state, retry, update } = useApiData<{ tokens: ApiTokenJson[] }>("/api/v1/tokens");
  const { notice, show, dismiss } = useNotice();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiTokenJson | null>(null);

  // The list is newest first, like the server's; a write's answer replaces (or adds) its row.
  const put = (token: ApiTokenJson) =>
    update(({ tokens }) => ({ tokens: tokens.some((x) => x.id === token.id) ? tokens.map((x) => (x.id === token.id ? token : x)) : [token, ...tokens] }));

  const newToken = (
    <Button variant="primary" onClick={() => setCreating(true)}>
      {t("newToken")}
    </Button>
  );
  return (
    <AdminFrame heading={t("heading")} intro={t("intro")} aside={state.phase === "ready" ? t("count", { count: state.data.tokens.length }) : null} action={newToken}>
      <NoticeBar notice={notice} onDismiss={dismiss} />
      {state.phase === "loading" ? <TableSkeleton label={t("loading")} rows={2} /> : null}
      {state.phase === "failed" ? <LoadFailed message={state.message} onRetry={retry} /> : null}
      {state.phase === "ready" && state.data.tokens.length === 0 ? <EmptyState title={t("emptyTitle")} body={t("emptyBody")} action={newToken} /> : null}
      {state.phase === "ready" && state.data.tokens.length > 0 ? <TokensTable tokens={state.data.tokens} onRevoke={setRevoking} /> : null}

      <CreateTokenDialog open={creating} onClose={() => setCreating(false)} onCreated={put} />
      <RevokeTokenDialog
        token={revoking}
        onClose={() => setRevoking(null)}
        onRevoked={(token) => {
          put(token);
          setRevoking(null);
          show({ tone: "info", text: t("revokedNotice", { name: token.name }) });
        }}
      />
    </AdminFrame>
  );
}
