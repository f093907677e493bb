"use client";

import { useTranslations } from "use-intl";
import { MAX_ATTEMPTS, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "@/lib/publish/webhook";
import { CopyButton } from "@/components/admin/copy-button";

// Code, not prose: the same in both languages. The header names come from lib/publish/webhook.ts
// so the example cannot drift from what the server sends.
const EXAMPLE = `import { createHmac, timingSafeEqual } from "node:crypto";

// rawBody: the request body exactly as received (a Buffer or string)
function fromHuaben(headers, rawBody, secret) {
  const timestamp = headers["${TIMESTAMP_HEADER.toLowerCase()}"];
  const hmac = createHmac("sha256", secret).update(timestamp + "." + rawBody);
  const expected = "sha256=" + hmac.digest("hex");
  const given = String(headers["${SIGNATURE_HEADER.toLowerCase()}"] ?? "");
  const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) < 300;
  return fresh && given.length === expected.length &&
    timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}`;

/** What a delivery looks like and how the endpoint checks its signature. */
export function VerifyNote() {
  const t = useTranslations("webhooks.verify");
  return (
    <div className="space-y-2 text-sm text-slate-700">
      <p>{t("events")}</p>
      <p>{t("signature")}</p>
      <p>{t("retries", { attempts: MAX_ATTEMPTS })}</p>
      <div className="flex items-center justify-between gap-2 pt-1">
        <p className="text-xs font-medium text-slate-700">{t("example")}</p>
        <CopyButton text={EXAMPLE} what={t("example")} />
      </div>
      <pre lang="en" className="overflow-x-auto rounded-md bg-slate-900 px-3 py-2 font-mono text-xs leading-5 text-slate-100">
        {EXAMPLE}
      </pre>
    </div>
  );
}
