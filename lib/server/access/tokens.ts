import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { TOKEN_PREFIX, tokenHint } from "../../access/api-token";
import { principalLabel, type TokenPrincipal, type UserPrincipal } from "../../access/principal";
import { getDb } from "../../db/client";
import { findToken, insertToken, listTokens, markTokenUsed, revokeToken, type ApiTokenRecord } from "../../db/tokens-repo";
import { tokenByHash } from "../../db/runtime-reads";
import { AppError } from "../errors";
import { audited } from "./audit";

/** `lastUsedAt` is refreshed at most this often, so a busy agent system does not write per request. */
const LAST_USED_RESOLUTION_MS = 60_000;

function hashOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function listApiTokens(): ApiTokenRecord[] {
  return listTokens(getDb());
}

/** A new token; the only time its value is ever returned. */
export function createApiToken(actor: UserPrincipal, name: string): { token: string; record: ApiTokenRecord } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const record: ApiTokenRecord = {
    id: randomUUID(),
    name,
    hint: tokenHint(token),
    createdAt: new Date(),
    createdBy: principalLabel(actor),
    lastUsedAt: null,
    revokedAt: null,
    revokedBy: null,
  };
  audited(actor, "token.create", () => insertToken(getDb(), { ...record, hash: hashOf(token) }), () => ({ target: record.name, details: { token: record.id } }));
  return { token, record };
}

export function revokeApiToken(actor: UserPrincipal, id: string): ApiTokenRecord {
  const db = getDb();
  const existing = findToken(db, id);
  if (!existing) throw new AppError("token-not-found");
  if (existing.revokedAt) return existing;
  audited(actor, "token.revoke", () => revokeToken(db, id, principalLabel(actor), new Date()), () => ({ target: existing.name, details: { token: id } }));
  return findToken(db, id)!;
}

/** The agent system behind a token, or null for an unknown or revoked one; notes the use. */
export function tokenPrincipal(token: string): TokenPrincipal | null {
  const db = getDb();
  const record = tokenByHash(db, hashOf(token));
  if (!record || record.revokedAt) return null;
  const now = new Date();
  if (!record.lastUsedAt || now.getTime() - record.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) markTokenUsed(db, record.id, now);
  return { kind: "token", id: record.id, name: record.name };
}
