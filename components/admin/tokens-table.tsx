"use client";

import { useFormatter, useTranslations } from "use-intl";
import type { ApiTokenJson } from "@/lib/api/access";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";

export function TokensTable({ tokens, onRevoke }: { tokens: ApiTokenJson[]; onRevoke: (token: ApiTokenJson) => void }) {
  const t = useTranslations("admin.tokens");
  return (
    <DataTable caption={t("tableCaption")} columns={[t("colName"), t("colToken"), t("colCreated"), t("colLastUsed"), t("colStatus")]} actions={t("colActions")}>
      {tokens.map((token) => (
        <TokenRow key={token.id} token={token} onRevoke={onRevoke} />
      ))}
    </DataTable>
  );
}

function TokenRow({ token, onRevoke }: { token: ApiTokenJson; onRevoke: (token: ApiTokenJson) => void }) {
  const t = useTranslations("admin");
  const format = useFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const revoked = token.revokedAt !== null;
  return (
    <tr className={revoked ? "bg-slate-50 text-slate-500" : "hover:bg-slate-50/60"}>
      <th scope="row" className={`px-4 py-3 text-left font-medium ${revoked ? "text-slate-600" : "text-slate-900"}`}>
        {token.name}
      </th>
      <td className="px-4 py-3 font-mono text-xs whitespace-nowrap text-slate-600">{token.hint}</td>
      <td className="px-4 py-3 text-slate-600">
        <time dateTime={token.createdAt} className="whitespace-nowrap">
          {when(token.createdAt)}
        </time>
        <div className="text-xs text-slate-500">{token.createdBy}</div>
      </td>
      <td className="px-4 py-3 whitespace-nowrap text-slate-600">
        {token.lastUsedAt ? <time dateTime={token.lastUsedAt}>{when(token.lastUsedAt)}</time> : t("never")}
      </td>
      <td className="px-4 py-3">
        {token.revokedAt ? (
          <>
            <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs text-slate-700">{t("tokens.revoked")}</span>
            <div className="mt-1 text-xs text-slate-500">
              <time dateTime={token.revokedAt} className="whitespace-nowrap">
                {when(token.revokedAt)}
              </time>
              {token.revokedBy ? <div>{token.revokedBy}</div> : null}
            </div>
          </>
        ) : (
          <span className="inline-flex items-center gap-1.5 whitespace-nowrap text-emerald-800">
            <span aria-hidden className="size-1.5 rounded-full bg-emerald-500" />
            {t("tokens.active")}
          </span>
        )}
      </td>
      <td className="px-4 py-3 text-right">
        {revoked ? null : (
          <Button size="sm" variant="danger" onClick={() => onRevoke(token)} aria-label={t("tokens.revokeLabel", { name: token.name })}>
            {t("tokens.revoke")}
          </Button>
        )}
      </td>
    </tr>
  );
}
