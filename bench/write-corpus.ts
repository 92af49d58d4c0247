/**
 * `npm run bench:corpus -- --articles N [--seed S] -o FILE.jsonl`: writes
 * the benchmark corpus (bench/corpus.ts) as JSON Lines, streamed, so
 * N = 200,000 (about 1 GB) keeps memory flat. `-o -` writes to stdout.
 * `-o FILE.warc.gz` writes the same articles as a crawl would: per article
 * a request record and a response record holding the page (corpusPage), each
 * record its own gzip member, keyed by a URL made of the item's id.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { parseCommandArgs, runCommand, UsageError } from "../src/cli/main.ts";
import { corpusItems, corpusPage, DEFAULT_SEED, type CorpusItem } from "./corpus.ts";
import { warcRecords } from "./warc-writer.ts";

const USAGE = "usage: npm run bench:corpus -- --articles N [--seed S] -o FILE.jsonl|FILE.warc.gz";

/** The bytes an item adds to the output file. */
async function itemBytes(item: CorpusItem, warc: boolean): Promise<Buffer> {
  if (!warc) return Buffer.from(JSON.stringify(item) + "\n");
  const url = `https://bench.warta.example/${item.id}`;
  const records = await warcRecords(
    [
      { type: "request", url, statusline: "GET /" + item.id + " HTTP/1.1", httpHeaders: { Host: "bench.warta.example", "User-Agent": "warta-bench" } },
      { type: "response", url, statusline: "HTTP/1.1 200 OK", httpHeaders: { "Content-Type": "text/html; charset=utf-8" }, body: corpusPage(item) },
    ],
    { gzip: true },
  );
  return Buffer.concat(records);
}

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

  const warc = values.output.toLowerCase().endsWith(".warc.gz");
  const out: Writable = values.output === "-" ? process.stdout : createWriteStream(values.output);
  let bytes = 0;
  for await (const item of corpusItems({ articles, seed })) {
    const chunk = await itemBytes(item, warc);
    bytes += chunk.length;
    if (!out.write(chunk)) await once(out, "drain");
  }
  if (out !== process.stdout) {
    out.end();
    await once(out, "finish");
  }
  process.stderr.write(`bench:corpus: ${articles} articles, ${(bytes / 1e6).toFixed(1)} MB, seed ${seed} -> ${values.output}\n`);
  return 0;
});
