import { describe, expect, it } from "vitest";
import committed from "./script.schema.json";
import { scriptJsonSchema } from "./json-schema";

describe("the committed JSON Schema", () => {
  it("is exactly what the zod schema generates (run `npm run schema` after changing the format)", () => {
    expect(committed).toEqual(scriptJsonSchema());
  });
});
