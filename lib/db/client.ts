import "server-only";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";
import { seedExamples } from "./seed";

export type Db = BetterSQLite3Database<typeof schema>;

type Open = { url: string; db: Db; sqlite: Database.Database };

// One connection per process and database file. Next loads route handlers and pages in separate
// module graphs (and reloads them in development), so the handle lives on globalThis.
const holder = globalThis as typeof globalThis & { __huabenDb?: Open };

export const DEFAULT_DATABASE_URL = "./data/huaben.db";

/** The database named by DATABASE_URL, created, migrated and seeded on first use. */
export function getDb(): Db {
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const open = holder.__huabenDb;
  if (open && open.url === url) return open.db;
  if (open) open.sqlite.close();
  holder.__huabenDb = openDatabase(url);
  return holder.__huabenDb.db;
}

/** Closes the process's connection (tests switch database files between cases). */
export function closeDb(): void {
  holder.__huabenDb?.sqlite.close();
  holder.__huabenDb = undefined;
}

export function openDatabase(url: string, options: { seed?: boolean } = {}): Open {
  const file = filePathOf(url);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: migrationsFolder() });
  if (options.seed ?? process.env.HUABEN_SEED !== "0") seedExamples(db);
  return { url, db, sqlite };
}

function filePathOf(url: string): string {
  const bare = url.startsWith("file:") ? url.slice("file:".length) : url;
  return bare === ":memory:" ? bare : path.resolve(bare);
}

function migrationsFolder(): string {
  return process.env.HUABEN_MIGRATIONS_DIR || path.resolve(process.cwd(), "drizzle");
}
