import "server-only";
import { asc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "./client";
import { rulePacks, settings } from "./schema";
import { rulePackSchema, type RulePack } from "../lint/pack-schema";
import { workspaceLintSettingsSchema, type WorkspaceLintSettings } from "../lint/workspace-settings";

/** A custom rule pack as stored: the pack and who wrote it when. */
export type CustomPack = { pack: RulePack; updatedAt: Date; updatedBy: string };

/** The `settings` row that holds the workspace lint settings. */
export const LINT_SETTINGS_KEY = "lint";

export function listCustomPacks(db: Db): CustomPack[] {
  return db.select().from(rulePacks).orderBy(asc(rulePacks.id)).all().map(toCustomPack);
}

export function findCustomPack(db: Db, id: string): CustomPack | undefined {
  const row = db.select().from(rulePacks).where(eq(rulePacks.id, id)).get();
  return row && toCustomPack(row);
}

/** Creates or replaces the pack with this id. */
export function saveCustomPack(db: Db, args: { pack: RulePack; actor: string; now: Date }): CustomPack {
  const values = { pack: JSON.stringify(args.pack), updatedAt: args.now, updatedBy: args.actor };
  db.insert(rulePacks)
    .values({ id: args.pack.id, ...values })
    .onConflictDoUpdate({ target: rulePacks.id, set: values })
    .run();
  return { pack: args.pack, updatedAt: args.now, updatedBy: args.actor };
}

/** Whether a pack was there to delete. */
export function deleteCustomPack(db: Db, id: string): boolean {
  return db.delete(rulePacks).where(eq(rulePacks.id, id)).run().changes > 0;
}

/** The workspace lint settings; empty (every pack as it ships) until someone saves them. */
export function readLintSettings(db: Db): WorkspaceLintSettings {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, LINT_SETTINGS_KEY)).get();
  return row ? parseStored(workspaceLintSettingsSchema, row.value, `setting ${LINT_SETTINGS_KEY}`) : {};
}

export function saveLintSettings(db: Db, args: { settings: WorkspaceLintSettings; actor: string; now: Date }): WorkspaceLintSettings {
  const values = { value: JSON.stringify(args.settings), updatedAt: args.now, updatedBy: args.actor };
  db.insert(settings)
    .values({ key: LINT_SETTINGS_KEY, ...values })
    .onConflictDoUpdate({ target: settings.key, set: values })
    .run();
  return args.settings;
}

function toCustomPack(row: typeof rulePacks.$inferSelect): CustomPack {
  return { pack: parseStored(rulePackSchema, row.pack, `rule pack ${row.id}`), updatedAt: row.updatedAt, updatedBy: row.updatedBy };
}

// Everything stored was validated on the way in; a row that no longer fits is a bug (or a schema
// change without a migration), reported with where it is wrong rather than passed on half-typed.
function parseStored<S extends z.ZodType>(schema: S, json: string, what: string): z.infer<S> {
  const result = schema.safeParse(JSON.parse(json));
  if (result.success) return result.data;
  const where = result.error.issues.map((i) => `${i.path.map(String).join(".") || "$"}: ${i.message}`).join("; ");
  throw new Error(`Stored ${what} does not match its schema (${where})`);
}
