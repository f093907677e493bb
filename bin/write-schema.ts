// Regenerates lib/script/script.schema.json from the zod schema: `npm run schema`.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { scriptJsonSchema } from "../lib/script/json-schema";

const target = fileURLToPath(new URL("../lib/script/script.schema.json", import.meta.url));
writeFileSync(target, `${JSON.stringify(scriptJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
