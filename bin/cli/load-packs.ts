import { extname } from "node:path";
import { BUILTIN_PACKS } from "../../lib/lint/builtin-packs";
import { checkPackExamples } from "../../lib/lint/examples";
import { rulePackSchema, type RulePack } from "../../lib/lint/pack-schema";
import { formatPath } from "../../lib/script/issues";
import type { CliIo } from "./io";
import { readText } from "./read-input";
import { UsageError } from "./usage";

/**
 * The built-in packs plus each --pack file. A custom pack loads only when it fits the rule-pack
 * schema, clashes with no other pack's id or rule ids, and keeps the promises of its own examples,
 * as when a pack is saved in the app; otherwise the command stops (exit code 2).
 */
export async function loadPacks(io: CliIo, files: readonly string[]): Promise<RulePack[]> {
  const packs = [...BUILTIN_PACKS];
  for (const file of files) packs.push(checkNewPack(file, await readPack(io, file), packs));
  return packs;
}

async function readPack(io: CliIo, file: string): Promise<unknown> {
  const reject = (why: string) => new UsageError(`--pack ${file}: ${why}`, { showHelp: false });
  if (extname(file).toLowerCase() !== ".json") {
    throw reject("a rule pack is read as JSON and its file name must end in .json (YAML packs are not supported: the “yaml” package is not installed).");
  }
  const read = await readText(io, file);
  if (!read.ok) throw reject(`cannot read the file: ${read.detail}`);
  try {
    return JSON.parse(read.text);
  } catch (error) {
    throw reject(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function checkNewPack(file: string, input: unknown, loaded: readonly RulePack[]): RulePack {
  const reject = (why: string, lines: string[]) =>
    new UsageError([`--pack ${file}: ${why}`, ...lines.map((l) => `  ${l}`)].join("\n"), { showHelp: false });
  const parsed = rulePackSchema.safeParse(input);
  if (!parsed.success) {
    throw reject("not a valid rule pack:", parsed.error.issues.map((i) => `${formatPath(i.path.map((p) => (typeof p === "symbol" ? String(p) : p)))}: ${i.message}`));
  }
  const pack = parsed.data;
  const owner = loaded.find((p) => p.id === pack.id);
  if (owner) throw reject(`the pack id “${pack.id}” is already taken by ${BUILTIN_PACKS.includes(owner) ? "a built-in pack" : "another --pack"}.`, []);
  const ruleOwners = new Map(loaded.flatMap((p) => p.rules.map((r) => [r.id, p.id] as const)));
  const clashes = pack.rules.filter((r) => ruleOwners.has(r.id)).map((r) => `rule “${r.id}” is already defined in pack “${ruleOwners.get(r.id)}”`);
  if (clashes.length > 0) throw reject("rule ids must be unique across packs:", clashes);
  const failures = checkPackExamples(pack);
  if (failures.length > 0) {
    throw reject(
      "its rules do not keep their own examples:",
      failures.map((f) => `${f.ruleId}: examples.${f.kind}[${f.index}] ${f.problem}: ${f.detail}`),
    );
  }
  return pack;
}
