/** Runs the extract command as a user would, in a child process. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { extractCommand } from "../../bench/extract-command.ts";
import { PROJECT_ROOT as ROOT } from "../../src/paths.mjs";

/** The launcher as npm run extract calls it (its node flags, bundled JavaScript, no TypeScript loader). */
const COMMAND = extractCommand();

/** Runs extract to the end. */
export function extract(args: string[]) {
  const run = spawnSync(process.execPath, [...COMMAND, ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: run.status, stderr: run.stderr, stdout: run.stdout };
}

/** Runs extract to the end without blocking: vitest's own clock (the test timeout) keeps running. */
export function extractAsync(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...COMMAND, ...args], { cwd: ROOT });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (status) => resolve({ status, stderr }));
  });
}

/** Starts extract and returns at once, to be stopped midway. */
export function startExtract(args: string[]): ChildProcess {
  return spawn(process.execPath, [...COMMAND, ...args], { cwd: ROOT, stdio: "ignore" });
}

export const readJsonl = (path: string) =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
