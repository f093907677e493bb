"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { useCan } from "@/components/shell/session-context";
import { SubmitDialog } from "./submit-dialog";
import { useSubmission } from "./use-submission";

/** The toolbar's "Submit for review", for the roles that may submit; the dialog tells the rest. */
export function SubmitReviewButton() {
  const t = useTranslations("review.submit");
  const canSubmit = useCan("review.submit");
  const { state, submit } = useSubmission();
  const [open, setOpen] = useState(false);
  // Acknowledgements add up over the dialog's life: a resubmission names every warning read so far.
  const [acknowledged, setAcknowledged] = useState<ReadonlySet<string>>(new Set());
  if (!canSubmit) return null;

  return (
    <>
      <Button
        size="sm"
        variant="primary"
        onClick={() => {
          setAcknowledged(new Set());
          setOpen(true);
          void submit([]);
        }}
      >
        {t("button")}
      </Button>
      <SubmitDialog
        open={open}
        state={state}
        acknowledged={acknowledged}
        onAcknowledge={(key, read) =>
          setAcknowledged((keys) => {
            const next = new Set(keys);
            if (read) next.add(key);
            else next.delete(key);
            return next;
          })
        }
        onSubmit={() => void submit([...acknowledged])}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
