/**
 * Inputs to articles. Files and directories (walked recursively, entries in
 * code-point order so every run sees the same sequence); the format comes
 * from the extension. Files of other types are skipped and counted, not
 * errors: a fixtures folder holds gold files and READMEs beside articles.
 */
import { readFile, readdir, realpath, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { decodeText } from "./decode.ts";
import { applyHtmlPage } from "./html.ts";
import { readJsonlFile } from "./jsonl.ts";
import type { LoadResult } from "./result.ts";
import type { RawArticle } from "../types.ts";

export type InputFormat = "txt" | "html" | "jsonl";

const FORMATS: Array<[suffix: string, format: InputFormat]> = [
  [".txt", "txt"],
  [".html", "html"],
  [".htm", "html"],
  [".jsonl", "jsonl"],
  [".ndjson", "jsonl"],
];

export function formatOf(path: string): InputFormat | null {
  const lower = path.toLowerCase();
  for (const [suffix, format] of FORMATS) if (lower.endsWith(suffix)) return format;
  return null;
}

export interface WalkStats {
  skippedFiles: number;
}

export interface WalkOptions {
  /** Files never read as input: Warta's own output files, which may sit inside an input folder. */
  skipPaths?: string[];
}

/** Every article in the inputs, in a stable order, as an article or an error entry. */
export async function* loadInputs(
  inputs: string[],
  stats: WalkStats = { skippedFiles: 0 },
  options: WalkOptions = {},
): AsyncGenerator<LoadResult> {
  const skip = new Set((options.skipPaths ?? []).map((p) => resolve(p)));
  for (const input of inputs) {
    for await (const file of walk(input, stats, skip)) {
      if ("error" in file) {
        yield { ok: false, error: { source: { uri: file.path }, stage: "load", message: file.error } };
        continue;
      }
      yield* loadFile(file.path, file.format);
    }
  }
}

type WalkItem = { path: string; format: InputFormat } | { path: string; error: string };

/** Code-point order (UTF-8 byte order), the same on every platform and locale. */
function byCodePoint(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

async function* walk(path: string, stats: WalkStats, skip: Set<string>, seenDirs = new Set<string>()): AsyncGenerator<WalkItem> {
  if (skip.has(resolve(path))) return;
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    yield { path, error: `cannot read input: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
    return;
  }
  if (info.isDirectory()) {
    // A symlink back to an ancestor would otherwise walk the same articles again and again.
    const real = await realpath(path);
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let names: string[];
    try {
      names = (await readdir(path)).sort(byCodePoint);
    } catch (err) {
      yield { path, error: `cannot read folder: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
      return;
    }
    for (const name of names) {
      if (name.startsWith(".")) continue;
      yield* walk(join(path, name), stats, skip, seenDirs);
    }
    return;
  }
  const format = formatOf(path);
  if (format === null) {
    stats.skippedFiles += 1;
    return;
  }
  yield { path, format };
}

export async function* loadFile(path: string, format: InputFormat): AsyncGenerator<LoadResult> {
  if (format === "jsonl") {
    yield* readJsonlFile(path);
    return;
  }
  const fail = (message: string): LoadResult => ({ ok: false, error: { source: { uri: path }, stage: "load", message } });
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    yield fail(`cannot read file: ${(err as Error).message}`);
    return;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    yield fail(decoded.reason);
    return;
  }
  const article: RawArticle = { source: { uri: path }, format, body: decoded.text, notes: decoded.notes };
  if (format === "html") applyHtmlPage(article, decoded.text);
  yield { ok: true, article };
}
