#!/usr/bin/env node
// The `huaben` executable: registers tsx so the TypeScript sources run as they are (with this
// repository's tsconfig, wherever the command is started from), then hands over to the CLI.
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
const { main } = await import("./cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
