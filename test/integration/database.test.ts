import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/client";
import { listScripts, setArchived } from "@/lib/db/scripts-repo";
import { EXAMPLE_SCRIPTS } from "@/lib/examples";

const fileOf = () => process.env.DATABASE_URL as string;

describe("the embedded database", () => {
  it("is created and migrated on first open, in WAL mode with foreign keys on", () => {
    const { sqlite } = openDatabase(fileOf(), { seed: false });
    const tables = sqlite
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
      .pluck()
      .all();
    expect(tables).toEqual(expect.arrayContaining(["drafts", "scripts", "__drizzle_migrations"]));
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    sqlite.close();
  });

  it("creates its folder when it does not exist", () => {
    const nested = path.join(path.dirname(fileOf()), "deeper", "still", "huaben.db");
    const { sqlite } = openDatabase(nested, { seed: false });
    expect(sqlite.open).toBe(true);
    sqlite.close();
  });

  it("seeds the examples once, and never undoes what users did with them", () => {
    const first = openDatabase(fileOf(), { seed: true });
    expect(listScripts(first.db, { archive: "all" }).map((s) => s.slug).sort()).toEqual(EXAMPLE_SCRIPTS.map((e) => e.slug).sort());
    const archived = EXAMPLE_SCRIPTS[0]?.document.id as string;
    setArchived(first.db, archived, new Date(), new Date());
    first.sqlite.close();

    const second = openDatabase(fileOf(), { seed: true });
    const all = listScripts(second.db, { archive: "all" });
    expect(all).toHaveLength(EXAMPLE_SCRIPTS.length);
    expect(all.find((s) => s.id === archived)?.archivedAt).not.toBeNull();
    second.sqlite.close();
  });
});
