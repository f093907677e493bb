import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// Proves the architecture check bites: each wrong-way import below must be an ESLint error, and
// each right-way import must pass. `npm test` runs ESLint over the whole tree.
const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, source: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath });
  return (result?.messages ?? []).some((m) => m.ruleId === "no-restricted-imports");
}

describe("import boundaries", () => {
  it.each([
    ["lib/script/x.ts", 'import React from "react";'],
    ["lib/script/x.ts", 'import { useRouter } from "next/navigation";'],
    ["lib/lint/x.ts", 'import { ReactFlow } from "@xyflow/react";'],
    ["lib/script/x.ts", 'import Database from "better-sqlite3";'],
    ["lib/script/x.ts", 'import { eq } from "drizzle-orm";'],
    ["lib/script/x.ts", 'import fs from "node:fs";'],
    ["lib/script/x.ts", 'import { getDb } from "../db/client";'],
    ["lib/family/x.ts", 'import { getScript } from "@/lib/server/scripts/get-script";'],
    ["components/shell/x.tsx", 'import { getDb } from "@/lib/db/client";'],
    ["components/library/x.tsx", 'import { listScripts } from "@/lib/server/scripts/list-scripts";'],
    ["components/library/x.tsx", 'import * as monaco from "monaco-editor";'],
    ["components/inspector/x.tsx", 'import { ReactFlow } from "@xyflow/react";'],
    ["app/page.tsx", 'import { getDb } from "@/lib/db/client";'],
    ["lib/server/x.ts", 'import { eq } from "drizzle-orm";'],
  ])("refuses %s: %s", async (file, source) => {
    expect(await restricted(file, source)).toBe(true);
  });

  it.each([
    ["lib/script/x.ts", 'import { z } from "zod";'],
    ["lib/db/x.ts", 'import Database from "better-sqlite3";'],
    ["lib/server/x.ts", 'import { getDb } from "../db/client";'],
    ["components/canvas/x.tsx", 'import { ReactFlow } from "@xyflow/react";'],
    ["components/code/x.tsx", 'import * as monaco from "monaco-editor";'],
    ["app/page.tsx", 'import { listScripts } from "@/lib/server/scripts/list-scripts";'],
  ])("allows %s: %s", async (file, source) => {
    expect(await restricted(file, source)).toBe(false);
  });
});
