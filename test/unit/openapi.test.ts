import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";

// Every route handler under app/api/v1 is described in the OpenAPI document, method by method,
// and nothing is described that does not exist.

const API = path.join(process.cwd(), "app/api/v1");

function routes(dir = API): { path: string; methods: string[] }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routes(full);
    if (entry.name !== "route.ts") return [];
    const methods = [...fs.readFileSync(full, "utf8").matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!.toLowerCase());
    const route = `/${path.relative(API, dir).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}");
    return [{ path: route, methods }];
  });
}

describe("the OpenAPI document", () => {
  const document = openApiDocument() as { openapi: string; paths: Record<string, Record<string, unknown>> };

  it("is OpenAPI 3.1", () => {
    expect(document.openapi).toBe("3.1.0");
  });

  it("describes every route and method there is, and no other", () => {
    const actual = routes().flatMap((r) => r.methods.map((m) => `${m.toUpperCase()} ${r.path}`)).sort();
    const described = Object.entries(document.paths).flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`)).sort();
    expect(described).toEqual(actual);
  });
});
