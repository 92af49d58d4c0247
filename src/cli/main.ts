/**
 * What every command shares: turning a thrown error into a message and an
 * exit status instead of a stack dump, and usage errors into status 2.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";

export class UsageError extends Error {}

/** parseArgs with positionals allowed, its complaints turned into usage errors. */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig["options"]>>(options: O) {
  try {
    return parseArgs({ allowPositionals: true, options });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** Runs a command's main; its result is the exit status. */
export function runCommand(name: string, usage: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      if (err instanceof UsageError) {
        process.stderr.write(`warta ${name}: ${err.message}\n${usage}\n`);
      } else {
        process.stderr.write(`warta ${name}: ${(err as Error).stack ?? String(err)}\n`);
      }
      process.exitCode = 2;
    },
  );
}
