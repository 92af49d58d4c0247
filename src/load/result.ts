import type { RawArticle, SourceRef } from "../types.ts";

/** The pipeline stage an error happened in; errors.jsonl names it. */
export type Stage = "load" | "clean" | "segment" | "extract" | "resolve" | "validate" | "write";

/** One line of errors.jsonl (contract: source, stage, message). */
export interface ErrorEntry {
  source: SourceRef;
  stage: Stage;
  message: string;
}

/** What a loader yields per article: the article, or why it could not be read. */
export type LoadResult = { ok: true; article: RawArticle } | { ok: false; error: ErrorEntry };
