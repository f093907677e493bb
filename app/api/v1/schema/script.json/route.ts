import schema from "@/lib/script/script.schema.json";

// The committed file, byte for byte: lib/script/json-schema.test.ts fails if it drifts from zod.
export function GET() {
  return Response.json(schema, {
    headers: { "Cache-Control": "public, max-age=300", "Content-Type": "application/schema+json; charset=utf-8" },
  });
}
