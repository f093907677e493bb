import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Db } from "./client";
import { signInFailures } from "./schema";
import type { ThrottleEntry } from "../access/sign-in-throttle";

export function readFailures(db: Db, keys: string[]): Map<string, ThrottleEntry> {
  const rows = db.select().from(signInFailures).where(inArray(signInFailures.key, keys)).all();
  return new Map(rows.map((r) => [r.key, { failures: r.failures, windowStart: r.windowStart }]));
}

export function writeFailure(db: Db, key: string, entry: ThrottleEntry): void {
  db.insert(signInFailures)
    .values({ key, ...entry })
    .onConflictDoUpdate({ target: signInFailures.key, set: entry })
    .run();
}

export function clearFailures(db: Db, key: string): void {
  db.delete(signInFailures).where(eq(signInFailures.key, key)).run();
}
