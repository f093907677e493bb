import { readFile } from "node:fs/promises";

/** Everything a command touches outside itself, so tests can run it against strings and temp files. */
export type CliIo = {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  /** Reads a UTF-8 file by absolute path. */
  readFile(path: string): Promise<string>;
  /** Relative file arguments are resolved against this. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
};

export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: (path) => readFile(path, "utf8"),
    cwd: process.cwd(),
    env: process.env,
  };
}
