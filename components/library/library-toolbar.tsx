"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { FAMILIES, type Family } from "@/lib/script/enums";
import type { LibraryQuery } from "@/lib/library/library-query";

const SEARCH_DELAY_MS = 250;

/** Search, family and archive filters; every change is reflected in the URL by `onChange`. */
export function LibraryToolbar({ query, onChange }: { query: LibraryQuery; onChange: (query: LibraryQuery) => void }) {
  const t = useTranslations("library");
  const ids = { search: useId(), family: useId(), archived: useId() };
  const [text, setText] = useState(query.q);
  // The last search this box asked for. When the URL's search differs from it, the change came
  // from elsewhere (clearing the filters, the back button) and the box follows the URL.
  const sent = useRef(query.q);

  useEffect(() => {
    if (query.q === sent.current) return;
    sent.current = query.q;
    setText(query.q);
  }, [query.q]);

  // Typing updates the list after a short pause, not on every keystroke (IME input included).
  useEffect(() => {
    if (text === sent.current) return;
    const timer = setTimeout(() => {
      sent.current = text;
      onChange({ ...query, q: text });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, query, onChange]);

  return (
    <div className="flex flex-wrap items-end gap-3" role="search">
      <div className="min-w-56 flex-1">
        <label htmlFor={ids.search} className="block text-xs font-medium text-slate-600">
          {t("searchLabel")}
        </label>
        <input
          id={ids.search}
          type="search"
          value={text}
          placeholder={t("searchPlaceholder")}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== "Enter" || text === sent.current) return;
            sent.current = text;
            onChange({ ...query, q: text });
          }}
          className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm"
        />
      </div>
      <div>
        <label htmlFor={ids.family} className="block text-xs font-medium text-slate-600">
          {t("familyLabel")}
        </label>
        <select
          id={ids.family}
          value={query.family ?? ""}
          onChange={(e) => onChange({ ...query, family: (e.target.value || null) as Family | null })}
          className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
        >
          <option value="">{t("allFamilies")}</option>
          {FAMILIES.map((family) => (
            <FamilyOptionLabel key={family} family={family} />
          ))}
        </select>
      </div>
      <label htmlFor={ids.archived} className="flex items-center gap-2 pb-1.5 text-sm text-slate-700">
        <input
          id={ids.archived}
          type="checkbox"
          checked={query.archived !== "active"}
          onChange={(e) => onChange({ ...query, archived: e.target.checked ? "all" : "active" })}
        />
        {t("showArchived")}
      </label>
    </div>
  );
}

function FamilyOptionLabel({ family }: { family: Family }) {
  const t = useTranslations("families");
  return <option value={family}>{t(family)}</option>;
}
