"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { Field, Select } from "@/components/ui/field";
import type { ActionNode } from "@/lib/script/nodes";
import { COMMON_ACTION_KEYS, isCommonActionKey } from "./action-keys";
import { DraftTextField } from "./draft-fields";
import type { FormProps } from "./form-props";
import { parseActionKey } from "./parse-field";

// Not a valid key (keys start with a lower-case letter), so it cannot clash with a real one.
const CUSTOM = "+custom";

/** The function key: one of the common keys, or any key the agent system knows, typed in. */
export function ActionKeyField({ node, update }: FormProps<ActionNode>) {
  const t = useTranslations("inspector.action");
  // Once the designer asks for a typed key the box stays, even if what they type is a common key.
  const [typing, setTyping] = useState(false);
  const custom = typing || !isCommonActionKey(node.key);
  return (
    <div className="space-y-3">
      <Field label={t("key")}>
        {(control) => (
          <Select
            {...control}
            value={custom ? CUSTOM : node.key}
            onChange={(e) => {
              const value = e.target.value;
              setTyping(value === CUSTOM);
              if (value !== CUSTOM) update({ ...node, key: value });
            }}
          >
            {COMMON_ACTION_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(`keys.${key}`)}
              </option>
            ))}
            <option value={CUSTOM}>{t("customKey")}</option>
          </Select>
        )}
      </Field>
      {custom ? (
        <DraftTextField
          label={t("customKeyField")}
          hint={t("customKeyHint")}
          value={node.key}
          format={(v) => v}
          parse={parseActionKey}
          commit={(key) => update({ ...node, key }, "key")}
          input={{ className: "font-mono", spellCheck: false, autoComplete: "off", maxLength: 64 }}
        />
      ) : null}
    </div>
  );
}
