import "server-only";
import { getDb } from "../../db/client";
import { findCandidate } from "../../db/review-repo";
import type { Candidate } from "../../review/records";
import { AppError } from "../errors";

export function getCandidate(id: string): Candidate {
  const candidate = findCandidate(getDb(), id);
  if (!candidate) throw new AppError("candidate-not-found");
  return candidate;
}
