/**
 * What the batch runner writes records to: a JSON Lines file or a database.
 * Failures to write are reported through `onError`, never thrown, so one
 * bad article never stops the batch.
 */
import type { ErrorEntry } from "../load/result.ts";
import type { WartaRecord } from "../schema/record.ts";

/** A record as the worker threads hand it over: serialized once, where it was made. */
export interface SerializedRecord {
  id: string;
  /** The record (src/schema/record.ts), validated, as one line of JSON. */
  json: string;
}

export const serialize = (record: WartaRecord): SerializedRecord => ({ id: record.id, json: JSON.stringify(record) });

export interface RecordSink {
  /** Names the sink in the summary line: "jsonl:output/records.jsonl", "sqlite:out.db". */
  readonly target: string;
  /** May buffer; a database sink writes each full batch in one transaction. Records arrive in input order. */
  write(record: SerializedRecord): Promise<void>;
  /** Writes what is buffered and closes the file or connection. */
  close(): Promise<void>;
  /** Ids of the articles this sink already holds, for a resumed batch to pass over. */
  knownIds(): AsyncIterable<string>;
}

export interface SinkOptions {
  /** Open to continue an interrupted batch: keep what is there (a JSON Lines file is appended to). */
  resume?: boolean;
  /** Receives one entry (stage "write") per article a sink could not write. */
  onError(entry: ErrorEntry): void | Promise<void>;
  /** Records per database transaction. */
  batchSize: number;
}

/** A sink that could not be opened (unreachable server, unwritable file, a database newer than this Warta). */
export class SinkOpenError extends Error {}
