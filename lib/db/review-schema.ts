import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { CANDIDATE_STATUSES } from "../review/candidate";
import { scripts } from "./schema";

// A draft frozen for review: the whole document as submitted, and the hash of its published form
// that an approval is recorded against.
export const candidates = sqliteTable(
  "candidates",
  {
    id: text("id").primaryKey(),
    scriptId: text("script_id")
      .notNull()
      .references(() => scripts.id),
    number: integer("number").notNull(),
    contentHash: text("content_hash").notNull(),
    document: text("document").notNull(),
    draftRevision: integer("draft_revision").notNull(),
    /** Warning keys the submitter acknowledged (lib/review/submission.ts), as JSON. */
    acknowledged: text("acknowledged").notNull(),
    status: text("status", { enum: CANDIDATE_STATUSES }).notNull(),
    submittedById: text("submitted_by_id").notNull(),
    submittedBy: text("submitted_by").notNull(),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }).notNull(),
    decidedBy: text("decided_by"),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    decisionNote: text("decision_note"),
  },
  (t) => [uniqueIndex("candidates_script_number").on(t.scriptId, t.number), index("candidates_status").on(t.status)],
);

// A reviewer's comment on one element's copy (optionally one field and the words it is about).
export const reviewComments = sqliteTable(
  "review_comments",
  {
    id: text("id").primaryKey(),
    candidateId: text("candidate_id")
      .notNull()
      .references(() => candidates.id),
    scriptId: text("script_id").notNull(),
    nodeId: text("node_id").notNull(),
    field: text("field"),
    quote: text("quote"),
    body: text("body").notNull(),
    authorId: text("author_id").notNull(),
    author: text("author").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    resolvedAt: integer("resolved_at", { mode: "timestamp_ms" }),
    resolvedBy: text("resolved_by"),
  },
  (t) => [index("review_comments_candidate").on(t.candidateId), index("review_comments_script").on(t.scriptId)],
);

// Published versions: immutable. Triggers in migration 0003 refuse every UPDATE and DELETE, so
// not even direct SQL can change what agent systems were given.
export const versions = sqliteTable(
  "versions",
  {
    scriptId: text("script_id")
      .notNull()
      .references(() => scripts.id),
    version: integer("version").notNull(),
    candidateId: text("candidate_id").notNull(),
    contentHash: text("content_hash").notNull(),
    /** The published form (lib/publish/published-form.ts) as JSON. */
    document: text("document").notNull(),
    note: text("note").notNull(),
    publishedById: text("published_by_id").notNull(),
    publishedBy: text("published_by").notNull(),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.scriptId, t.version] })],
);

// Which version agent systems get when they ask for "the live one"; moved by publish and rollback.
export const livePointers = sqliteTable("live_pointers", {
  scriptId: text("script_id")
    .primaryKey()
    .references(() => scripts.id),
  version: integer("version").notNull(),
  movedBy: text("moved_by").notNull(),
  movedAt: integer("moved_at", { mode: "timestamp_ms" }).notNull(),
});

export const webhooks = sqliteTable("webhooks", {
  id: text("id").primaryKey(),
  url: text("url").notNull(),
  /** The HMAC-SHA256 key; shown to the admin once, needed in clear to sign. */
  secret: text("secret").notNull(),
  description: text("description").notNull(),
  active: integer("active", { mode: "boolean" }).notNull(),
  createdBy: text("created_by").notNull(),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
});

export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    id: text("id").primaryKey(),
    webhookId: text("webhook_id")
      .notNull()
      .references(() => webhooks.id, { onDelete: "cascade" }),
    event: text("event", { enum: ["publish", "rollback"] }).notNull(),
    payload: text("payload").notNull(),
    status: text("status", { enum: ["pending", "delivered", "failed"] }).notNull(),
    attempts: integer("attempts").notNull(),
    lastStatusCode: integer("last_status_code"),
    lastError: text("last_error"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }),
    deliveredAt: integer("delivered_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("webhook_deliveries_due").on(t.status, t.nextAttemptAt), index("webhook_deliveries_hook").on(t.webhookId)],
);
