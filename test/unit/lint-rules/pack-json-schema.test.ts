import { describe, expect, it } from "vitest";
import { RULE_PACK_SCHEMA_ID, rulePackJsonSchema } from "@/lib/lint/pack-json-schema";
import { CATEGORIES } from "@/lib/lint/finding";

type Schema = { $id?: string; $schema?: string; title?: string; required?: string[]; properties?: Record<string, unknown> };

describe("the rule-pack JSON Schema", () => {
  it("is generated from the zod schema, with the pack editor's id", () => {
    const schema = rulePackJsonSchema() as Schema;
    expect(schema.$id).toBe(RULE_PACK_SCHEMA_ID);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.title).toBe("Huaben lint rule pack");
    expect(schema.required).toEqual(expect.arrayContaining(["id", "name", "rules"]));
    // Every category the schema knows is offered to the editor's completion.
    expect(JSON.stringify(schema.properties?.rules)).toContain(JSON.stringify([...CATEGORIES]));
  });
});
