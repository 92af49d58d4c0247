/**
 * The extract command exactly as `npm run extract` runs it: node, the flags
 * package.json's script gives it, the launcher. The benchmarks and the CLI
 * tests spawn this, so the flags are written once (package.json) and every
 * measured or tested run uses them.
 */
import { readFileSync } from "node:fs";
import { projectPath } from "../src/paths.mjs";

const SCRIPT = /^node((?:\s+--[\w-]+(?:=\S+)?)*)\s+(bin\/warta\.mjs extract)$/;

/** Arguments for process.execPath: node's flags, the launcher and the command name. */
export function extractCommand(): string[] {
  const script = (JSON.parse(readFileSync(projectPath("package.json"), "utf8")) as { scripts: Record<string, string> }).scripts.extract ?? "";
  const m = SCRIPT.exec(script);
  if (m === null) throw new Error(`package.json's extract script is not "node [--flag...] bin/warta.mjs extract": "${script}"`);
  return [...m[1]!.trim().split(/\s+/).filter((flag) => flag !== ""), ...m[2]!.split(" ")];
}
