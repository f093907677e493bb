import Database from "better-sqlite3";

/** A connection of its own to the test's database file, as someone with the file would have. */
export function rawSql(): Database.Database {
  const file = process.env.DATABASE_URL;
  if (!file) throw new Error("DATABASE_URL is not set (test/integration/setup.ts sets it)");
  return new Database(file);
}
