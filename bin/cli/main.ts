import { processIo, type CliIo } from "./io";
import { lintCommand } from "./lint-command";
import { simulateCommand } from "./simulate-command";
import { testCommand } from "./test-command";
import { validateCommand } from "./validate-command";
import { isParseArgsError, USAGE, UsageError } from "./usage";

type Command = (args: string[], io: CliIo) => Promise<number>;

/** The subcommands. */
const COMMANDS: Record<string, Command> = {
  lint: lintCommand,
  validate: validateCommand,
  simulate: simulateCommand,
  test: testCommand,
};

/**
 * Runs one command line and returns its exit code: 0 clean, 1 problems found, 2 usage error.
 * Nothing here exits the process, so tests call it with their own io.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (!command) throw new UsageError(name.startsWith("-") ? `Unknown option “${name}”.` : `Unknown command “${name}”.`);
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      const hint = !(error instanceof UsageError) || error.showHelp ? "\nRun “huaben --help” for usage." : "";
      io.stderr.write(`huaben: ${error.message}${hint}\n`);
      return 2;
    }
    throw error;
  }
}

/** The executable's entry (bin/huaben.mjs). A crash is exit code 2, as in ESLint, never 1 ("problems found"). */
export async function main(argv: readonly string[]): Promise<number> {
  const io = processIo();
  try {
    return await run(argv, io);
  } catch (error) {
    io.stderr.write(`huaben: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}
