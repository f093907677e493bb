import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "./client";
import { settings } from "./schema";

/**
 * The string setting `key`, made by `make` and stored the first time it is asked for. When two
 * processes race, the first insert wins and both return it.
 */
export function settingOrCreate(db: Db, key: string, make: () => string): string {
  const read = () => db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get();
  const row = read();
  if (row) return JSON.parse(row.value) as string;
  db.insert(settings)
    .values({ key, value: JSON.stringify(make()), updatedAt: new Date(), updatedBy: "system" })
    .onConflictDoNothing()
    .run();
  return JSON.parse(read()!.value) as string;
}
