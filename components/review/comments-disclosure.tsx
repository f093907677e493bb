"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { useCan } from "@/components/shell/session-context";
import { useEditor } from "@/components/editor/editor-context";
import { nameOf } from "@/components/inspector/names";
import { useEditorReview } from "./editor-review-context";
import { CommentCard } from "./comment-card";
import { CommentIcon } from "./comment-icon";

/** "3 comments from review": every open comment in one list, each leading to its element. */
export function CommentsDisclosure() {
  const t = useTranslations("review.strip");
  const review = useEditorReview();
  const canResolve = useCan("review.submit");
  const nodes = useEditor((s) => s.doc.nodes);
  const locale = useEditor((s) => s.doc.locale);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const frame = useRef<HTMLDivElement>(null);

  // Escape or a click elsewhere folds the list away, as a menu would.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    const onDown = (e: MouseEvent) => frame.current && !frame.current.contains(e.target as Node) && setOpen(false);
    window.addEventListener("keydown", onKey);
    window.addEventListener("mousedown", onDown);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("mousedown", onDown);
    };
  }, [open]);

  if (!review) return null;
  const name = (id: string) => {
    const node = nodes.find((n) => n.id === id);
    return node ? nameOf(node) : id;
  };
  return (
    <div ref={frame} className="ml-auto">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex items-center gap-1.5 rounded-full bg-amber-100 px-2.5 py-0.5 font-medium text-amber-900 ring-1 ring-amber-300 hover:bg-amber-200"
      >
        <CommentIcon />
        {t("comments", { count: review.comments.length })}
        <span aria-hidden>{open ? "▴" : "▾"}</span>
      </button>
      {open ? (
        <div id={panelId} role="region" aria-label={t("commentsLabel")} className="absolute top-full right-2 z-40 mt-1 max-h-[60vh] w-[26rem] max-w-[90vw] overflow-y-auto rounded-lg border border-slate-200 bg-white p-3 shadow-xl">
          <ul className="space-y-3">
            {review.comments.map((comment) => (
              <li key={comment.id}>
                <button
                  type="button"
                  onClick={() => review.showNode(comment.nodeId)}
                  className="mb-1 text-xs font-medium text-blue-700 hover:underline"
                  aria-label={t("showComment", { name: name(comment.nodeId) })}
                >
                  {name(comment.nodeId)} →
                </button>
                <CommentCard comment={comment} locale={locale} onResolve={canResolve ? () => review.resolve(comment.id) : undefined} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
