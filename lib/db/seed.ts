import "server-only";
import type { Db } from "./client";
import { EXAMPLE_SCRIPTS } from "../examples";
import { drafts, scripts } from "./schema";

export const SEED_ACTOR = "huaben";

/**
 * Creates the example scripts that are missing. Idempotent: an example that exists (even
 * archived or edited) is left alone, so a restart never undoes a user's work.
 */
export function seedExamples(db: Db, now = new Date()): number {
  let created = 0;
  db.transaction((tx) => {
    for (const { slug, document } of EXAMPLE_SCRIPTS) {
      const inserted = tx
        .insert(scripts)
        .values({ id: document.id, slug, title: document.title, family: document.family, locale: document.locale, createdAt: now, updatedAt: now })
        .onConflictDoNothing()
        .run();
      if (inserted.changes === 0) continue;
      tx.insert(drafts)
        .values({ scriptId: document.id, revision: 1, document: JSON.stringify(document), updatedBy: SEED_ACTOR, updatedAt: now })
        .run();
      created++;
    }
  });
  return created;
}
