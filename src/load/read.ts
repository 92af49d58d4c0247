/**
 * The reading side of loading, on the thread that runs the batch: inputs ->
 * files (walk.ts) -> units (jsonl.ts, warc.ts), in a stable order. Nothing
 * here decodes or parses an article (that is article.ts, in the workers),
 * so this thread stays light: it never loads cheerio, zod or the pipeline,
 * and warcio only when a WARC file is read.
 */
import { readJsonlUnits } from "./jsonl.ts";
import { DEFAULT_LIMITS, megabytes, unreadable, type ReadLimits, type ReadStats, type Unit } from "./units.ts";
import { walkInputs, type InputFile, type WalkOptions } from "./walk.ts";

export interface LoadOptions extends WalkOptions {
  limits?: ReadLimits;
}

/** Every unit in the inputs, in a stable order: files walked, then each file's articles or its error entries. */
export async function* readInputs(inputs: string[], stats: ReadStats, options: LoadOptions = {}): AsyncGenerator<Unit> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  for await (const item of walkInputs(inputs, () => (stats.skippedFiles += 1), options)) {
    if ("error" in item) {
      yield unreadable({ source: { uri: item.path }, stage: "load", message: item.error });
      continue;
    }
    yield* readFileUnits(item, limits, stats);
  }
}

/** The units of one input file. */
export async function* readFileUnits(file: InputFile, limits: ReadLimits, stats: ReadStats): AsyncGenerator<Unit> {
  switch (file.format) {
    case "jsonl":
      yield* readJsonlUnits(file.path, limits, stats);
      return;
    case "warc": {
      const { readWarcUnits } = await import("./warc.ts");
      yield* readWarcUnits(file.path, limits, stats);
      return;
    }
    default:
      stats.bytesRead += file.size;
      if (file.size > limits.maxArticleBytes) {
        const message = `file is ${megabytes(file.size)}, over the ${megabytes(limits.maxArticleBytes)} limit for one article; skipped`;
        yield unreadable({ source: { uri: file.path }, stage: "load", message });
      } else {
        yield { kind: "file", path: file.path, format: file.format };
      }
  }
}
