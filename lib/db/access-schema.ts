import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { AUDIT_ACTIONS } from "../access/audit";

// API tokens for agent systems. Only the SHA-256 of a token is kept (tokens are 256 random bits,
// so a fast hash is enough); `hint` is its first characters, for telling tokens apart.
export const apiTokens = sqliteTable("api_tokens", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  hash: text("hash").notNull().unique(),
  hint: text("hint").notNull(),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  createdBy: text("created_by").notNull(),
  lastUsedAt: integer("last_used_at", { mode: "timestamp_ms" }),
  revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  revokedBy: text("revoked_by"),
});

// One row per write. `actor_label` keeps the name the actor had then (an email, a token's name),
// so the log still reads right after a user is renamed or removed.
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    actorId: text("actor_id"),
    actorLabel: text("actor_label").notNull(),
    action: text("action", { enum: AUDIT_ACTIONS }).notNull(),
    scriptId: text("script_id"),
    target: text("target"),
    details: text("details").notNull(),
  },
  (table) => [index("audit_log_at_idx").on(table.at), index("audit_log_script_idx").on(table.scriptId), index("audit_log_actor_idx").on(table.actorLabel)],
);

// Failed sign-ins per key ("email:…", "address:…") in the current window (lib/access/sign-in-throttle).
export const signInFailures = sqliteTable("sign_in_failures", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  windowStart: integer("window_start").notNull(),
});


