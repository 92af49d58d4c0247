/**
 * Loading in one thread: the reading side (read.ts) and the parsing side
 * (article.ts) one after the other. The batch runner (src/batch) splits the
 * two halves between its thread and the workers; evaluation, benchmarks and
 * tests use this sequential form.
 */
import { articleFromUnit } from "./article.ts";
import { readInputs, type LoadOptions } from "./read.ts";
import type { LoadResult } from "./result.ts";
import { newReadStats, type ReadStats } from "./units.ts";

export { readFileUnits, readInputs, type LoadOptions } from "./read.ts";
export { formatOf, type InputFormat, type WalkOptions } from "./walk.ts";

/** Every article in the inputs, in a stable order, as an article or an error entry. */
export async function* loadInputs(inputs: string[], stats: ReadStats = newReadStats(), options: LoadOptions = {}): AsyncGenerator<LoadResult> {
  for await (const unit of readInputs(inputs, stats, options)) yield articleFromUnit(unit);
}
