/**
 * `npm run bench:warmup [-- --articles N] [--block N] [--seed S]`: how fast
 * one thread gets up to speed. Runs the pipeline from a cold start (as a
 * fresh worker thread does) over the seeded corpus and prints articles/s per
 * block of articles: the first blocks run while V8 is still compiling the
 * pipeline's hot functions. Every worker of a batch pays this warm-up for
 * itself, which is why short batches gain less from a second worker
 * (docs/evaluation.md, "Batch"). Reported, never asserted.
 *
 * Node runs with the launcher's V8 flags (src/v8-flags.mjs), as a batch
 * does; pass node flags before the script to compare others.
 */
import { parseArgs } from "node:util";
import { setRuntimeV8Flags } from "../src/v8-flags.mjs";

const { values } = parseArgs({ options: { articles: { type: "string", default: "12000" }, block: { type: "string", default: "1000" }, seed: { type: "string", default: "7" } } });
const ARTICLES = Number(values.articles);
const BLOCK = Number(values.block);

setRuntimeV8Flags();
const { processArticle } = await import("../src/pipeline.ts");
const { parseJsonlLine } = await import("../src/load/article.ts");
const { corpusItems } = await import("./corpus.ts");

const lines: string[] = [];
for await (const item of corpusItems({ articles: ARTICLES, seed: Number(values.seed) })) lines.push(JSON.stringify(item));

const rates: number[] = [];
for (let start = 0; start < lines.length; start += BLOCK) {
  const end = Math.min(start + BLOCK, lines.length);
  const t0 = performance.now();
  for (let i = start; i < end; i++) {
    const loaded = parseJsonlLine(lines[i]!, "bench.jsonl", i + 1);
    if (loaded.ok) processArticle(loaded.article);
  }
  rates.push(Math.round((end - start) / ((performance.now() - t0) / 1000)));
}
const steady = rates.slice(-3).reduce((a, b) => a + b, 0) / Math.min(3, rates.length);
console.log(`articles/s per block of ${BLOCK} from a cold start (${ARTICLES} articles, seed ${values.seed}):`);
console.log(rates.map((rate, i) => `${(i + 1) * BLOCK}: ${rate} (${Math.round((100 * rate) / steady)}%)`).join("\n"));
