/**
 * Inputs to files. Files and directories (walked recursively, entries in
 * code-point order so every run sees the same sequence); the format comes
 * from the extension. Files of other types are skipped and counted, not
 * errors: a fixtures folder holds gold files and READMEs beside articles.
 */
import { readdir, realpath, stat } from "node:fs/promises";
import { join, resolve } from "node:path";

export type InputFormat = "txt" | "html" | "jsonl" | "warc";

const FORMATS: Array<[suffix: string, format: InputFormat]> = [
  [".txt", "txt"],
  [".html", "html"],
  [".htm", "html"],
  [".jsonl", "jsonl"],
  [".ndjson", "jsonl"],
  [".warc", "warc"],
  [".warc.gz", "warc"],
];

export function formatOf(path: string): InputFormat | null {
  const lower = path.toLowerCase();
  for (const [suffix, format] of FORMATS) if (lower.endsWith(suffix)) return format;
  return null;
}

export interface WalkOptions {
  /** Files never read as input: Warta's own output files, which may sit inside an input folder. */
  skipPaths?: string[];
}

export interface InputFile {
  path: string;
  format: InputFormat;
  /** Size in bytes when walked, for the progress percentage. */
  size: number;
}

export type WalkItem = InputFile | { path: string; error: string };

/** Every input file, in a stable order; `onSkipped` hears of each file that is not an article. */
export async function* walkInputs(inputs: string[], onSkipped: () => void, options: WalkOptions = {}): AsyncGenerator<WalkItem> {
  const skip = new Set((options.skipPaths ?? []).map((p) => resolve(p)));
  for (const input of inputs) yield* walk(input, onSkipped, skip, new Set());
}

/** Code-point order (UTF-8 byte order), the same on every platform and locale. */
function byCodePoint(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

async function* walk(path: string, onSkipped: () => void, skip: Set<string>, seenDirs: Set<string>): AsyncGenerator<WalkItem> {
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
      yield* walk(join(path, name), onSkipped, skip, seenDirs);
    }
    return;
  }
  const format = formatOf(path);
  if (format === null) {
    onSkipped();
    return;
  }
  yield { path, format, size: info.size };
}
