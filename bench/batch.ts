/**
 * `npm run bench:batch -- CORPUS [--jobs 1,2] [--runs N]`: the extract
 * command as a user runs it (a child process per run, output to a temporary
 * file), once per --jobs value: wall time, articles/s and peak RSS of the
 * whole process (main thread and workers), its CPU time per article (all
 * threads, V8's compiler and GC helpers included: with one worker they use
 * part of the otherwise idle core) and each rate's ratio to the first.
 * Numbers are read from the command's own summary line. Reported, never
 * asserted; results also go to output/bench-batch.json.
 *
 * Node runs with the flags of package.json's extract script
 * (extract-command.ts); `--node-flags=FLAGS` replaces them, e.g.
 * `--node-flags=` for V8's defaults or `--node-flags=--single-threaded` for
 * no helper threads at all (docs/evaluation.md, "Batch").
 *
 * CORPUS: any input `extract` reads, e.g. a JSON Lines file from
 * `npm run bench:corpus -- --articles 6000 -o /tmp/corpus.jsonl`.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCommandArgs, runCommand, UsageError } from "../src/cli/main.ts";
import { extractCommand } from "./extract-command.ts";

const USAGE = 'usage: npm run bench:batch -- CORPUS... [--jobs 1,2] [--runs N] [--node-flags=FLAGS]';
const SUMMARY = /(\d+) articles read, (\d+) records written, (\d+) errors.* in ([\d.]+) s \((\d+) articles\/s, CPU ([\d.]+) s, peak RSS (\d+) MB\)/;

interface Run {
  jobs: number;
  articles: number;
  errors: number;
  seconds: number;
  articlesPerSecond: number;
  /** CPU time of the whole process (all threads, start-up included) per article, ms. */
  cpuMsPerArticle: number;
  peakRssMB: number;
}

/** `command`: node's arguments up to the command name (extractCommand(), or other flags before the launcher). */
function extract(command: string[], inputs: string[], jobs: number): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), "warta-bench-batch-"));
  const args = [...command, ...inputs, "-o", join(dir, "records.jsonl"), "--errors", join(dir, "errors.jsonl"), "--jobs", String(jobs)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", () => {
      rmSync(dir, { recursive: true, force: true });
      const m = SUMMARY.exec(stderr);
      if (!m) return reject(new Error(`no summary line from extract --jobs ${jobs}:\n${stderr}`));
      const [articles, , errors, seconds, , cpu, rss] = m.slice(1).map(Number) as [number, number, number, number, number, number, number];
      resolve({ jobs, articles, errors, seconds, articlesPerSecond: articles / seconds, cpuMsPerArticle: (cpu * 1000) / articles, peakRssMB: rss });
    });
  });
}

runCommand("bench:batch", USAGE, async () => {
  const { values, positionals } = parseCommandArgs({ jobs: { type: "string", default: "1,2" }, runs: { type: "string", default: "1" }, "node-flags": { type: "string" } });
  const nodeFlags = values["node-flags"]?.split(/\s+/).filter((flag) => flag !== "");
  const command = nodeFlags === undefined ? extractCommand() : [...nodeFlags, "bin/warta.mjs", "extract"];
  if (positionals.length === 0) throw new UsageError("no CORPUS given");
  const jobsList = values.jobs.split(",").map(Number);
  const runs = Number(values.runs);
  if (jobsList.some((j) => !Number.isInteger(j) || j < 1) || !Number.isInteger(runs) || runs < 1) throw new UsageError("--jobs takes integers >= 1, --runs an integer >= 1");

  const results: Run[] = [];
  // Runs alternate between the --jobs values so a noisy neighbour hurts each about equally.
  for (let r = 0; r < runs; r += 1) for (const jobs of jobsList) results.push(await extract(command, positionals, jobs));
  const best = jobsList.map((jobs) => results.filter((x) => x.jobs === jobs).reduce((a, b) => (b.articlesPerSecond > a.articlesPerSecond ? b : a)));
  const base = best[0]!.articlesPerSecond;
  console.log("jobs  articles  errors  seconds  articles/s  ratio  CPU ms/article  peak RSS");
  for (const b of best) {
    console.log(
      `${String(b.jobs).padStart(4)}  ${String(b.articles).padStart(8)}  ${String(b.errors).padStart(6)}  ${b.seconds.toFixed(2).padStart(7)}  ${b.articlesPerSecond.toFixed(0).padStart(10)}  ${(b.articlesPerSecond / base).toFixed(2).padStart(5)}  ${b.cpuMsPerArticle.toFixed(2).padStart(14)}  ${String(b.peakRssMB).padStart(5)} MB`,
    );
  }
  writeFileSync("output/bench-batch.json", JSON.stringify({ inputs: positionals, command, runs: results, best }, null, 1) + "\n");
  return 0;
});
