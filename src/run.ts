/**
 * A batch: every article in the inputs through the pipeline, each ending as
 * a record or as an error entry, in input order.
 */
import { loadInputs, type WalkOptions, type WalkStats } from "./load/index.ts";
import type { ErrorEntry } from "./load/result.ts";
import { processArticle, type PipelineOptions } from "./pipeline.ts";
import type { WartaRecord } from "./schema/record.ts";

export interface BatchHandlers {
  record(record: WartaRecord): Promise<void> | void;
  error(error: ErrorEntry): Promise<void> | void;
}

export interface BatchSummary {
  articles: number;
  records: number;
  errors: number;
  errorsByStage: Record<string, number>;
  skippedFiles: number;
  seconds: number;
}

export interface BatchOptions extends PipelineOptions, WalkOptions {}

export async function runBatch(inputs: string[], options: BatchOptions, handlers: BatchHandlers): Promise<BatchSummary> {
  const started = process.hrtime.bigint();
  const walk: WalkStats = { skippedFiles: 0 };
  const summary: BatchSummary = { articles: 0, records: 0, errors: 0, errorsByStage: {}, skippedFiles: 0, seconds: 0 };
  const fail = async (error: ErrorEntry) => {
    summary.errors += 1;
    summary.errorsByStage[error.stage] = (summary.errorsByStage[error.stage] ?? 0) + 1;
    await handlers.error(error);
  };
  for await (const loaded of loadInputs(inputs, walk, options)) {
    summary.articles += 1;
    if (!loaded.ok) {
      await fail(loaded.error);
      continue;
    }
    const result = processArticle(loaded.article, options);
    if (result.ok) {
      summary.records += 1;
      await handlers.record(result.record);
    } else {
      await fail(result.error);
    }
  }
  summary.skippedFiles = walk.skippedFiles;
  summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return summary;
}
