/**
 * The extract command's output options: `--sink SPEC` (repeatable),
 * `-o FILE` (the contract's form of `--sink jsonl:FILE`), and the number of
 * records per database transaction.
 */
import { parseSinkSpec, SINK_SPEC_FORMS, SinkSpecError, type SinkSpec } from "../sinks/open.ts";
import { UsageError } from "./main.ts";

export const DEFAULT_OUTPUT = "output/records.jsonl";
export const DEFAULT_BATCH_SIZE = 500;

export const SINK_USAGE = `[--sink SPEC]... [--batch-size N]`;
export const SINK_HELP = `SPEC is ${SINK_SPEC_FORMS}; default jsonl:${DEFAULT_OUTPUT}. --batch-size: records per database transaction (default ${DEFAULT_BATCH_SIZE}).`;

export const sinkOptions = {
  sink: { type: "string", multiple: true },
  "batch-size": { type: "string" },
} as const;

/** The sinks to write to: every --sink, -o FILE as jsonl:FILE, and jsonl:output/records.jsonl when neither is given. */
export function sinkSpecs(sinks: string[] | undefined, output: string | undefined): SinkSpec[] {
  const specs = [...(output !== undefined ? [`jsonl:${output}`] : []), ...(sinks ?? [])];
  try {
    return (specs.length > 0 ? specs : [`jsonl:${DEFAULT_OUTPUT}`]).map(parseSinkSpec);
  } catch (err) {
    throw err instanceof SinkSpecError ? new UsageError(err.message) : err;
  }
}

export function batchSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_BATCH_SIZE;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1) throw new UsageError(`--batch-size must be a positive integer, got "${value}"`);
  return size;
}

/** Files the sinks write, which an input folder walk must not read back. */
export function sinkFiles(specs: SinkSpec[]): string[] {
  return specs.flatMap((s) => (s.kind !== "postgres" && s.path !== "-" ? [s.path] : []));
}
