/**
 * `npm run extract -- INPUT... [-o FILE] [--sink SPEC]... [--errors FILE] [--reference-date YYYY-MM-DD]
 *                   [--jobs N] [--time-budget SECONDS] [--max-article-mb N] [--resume] [--quiet]`
 *
 * Writes one record per article to each sink (JSON Lines by default, SQLite,
 * PostgreSQL), errors to their own file, a progress line while it runs and
 * a one-line summary at the end to stderr; exits 0 when there were no
 * errors, 1 when there were some (after the whole batch ran), 2 on a usage
 * error or a sink that cannot be opened.
 */
import { DEFAULT_TIME_BUDGET_MS, runBatch, type BatchSummary } from "../batch/run.ts";
import { defaultThreads } from "../batch/pool.ts";
import { DEFAULT_LIMITS } from "../load/units.ts";
import { JsonLinesWriter } from "../sinks/jsonl.ts";
import { openSinks } from "../sinks/open.ts";
import { SinkOpenError } from "../sinks/types.ts";
import { parseCommandArgs, runCommand, UsageError } from "./main.ts";
import { batchSize, SINK_HELP, SINK_USAGE, sinkFiles, sinkOptions, sinkSpecs } from "./sinks.ts";

const USAGE =
  `usage: npm run extract -- INPUT... [-o FILE|-] ${SINK_USAGE} [--errors FILE] [--reference-date YYYY-MM-DD]\n` +
  `         [--jobs N] [--time-budget SECONDS] [--max-article-mb N] [--resume] [--quiet]\n${SINK_HELP}`;

async function main(): Promise<number> {
  const args = parseCommandArgs({
    output: { type: "string", short: "o" },
    ...sinkOptions,
    errors: { type: "string", default: "output/errors.jsonl" },
    "reference-date": { type: "string" },
    jobs: { type: "string", short: "j" },
    "time-budget": { type: "string" },
    "max-article-mb": { type: "string" },
    resume: { type: "boolean", default: false },
    quiet: { type: "boolean", short: "q", default: false },
    help: { type: "boolean", short: "h", default: false },
  });
  if (args.values.help) {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  if (args.positionals.length === 0) throw new UsageError("no INPUT given");
  const referenceDate = args.values["reference-date"] ?? null;
  if (referenceDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) {
    throw new UsageError(`--reference-date must be YYYY-MM-DD, got "${referenceDate}"`);
  }
  const jobs = numberOption(args.values.jobs, "--jobs", { integer: true, min: 1 }) ?? defaultThreads();
  const budgetSeconds = numberOption(args.values["time-budget"], "--time-budget", { min: 0.01 });
  const maxArticleMb = numberOption(args.values["max-article-mb"], "--max-article-mb", { min: 0.001 });
  const resume = args.values.resume;
  const specs = sinkSpecs(args.values.sink, args.values.output);
  if (resume && specs.some((s) => s.kind === "jsonl" && s.path === "-")) {
    throw new UsageError("--resume needs an output file to read the finished ids from, not -o -");
  }

  const errors = new JsonLinesWriter(args.values.errors);
  let writeErrors = 0;
  const records = await openSinks(specs, {
    resume,
    batchSize: batchSize(args.values["batch-size"]),
    onError: (entry) => {
      writeErrors += 1;
      return errors.write(entry);
    },
  }).catch((err: unknown) => {
    throw err instanceof SinkOpenError ? new UsageError(err.message) : err;
  });
  const knownIds: string[] = [];
  if (resume) for await (const id of records.knownIds()) knownIds.push(id);
  const summary = await runBatch(
    args.positionals,
    {
      referenceDate,
      skipPaths: [...sinkFiles(specs), args.values.errors].filter((p) => p !== "-"),
      jobs,
      timeBudgetMs: budgetSeconds !== undefined ? budgetSeconds * 1000 : DEFAULT_TIME_BUDGET_MS,
      limits: { maxArticleBytes: maxArticleMb !== undefined ? maxArticleMb * 1024 * 1024 : DEFAULT_LIMITS.maxArticleBytes },
      ...(resume ? { knownIds } : {}),
      progress: args.values.quiet ? null : process.stderr,
    },
    {
      record: (record) => records.write(record),
      error: (error) => errors.write(error),
    },
  );
  await records.close(); // writes the last batch, which may report write errors
  await errors.close();
  if (writeErrors > 0) {
    summary.errors += writeErrors;
    summary.errorsByStage.write = writeErrors;
  }

  if (!args.values.quiet || summary.errors) process.stderr.write(summaryLine(summary, records.target, args.values.errors) + "\n");
  return summary.errors > 0 ? 1 : 0;
}

/** CPU time of the whole process since it started: this thread, the workers and V8's own helper threads. */
function processCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function summaryLine(s: BatchSummary, target: string, errorsPath: string): string {
  const counts = (by: Record<string, number>) =>
    Object.entries(by)
      .map(([what, n]) => `${what} ${n}`)
      .join(", ");
  const skippedRecords = Object.values(s.skippedRecords).reduce((a, b) => a + b, 0);
  return (
    `warta: ${s.articles} articles read, ${s.records} records written, ${s.errors} errors` +
    (s.errors ? ` (${counts(s.errorsByStage)})` : "") +
    (s.resumed ? `, ${s.resumed} already written (resumed)` : "") +
    (skippedRecords ? `, ${skippedRecords} WARC records skipped (${counts(s.skippedRecords)})` : "") +
    (s.skippedFiles ? `, ${s.skippedFiles} other files skipped` : "") +
    ` in ${s.seconds.toFixed(2)} s (${(s.articles / Math.max(s.seconds, 1e-3)).toFixed(0)} articles/s, CPU ${processCpuSeconds().toFixed(1)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB) -> ${target}` +
    (s.errors ? `, errors -> ${errorsPath}` : "")
  );
}

function numberOption(value: string | undefined, name: string, rule: { integer?: boolean; min: number }): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < rule.min || (rule.integer && !Number.isInteger(n))) {
    throw new UsageError(`${name} must be ${rule.integer ? "an integer" : "a number"} >= ${rule.min}, got "${value}"`);
  }
  return n;
}

runCommand("extract", USAGE, main);
