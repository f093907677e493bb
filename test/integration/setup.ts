import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach } from "vitest";
import { closeDb } from "@/lib/db/client";
import { signOutLocally } from "./sign-in-as";

// Every integration test gets a fresh SQLite file, migrated by the real drizzle/ migrations.
let dir: string | undefined;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "huaben-test-"));
  process.env.DATABASE_URL = path.join(dir, "huaben.db");
  process.env.HUABEN_SEED = "0";
});

afterEach(() => {
  signOutLocally();
  closeDb();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});
