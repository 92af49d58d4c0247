/**
 * `npm run bench:sinks [-- --articles N] [--batch-size N] [--postgres URL]`:
 * how fast each sink loads N records (articles/s), JSON Lines beside SQLite
 * and PostgreSQL, into a fresh file or schema and then again over the same
 * articles (the idempotent re-load). The records are the fixtures' records
 * under new ids, made once: this measures the sinks, not extraction.
 * Writes the numbers to output/bench-sinks.json. Reported, never asserted.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { runBatch } from "../src/batch/run.ts";
import type { WartaRecord } from "../src/schema/record.ts";
import { openSinks, parseSinkSpec } from "../src/sinks/open.ts";
import { serialize } from "../src/sinks/types.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    "batch-size": { type: "string", default: "500" },
    postgres: { type: "string", default: "postgres://root@127.0.0.1:5432/test" },
  },
});
const size = Number(values.articles);
const batchSize = Number(values["batch-size"]);

const base: WartaRecord[] = [];
await runBatch(["fixtures/articles"], {}, { record: ({ json }) => void base.push(JSON.parse(json) as WartaRecord), error: () => {} });
// Serialized as the worker threads hand records over: a database sink parses each one, as it does in a batch.
const records = Array.from({ length: size }, (_, i) => serialize({ ...base[i % base.length]!, id: `bench-${i}` }));

/** Seconds to write every record through the sink and close it. */
async function load(spec: string): Promise<number> {
  let errors = 0;
  const started = process.hrtime.bigint();
  const sink = await openSinks([parseSinkSpec(spec)], { batchSize, onError: () => void (errors += 1) });
  for (const record of records) await sink.write(record);
  await sink.close();
  if (errors > 0) throw new Error(`${spec}: ${errors} write errors`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const dir = mkdtempSync(join(tmpdir(), "warta-bench-"));
const schema = `warta_bench_${process.pid}`;
const targets = {
  jsonl: `jsonl:${join(dir, "records.jsonl")}`,
  sqlite: `sqlite:${join(dir, "warta.db")}`,
  postgres: `${values.postgres}?schema=${schema}`,
};
const results: Record<string, { fresh: number; again?: number }> = {};
try {
  for (const [name, spec] of Object.entries(targets)) {
    const fresh = size / (await load(spec));
    results[name] = name === "jsonl" ? { fresh } : { fresh, again: size / (await load(spec)) };
    const again = results[name]!.again;
    console.log(`${name.padEnd(8)} ${size} articles: ${fresh.toFixed(0)} articles/s` + (again ? `, loaded again ${again.toFixed(0)} articles/s` : ""));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  const client = new pg.Client({ connectionString: values.postgres });
  await client.connect();
  await client.query(`drop schema if exists ${schema} cascade`);
  await client.end();
}
writeFileSync("output/bench-sinks.json", JSON.stringify({ articles: size, batchSize, articlesPerSecond: results }, null, 1) + "\n");
