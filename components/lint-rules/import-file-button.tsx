"use client";

import { useRef } from "react";
import { Button } from "@/components/ui/button";

/** A button that reads a local .json file as text; the file input itself stays out of the tab order. */
export function ImportFileButton(props: { label: string; disabled?: boolean; onRead: (name: string, text: string) => void; onError: (name: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button disabled={props.disabled} onClick={() => input.current?.click()}>
        {props.label}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        tabIndex={-1}
        aria-hidden="true"
        className="hidden"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again reads it again.
          event.target.value = "";
          if (!file) return;
          file.text().then(
            (text) => props.onRead(file.name, text),
            () => props.onError(file.name),
          );
        }}
      />
    </>
  );
}
