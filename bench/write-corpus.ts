/**
 * `npm run bench:corpus -- --articles N [--seed S] -o FILE.jsonl`: writes
 * the benchmark corpus (bench/corpus.ts) as JSON Lines, streamed, so
 * N = 200,000 (about 1 GB) keeps memory flat. `-o -` writes to stdout.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { parseCommandArgs, runCommand, UsageError } from "../src/cli/main.ts";
import { corpusItems, DEFAULT_SEED } from "./corpus.ts";

const USAGE = "usage: npm run bench:corpus -- --articles N [--seed S] -o FILE.jsonl";

runCommand("bench:corpus", USAGE, async () => {
  const { values } = parseCommandArgs({
    articles: { type: "string" },
    seed: { type: "string", default: String(DEFAULT_SEED) },
    output: { type: "string", short: "o" },
  });
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (!Number.isInteger(articles) || articles < 1) throw new UsageError("--articles must be a positive integer");
  if (!Number.isInteger(seed)) throw new UsageError("--seed must be an integer");
  if (values.output === undefined) throw new UsageError("-o FILE is required");

  const out: Writable = values.output === "-" ? process.stdout : createWriteStream(values.output);
  let bytes = 0;
  for await (const item of corpusItems({ articles, seed })) {
    const line = JSON.stringify(item) + "\n";
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, "drain");
  }
  if (out !== process.stdout) {
    out.end();
    await once(out, "finish");
  }
  process.stderr.write(`bench:corpus: ${articles} articles, ${(bytes / 1e6).toFixed(1)} MB, seed ${seed} -> ${values.output}\n`);
  return 0;
});
