/**
 * `npm run extract -- INPUT... [-o FILE] [--sink SPEC]... [--errors FILE] [--reference-date YYYY-MM-DD]`
 *
 * Writes one record per article to each sink (JSON Lines by default, SQLite,
 * PostgreSQL), errors to their own file, a one-line summary to stderr; exits
 * 0 when there were no errors, 1 when there were some (after the whole batch
 * ran), 2 on a usage error or a sink that cannot be opened.
 */
import { runBatch } from "../run.ts";
import { JsonlSink } from "../sinks/jsonl.ts";
import { openSinks } from "../sinks/open.ts";
import { SinkOpenError } from "../sinks/types.ts";
import { parseCommandArgs, runCommand, UsageError } from "./main.ts";
import { batchSize, SINK_HELP, SINK_USAGE, sinkFiles, sinkOptions, sinkSpecs } from "./sinks.ts";

const USAGE = `usage: npm run extract -- INPUT... [-o FILE|-] ${SINK_USAGE} [--errors FILE] [--reference-date YYYY-MM-DD] [--quiet]\n${SINK_HELP}`;

async function main(): Promise<number> {
  const args = parseCommandArgs({
    output: { type: "string", short: "o" },
    ...sinkOptions,
    errors: { type: "string", default: "output/errors.jsonl" },
    "reference-date": { type: "string" },
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

  const specs = sinkSpecs(args.values.sink, args.values.output);
  const errors = new JsonlSink(args.values.errors);
  let writeErrors = 0;
  const records = await openSinks(specs, {
    batchSize: batchSize(args.values["batch-size"]),
    onError: (entry) => {
      writeErrors += 1;
      return errors.write(entry);
    },
  }).catch((err: unknown) => {
    throw err instanceof SinkOpenError ? new UsageError(err.message) : err;
  });
  const skipPaths = [...sinkFiles(specs), args.values.errors].filter((p) => p !== "-");
  const summary = await runBatch(args.positionals, { referenceDate, skipPaths }, {
    record: (record) => records.write(record),
    error: (error) => errors.write(error),
  });
  await records.close(); // writes the last batch, which may report write errors
  await errors.close();
  if (writeErrors > 0) {
    summary.errors += writeErrors;
    summary.errorsByStage.write = writeErrors;
  }

  const byStage = Object.entries(summary.errorsByStage).map(([stage, n]) => `${stage} ${n}`).join(", ");
  const line =
    `warta: ${summary.articles} articles read, ${summary.records} records written, ${summary.errors} errors` +
    (byStage ? ` (${byStage})` : "") +
    (summary.skippedFiles ? `, ${summary.skippedFiles} other files skipped` : "") +
    ` in ${summary.seconds.toFixed(2)} s -> ${records.target}` +
    (summary.errors ? `, errors -> ${args.values.errors}` : "");
  if (!args.values.quiet || summary.errors) process.stderr.write(line + "\n");
  return summary.errors > 0 ? 1 : 0;
}

runCommand("extract", USAGE, main);
