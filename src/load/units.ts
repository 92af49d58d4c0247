/**
 * A unit is one article's raw input as the reading side finds it, before
 * anything is decoded or parsed: cheap to make on the thread that reads the
 * files, cheap to post to a worker thread, which turns it into a RawArticle
 * (article.ts). Reading is I/O and stays in order on one thread; decoding
 * and parsing are CPU work and run in parallel.
 */
import type { ErrorEntry } from "./result.ts";
import type { SourceRef } from "../types.ts";

export type Unit =
  /** A .txt or .html file: the worker reads it. */
  | { kind: "file"; path: string; format: "txt" | "html" }
  /** One line of a JSON Lines file, as bytes (decoded in the worker, windows-1252 when not UTF-8). */
  | { kind: "jsonl-line"; path: string; line: number; bytes: Uint8Array }
  /** The HTML payload of a WARC response record (status 200, text/html); `notes` say what was odd about the record. */
  | { kind: "warc-response"; path: string; record: number; uri: string; bytes: Uint8Array; charset: string | null; notes: string[] }
  /** Something that could not be read as an article: it ends as this error entry. */
  | { kind: "unreadable"; error: ErrorEntry };

/** What reading costs and skips, for the progress line and the summary. */
export interface ReadStats {
  /** Files in the inputs that are not articles (gold files, READMEs), by count. */
  skippedFiles: number;
  /** WARC records that are not article pages, by reason ("request record", "HTTP 404", "not HTML"). */
  skippedRecords: Record<string, number>;
  /** Bytes of input read so far (compressed bytes for .warc.gz). */
  bytesRead: number;
}

export const newReadStats = (): ReadStats => ({ skippedFiles: 0, skippedRecords: {}, bytesRead: 0 });

/** Limits that keep one hostile input from taking the batch's memory. */
export interface ReadLimits {
  /** Largest article, in bytes, read as one unit (a file, a JSONL line, a WARC payload). */
  maxArticleBytes: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxArticleBytes: 16 * 1024 * 1024 };

export const unreadable = (error: ErrorEntry): Unit => ({ kind: "unreadable", error });

export const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Where a unit came from, for an error entry about it. */
export function sourceOfUnit(unit: Unit): SourceRef {
  switch (unit.kind) {
    case "file":
      return { uri: unit.path };
    case "jsonl-line":
      return { uri: unit.path, line: unit.line };
    case "warc-response":
      return { uri: unit.uri, file: unit.path, record: unit.record };
    case "unreadable":
      return unit.error.source;
  }
}
