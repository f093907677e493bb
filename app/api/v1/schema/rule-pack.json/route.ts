import { rulePackJsonSchema } from "@/lib/lint/pack-json-schema";

// Generated from the zod schema once per server process: the same schema the pack editor attaches
// to Monaco and the server validates with.
const schema = rulePackJsonSchema();

export function GET() {
  return Response.json(schema, {
    headers: { "Cache-Control": "public, max-age=300", "Content-Type": "application/schema+json; charset=utf-8" },
  });
}
