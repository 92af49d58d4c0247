/**
 * `npm run extract -- INPUT... [-o FILE] [--errors FILE] [--reference-date YYYY-MM-DD]`
 *
 * Writes one JSON record per article (JSON Lines), errors to their own file,
 * a one-line summary to stderr; exits 0 when there were no errors, 1 when
 * there were some (after the whole batch ran), 2 on a usage error.
 */
import { runBatch } from "../run.ts";
import { JsonlSink } from "../sinks/jsonl.ts";
import { parseCommandArgs, runCommand, UsageError } from "./main.ts";

const USAGE = "usage: npm run extract -- INPUT... [-o FILE|-] [--errors FILE] [--reference-date YYYY-MM-DD] [--quiet]";

async function main(): Promise<number> {
  const args = parseCommandArgs({
    output: { type: "string", short: "o", default: "output/records.jsonl" },
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

  const records = new JsonlSink(args.values.output);
  const errors = new JsonlSink(args.values.errors);
  const skipPaths = [args.values.output, args.values.errors].filter((p) => p !== "-");
  const summary = await runBatch(args.positionals, { referenceDate, skipPaths }, {
    record: (record) => records.write(record),
    error: (error) => errors.write(error),
  });
  await Promise.all([records.close(), errors.close()]);

  const byStage = Object.entries(summary.errorsByStage).map(([stage, n]) => `${stage} ${n}`).join(", ");
  const line =
    `warta: ${summary.articles} articles read, ${summary.records} records written, ${summary.errors} errors` +
    (byStage ? ` (${byStage})` : "") +
    (summary.skippedFiles ? `, ${summary.skippedFiles} other files skipped` : "") +
    ` in ${summary.seconds.toFixed(2)} s -> ${args.values.output}` +
    (summary.errors ? `, errors -> ${args.values.errors}` : "");
  if (!args.values.quiet || summary.errors) process.stderr.write(line + "\n");
  return summary.errors > 0 ? 1 : 0;
}

runCommand("extract", USAGE, main);
