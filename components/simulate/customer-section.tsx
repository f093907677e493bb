"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import type { ScriptDocument } from "@/lib/script/document";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { sampleName, variablesFrom } from "./customer-values";
import { usePlayer } from "./player-context";
import { VariableField } from "./variable-field";

/**
 * Who is called: a sample customer of the target group, or values typed by hand (every customer
 * variable, and the system's values), then Start. Once a call runs, the fields fold away behind a
 * one-line summary.
 */
export function CustomerSection({ doc }: { doc: ScriptDocument }) {
  const t = useTranslations("simulate.customer");
  const walk = usePlayer();
  const started = walk.state !== null;
  const [open, setOpen] = useState(!started);
  const customer = variablesFrom(doc, "customer");
  const system = variablesFrom(doc, "system");
  const sample = doc.targetGroup.sample ?? [];
  const label = (i: number) => {
    const record = sample[i];
    const name = record ? sampleName(record, customer) : null;
    return name ? t("sampleOption", { number: i + 1, name }) : t("sampleUnnamed", { number: i + 1 });
  };
  const who = walk.form.sample !== null ? label(walk.form.sample) : t("anonymous");

  return (
    // A form: Enter in any field starts the call.
    <form
      aria-labelledby="player-customer"
      className="space-y-3 border-b border-slate-200 px-4 py-3"
      onSubmit={(e) => {
        e.preventDefault();
        walk.start();
        setOpen(false);
      }}
    >
      <h3 id="player-customer" className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {t("heading")}
      </h3>
      <div className="flex items-end gap-2">
        {sample.length > 0 ? (
          <Field label={t("sample")} className="min-w-0 flex-1">
            {(control) => (
              <Select
                {...control}
                value={walk.form.sample === null ? "" : String(walk.form.sample)}
                onChange={(e) => walk.chooseSample(e.target.value === "" ? null : Number(e.target.value))}
              >
                {sample.map((_, i) => (
                  <option key={i} value={i}>
                    {label(i)}
                  </option>
                ))}
                <option value="">{t("byHand")}</option>
              </Select>
            )}
          </Field>
        ) : (
          <p className="min-w-0 flex-1 text-xs text-slate-600">{t("noSample")}</p>
        )}
        <Button type="submit" variant={started ? "secondary" : "primary"}>
          {started ? t("restart") : t("start")}
        </Button>
      </div>
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)} className="group rounded-md border border-slate-200 bg-slate-50">
        <summary className="cursor-pointer px-3 py-1.5 text-xs font-medium text-slate-700">
          {open ? t("record") : t("summary", { who })}
        </summary>
        <div className="space-y-3 px-3 pt-1 pb-3">
          {customer.length === 0 ? (
            <p className="text-xs text-slate-600">{t("noVariables")}</p>
          ) : (
            <div className="grid grid-cols-2 gap-x-3 gap-y-2">
              {customer.map((v) => (
                <VariableField key={v.name} variable={v} value={walk.form.customer[v.name] ?? ""} onChange={(value) => walk.setField("customer", v.name, value)} />
              ))}
            </div>
          )}
          {system.length > 0 ? (
            <fieldset className="space-y-2 border-t border-slate-200 pt-2">
              <legend className="pt-2 text-xs font-semibold text-slate-700">{t("system")}</legend>
              <p className="text-xs text-slate-500">{t("systemHint")}</p>
              <div className="grid grid-cols-2 gap-x-3 gap-y-2">
                {system.map((v) => (
                  <VariableField key={v.name} variable={v} value={walk.form.system[v.name] ?? ""} onChange={(value) => walk.setField("system", v.name, value)} />
                ))}
              </div>
            </fieldset>
          ) : null}
        </div>
      </details>
    </form>
  );
}
