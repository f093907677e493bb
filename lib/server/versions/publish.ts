import "server-only";
import type { UserPrincipal } from "../../access/principal";
import { principalLabel } from "../../access/principal";
import { getDb } from "../../db/client";
import { setCandidateStatus } from "../../db/review-repo";
import { insertVersion, latestVersionNumber, setLive } from "../../db/versions-repo";
import { contentHash, publishedForm } from "../../publish/published-form";
import { nextStatus } from "../../review/candidate";
import type { VersionSummary } from "../../review/records";
import { AppError } from "../errors";
import { audited } from "../access/audit";
import { getCandidate } from "../review/get-candidate";
import { announce } from "../webhooks/announce";

/**
 * Turns an approved candidate into the script's next version and makes it live. What is
 * published is exactly what was approved: the candidate is frozen and its hash is checked again.
 */
export function publish(actor: UserPrincipal, candidateId: string, note: string): VersionSummary {
  const candidate = getCandidate(candidateId);
  const db = getDb();
  const document = publishedForm(candidate.document);
  if (contentHash(candidate.document) !== candidate.contentHash) throw new Error(`candidate ${candidate.id} no longer matches its hash`);
  const version = audited(
    actor,
    "version.publish",
    () => {
      const to = nextStatus(candidate.status, "publish");
      if (!to) throw new AppError("review-state", { params: { status: candidate.status, move: "publish" } });
      const now = new Date();
      const summary: VersionSummary = {
        scriptId: candidate.scriptId,
        version: latestVersionNumber(db, candidate.scriptId) + 1,
        candidateId: candidate.id,
        contentHash: candidate.contentHash,
        note,
        publishedBy: principalLabel(actor),
        publishedAt: now,
      };
      insertVersion(db, { ...summary, document, publishedById: actor.id });
      setLive(db, { scriptId: candidate.scriptId, version: summary.version, movedBy: principalLabel(actor), movedAt: now });
      setCandidateStatus(db, candidate.id, to);
      announce("publish", summary, document.title);
      return summary;
    },
    (v) => ({ scriptId: v.scriptId, target: document.title, details: { version: v.version, candidate: candidate.number, note } }),
  );
  return version;
}
