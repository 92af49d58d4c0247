/**
 * `--sink SPEC` -> a sink: `jsonl:PATH` (`jsonl:-` is stdout),
 * `sqlite:PATH`, `postgres://USER@HOST:PORT/DB` (or `postgresql://`).
 * Specs are parsed before anything runs, so a typo is a usage error, not a
 * failure after the batch.
 */
import { statSync } from "node:fs";
import { SinkFanout } from "./fanout.ts";
import { JsonlSink } from "./jsonl.ts";
import type { SqlEngine } from "./sql/engine.ts";
import { SinkOpenError, type RecordSink, type SinkOptions } from "./types.ts";

export type DatabaseSpec = { kind: "sqlite"; path: string } | { kind: "postgres"; url: URL };
export type SinkSpec = { kind: "jsonl"; path: string } | DatabaseSpec;

export class SinkSpecError extends Error {}

export const SINK_SPEC_FORMS = "jsonl:PATH, sqlite:PATH or postgres://USER@HOST:PORT/DB";

function filePath(kind: "jsonl" | "sqlite", spec: string): string {
  const path = spec.slice(kind.length + 1);
  if (path === "") throw new SinkSpecError(`--sink ${spec}: no file named after "${kind}:"`);
  if (kind === "sqlite" && path === "-") throw new SinkSpecError(`--sink ${spec}: a SQLite database is a file; stdout is for jsonl:-`);
  if (isDirectory(path)) throw new SinkSpecError(`--sink ${spec}: ${path} is a directory, not a file`);
  return path;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function parseSinkSpec(spec: string): SinkSpec {
  if (spec.startsWith("jsonl:")) return { kind: "jsonl", path: filePath("jsonl", spec) };
  if (spec.startsWith("sqlite:")) return { kind: "sqlite", path: filePath("sqlite", spec) };
  if (/^postgres(ql)?:\/\//.test(spec)) {
    const url = URL.canParse(spec) ? new URL(spec) : null;
    if (!url?.hostname) throw new SinkSpecError(`--sink ${spec}: not a URL of the form postgres://USER@HOST:PORT/DB`);
    return { kind: "postgres", url };
  }
  throw new SinkSpecError(`--sink ${spec}: unknown sink; use ${SINK_SPEC_FORMS}`);
}

async function openSink(spec: SinkSpec, options: SinkOptions): Promise<RecordSink> {
  if (spec.kind !== "jsonl") {
    const { openSqlSink } = await import("./sql/sink.ts");
    return openSqlSink(await databaseEngine(spec), options);
  }
  try {
    return await JsonlSink.open(spec.path, { resume: options.resume ?? false });
  } catch (err) {
    throw new SinkOpenError(`cannot open jsonl:${spec.path}: ${(err as Error).message}`);
  }
}

/**
 * The engine for a database spec (a SQLite file is opened here, a PostgreSQL
 * server on the first query). Each engine's driver and query builder load on
 * demand: a batch into JSON Lines carries neither (about 40 MB).
 */
export async function databaseEngine(spec: DatabaseSpec): Promise<SqlEngine> {
  if (spec.kind === "sqlite") return (await import("./sqlite.ts")).sqliteEngine(spec.path);
  return (await import("./postgres.ts")).postgresEngine(spec.url);
}

/** Every sink named, as one: each record goes to all of them, in the order given. */
export async function openSinks(specs: SinkSpec[], options: SinkOptions): Promise<RecordSink> {
  const sinks: RecordSink[] = [];
  try {
    for (const spec of specs) sinks.push(await openSink(spec, options));
  } catch (err) {
    await Promise.all(sinks.map((s) => s.close()));
    throw err;
  }
  return sinks.length === 1 ? sinks[0]! : new SinkFanout(sinks);
}
