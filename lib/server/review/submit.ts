import "server-only";
import { randomUUID } from "node:crypto";
import type { UserPrincipal } from "../../access/principal";
import { principalLabel } from "../../access/principal";
import { getDb } from "../../db/client";
import { insertCandidate, listCandidates, nextCandidateNumber, setCandidateStatus } from "../../db/review-repo";
import { findLive, findVersionText } from "../../db/versions-repo";
import type { Locale } from "../../script/enums";
import { contentHash } from "../../publish/published-form";
import { isOpen } from "../../review/candidate";
import type { Candidate } from "../../review/records";
import { checkSubmission } from "../../review/submission";
import { AppError } from "../errors";
import { audited } from "../access/audit";
import { lintScriptDraft } from "../lint/lint-document";
import { getScript } from "../scripts/get-script";

/**
 * Freezes the script's current draft as a candidate for review. The server lints it as the editor
 * does: errors refuse it, and every warning must be named in `acknowledged`. A draft that says
 * exactly what the live version says is refused; an open candidate of the script is superseded.
 */
export function submitDraft(actor: UserPrincipal, idOrSlug: string, input: { acknowledged: string[]; locale: Locale }): Candidate {
  const record = getScript(idOrSlug);
  const report = lintScriptDraft(record.id, input.locale);
  const check = checkSubmission(report.findings, input.acknowledged);
  if (!check.ok) throw new AppError(check.reason, { params: { count: check.findings.length }, findings: check.findings });
  const db = getDb();
  const hash = contentHash(record.document);
  const live = findLive(db, record.id);
  if (live && findVersionText(db, record.id, live.version)?.contentHash === hash) throw new AppError("unchanged", { params: { version: live.version } });

  const candidate: Candidate = {
    id: randomUUID(),
    scriptId: record.id,
    number: 0,
    contentHash: hash,
    document: record.document,
    draftRevision: record.revision,
    acknowledged: check.acknowledged,
    status: "pending",
    submittedById: actor.id,
    submittedBy: principalLabel(actor),
    submittedAt: new Date(),
    decidedBy: null,
    decidedAt: null,
    decisionNote: null,
  };
  return audited(
    actor,
    "review.submit",
    () => {
      for (const open of listCandidates(db, record.id).filter((c) => isOpen(c.status))) setCandidateStatus(db, open.id, "superseded");
      const numbered = { ...candidate, number: nextCandidateNumber(db, record.id) };
      insertCandidate(db, numbered);
      return numbered;
    },
    (c) => ({ scriptId: record.id, target: record.title, details: { candidate: c.number, revision: c.draftRevision, warnings: c.acknowledged.length } }),
  );
}
