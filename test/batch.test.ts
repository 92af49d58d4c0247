/**
 * The batch on worker threads: output in input order whatever the
 * parallelism (and the same as on one thread), the per-article time budget
 * (an article that overruns becomes an error entry naming its stage; the
 * batch goes on), and --resume's known ids.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { runBatch, type BatchOptions, type BatchSummary } from "../src/batch/run.ts";
import type { UnitOutcome } from "../src/batch/worker.ts";
import { FIXTURES_DIR } from "./helpers/fixtures.ts";

/** The fixture texts, as JSON Lines articles with ids of their own. */
const TEXTS = readdirSync(FIXTURES_DIR)
  .filter((name) => name.endsWith(".txt"))
  .map((name) => readFileSync(join(FIXTURES_DIR, name), "utf8"));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "warta-batch-"));
});

function jsonl(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join("\n") + "\n");
  return path;
}

const article = (id: string, text: string) => JSON.stringify({ id, text, published: "2024-03-07" });

async function run(inputs: string[], options: BatchOptions): Promise<{ outcomes: UnitOutcome[]; summary: BatchSummary }> {
  const outcomes: UnitOutcome[] = [];
  const summary = await runBatch(inputs, options, {
    record: ({ id, json }) => void outcomes.push({ kind: "record", id, json }),
    error: (error) => void outcomes.push({ kind: "error", error }),
  });
  return { outcomes, summary };
}

const keyOf = (o: UnitOutcome) => (o.kind === "error" ? `error ${o.error.source.uri}:${o.error.source.line}` : `${o.kind} ${o.id}`);

describe("order and equality", { timeout: 60_000 }, () => {
  test("two worker threads write the same outcomes as one thread, in input order", async () => {
    const lines = Array.from({ length: 150 }, (_, i) => (i % 37 === 5 ? "{ rusak" : article(`a-${i}`, TEXTS[i % TEXTS.length]!)));
    const path = jsonl("urutan.jsonl", lines);
    const inline = await run([path], { jobs: 0 });
    const threads = await run([path], { jobs: 2 });
    expect(threads.outcomes.map(keyOf)).toEqual(lines.map((line, i) => (line.startsWith("{ rusak") ? `error ${path}:${i + 1}` : `record a-${i}`)));
    expect(threads.outcomes).toEqual(inline.outcomes);
    const broken = lines.filter((line) => line.startsWith("{ rusak")).length;
    expect(threads.summary).toMatchObject({ articles: 150, records: 150 - broken, errors: broken, errorsByStage: { load: broken } });
  });
});

describe("the time budget", { timeout: 60_000 }, () => {
  test("an article that overruns is stopped and becomes an error entry naming its stage; the others are written", async () => {
    // ~4 MB of prose takes several seconds to extract; the budget is 1 s, well above what a fixture
    // article takes even first in a cold thread on a loaded machine (100 ms was not, once).
    const huge = TEXTS[0]!.replace(/\n/g, " ").repeat(Math.ceil(4_000_000 / TEXTS[0]!.length));
    const path = jsonl("anggaran.jsonl", [article("sebelum", TEXTS[1]!), article("raksasa", huge), article("sesudah", TEXTS[2]!)]);
    const { outcomes, summary } = await run([path], { jobs: 1, timeBudgetMs: 1000 });
    expect(outcomes.map(keyOf)).toEqual(["record sebelum", `error ${path}:2`, "record sesudah"]);
    const stopped = outcomes[1];
    expect(stopped?.kind === "error" && stopped.error).toMatchObject({
      stage: expect.stringMatching(/^(load|clean|segment|extract|resolve|validate)$/),
      message: expect.stringMatching(/over the 1\.0 s time budget for one article/),
    });
    expect(summary).toMatchObject({ records: 2, errors: 1 });
  });
});

describe("resuming", { timeout: 60_000 }, () => {
  test("articles whose id is already written are passed over and counted", async () => {
    const path = jsonl("lanjut.jsonl", [article("sudah-1", TEXTS[0]!), article("baru", TEXTS[1]!), article("sudah-2", TEXTS[2]!)]);
    const { outcomes, summary } = await run([path], { jobs: 1, knownIds: ["sudah-1", "sudah-2", "lain"] });
    expect(outcomes.map(keyOf)).toEqual(["record baru"]);
    expect(summary).toMatchObject({ articles: 3, records: 1, resumed: 2, errors: 0 });
  });
});
