/**
 * A batch: every article in the inputs through the pipeline, each ending as
 * a record or as an error entry, written in input order whatever the
 * parallelism.
 *
 * The calling thread reads (walks folders, splits JSON Lines, inflates WARC)
 * and writes; units go to the executor in chunks, and at most a window of
 * chunks is in flight, so memory stays flat whatever the size of the input
 * and the output order is the input order (the oldest chunk is always
 * written first).
 */
import { readInputs, type LoadOptions } from "../load/read.ts";
import type { ErrorEntry } from "../load/result.ts";
import { newReadStats, type Unit } from "../load/units.ts";
import { walkInputs } from "../load/walk.ts";
import { InlineExecutor, failedOutcome, type Executor } from "./executor.ts";
import { KnownIds } from "./known-ids.ts";
import { WorkerPool } from "./pool.ts";
import { ProgressReporter } from "./progress.ts";
import type { UnitOutcome } from "./worker.ts";

export interface BatchHandlers {
  /** One record, already serialized as JSON (workers serialize, so this thread only writes). */
  record(record: { id: string; json: string }): Promise<void> | void;
  error(error: ErrorEntry): Promise<void> | void;
}

export interface BatchSummary {
  /** Articles read: records + errors + resumed. */
  articles: number;
  records: number;
  errors: number;
  errorsByStage: Record<string, number>;
  /** Articles passed over because their id was already written (--resume). */
  resumed: number;
  skippedFiles: number;
  /** WARC records that are not article pages, by reason. */
  skippedRecords: Record<string, number>;
  seconds: number;
}

export interface BatchOptions extends LoadOptions {
  /** Anchors relative dates when an article has no publication date (YYYY-MM-DD). */
  referenceDate?: string | null;
  /** Worker threads; 0 runs everything on this thread, without the time budget. */
  jobs?: number;
  /** Per-article time budget, ms (worker threads only). */
  timeBudgetMs?: number;
  /** Ids already written: articles with these ids are passed over (--resume). */
  knownIds?: Iterable<string>;
  /** Where the progress line goes, or null for none. */
  progress?: (NodeJS.WritableStream & { isTTY?: boolean }) | null;
}

export const DEFAULT_TIME_BUDGET_MS = 5000;
/** A chunk closes at this many units or bytes: big enough that messaging is cheap, small enough to keep threads busy. */
const CHUNK_UNITS = 32;
const CHUNK_BYTES = 1 << 20;
/** Chunks in flight per thread: one running, the rest queued so no thread waits for this one. */
const CHUNKS_PER_THREAD = 3;

export async function runBatch(inputs: string[], options: BatchOptions, handlers: BatchHandlers): Promise<BatchSummary> {
  const started = Date.now();
  const stats = newReadStats();
  const summary: BatchSummary = { articles: 0, records: 0, errors: 0, errorsByStage: {}, resumed: 0, skippedFiles: 0, skippedRecords: {}, seconds: 0 };
  const jobs = options.jobs ?? 0;
  const window = Math.max(2, jobs * CHUNKS_PER_THREAD);
  const known = options.knownIds ? KnownIds.from(options.knownIds) : null;
  const setup = { referenceDate: options.referenceDate ?? null, knownIds: known?.buffer ?? null };
  const executor: Executor =
    jobs > 0 ? await WorkerPool.create(setup, { threads: jobs, budgetMs: options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS, slots: window }) : await InlineExecutor.create(setup);

  let totalBytes: number | null = null;
  const progress = options.progress ? new ProgressReporter(options.progress, () => ({ ...summary, bytesRead: stats.bytesRead, totalBytes, seconds: (Date.now() - started) / 1000 })) : null;
  if (progress) {
    void inputBytes(inputs, options).then((total) => (totalBytes = total));
    progress.start();
  }

  const write = async (outcomes: UnitOutcome[]) => {
    for (const outcome of outcomes) {
      summary.articles += 1;
      if (outcome.kind === "record") {
        summary.records += 1;
        await handlers.record(outcome);
      } else if (outcome.kind === "error") {
        summary.errors += 1;
        summary.errorsByStage[outcome.error.stage] = (summary.errorsByStage[outcome.error.stage] ?? 0) + 1;
        await handlers.error(outcome.error);
      } else {
        summary.resumed += 1;
      }
    }
  };

  const inFlight: Array<Promise<UnitOutcome[]>> = [];
  let chunk: Unit[] = [];
  let chunkBytes = 0;
  const dispatch = async () => {
    if (chunk.length === 0) return;
    const units = chunk;
    // Executors turn failures into outcomes; this catch only guards against a bug losing a chunk.
    inFlight.push(executor.run(units).catch((err: Error) => units.map((u) => failedOutcome(u, "extract", `internal error: ${err.message}`))));
    chunk = [];
    chunkBytes = 0;
    while (inFlight.length >= window) await write(await inFlight.shift()!);
  };

  try {
    for await (const unit of readInputs(inputs, stats, options)) {
      chunk.push(unit);
      chunkBytes += "bytes" in unit ? unit.bytes.length : 0;
      if (chunk.length >= CHUNK_UNITS || chunkBytes >= CHUNK_BYTES) await dispatch();
    }
    await dispatch();
    while (inFlight.length > 0) await write(await inFlight.shift()!);
  } finally {
    progress?.stop();
    await executor.close();
  }
  summary.skippedFiles = stats.skippedFiles;
  summary.skippedRecords = stats.skippedRecords;
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

/** The inputs' total size, for the progress percentage; counted beside the batch, never holding the file list. */
async function inputBytes(inputs: string[], options: LoadOptions): Promise<number> {
  let total = 0;
  for await (const item of walkInputs(inputs, () => undefined, options)) if ("size" in item) total += item.size;
  return total;
}
