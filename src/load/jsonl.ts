/**
 * JSON Lines dumps: one article per line, read as a stream so a file of any
 * size keeps memory flat. A line that is not an article (bad JSON, no id, no
 * text or html) becomes an error entry naming its line; the batch goes on.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { z } from "zod";
import type { LoadResult } from "./result.ts";
import { stripBom } from "./decode.ts";
import { applyHtmlPage } from "./html.ts";
import type { RawArticle } from "../types.ts";

const JsonlArticle = z
  .object({
    id: z.union([z.string().min(1), z.number()]).transform(String),
    // null is as good as absent: dumps written from databases carry nulls.
    text: z.string().nullish(),
    html: z.string().nullish(),
    url: z.string().nullish(),
    title: z.string().nullish(),
    published: z.string().nullish(),
  })
  .refine((a) => typeof a.text === "string" || typeof a.html === "string", { message: "needs a string `text` or `html`" });

export async function* readJsonlFile(path: string): AsyncGenerator<LoadResult> {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      if (line.trim() === "") continue;
      yield parseJsonlLine(lineNumber === 1 ? stripBom(line) : line, path, lineNumber);
    }
  } catch (err) {
    // The file could not be read (any more): one error entry, and the batch goes on.
    const where = lineNumber > 0 ? { uri: path, line: lineNumber } : { uri: path };
    yield { ok: false, error: { source: where, stage: "load", message: `cannot read file: ${(err as Error).message}` } };
  }
}

export function parseJsonlLine(line: string, path: string, lineNumber: number): LoadResult {
  const where = { uri: path, line: lineNumber };
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (err) {
    return { ok: false, error: { source: where, stage: "load", message: `line ${lineNumber} is not JSON: ${(err as Error).message}` } };
  }
  const parsed = JsonlArticle.safeParse(data);
  if (!parsed.success) {
    const reason = parsed.error.issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; ");
    const id = typeof (data as { id?: unknown })?.id === "string" ? (data as { id: string }).id : undefined;
    return { ok: false, error: { source: id ? { uri: id, line: lineNumber, file: path } : where, stage: "load", message: `line ${lineNumber} is not an article: ${reason}` } };
  }
  const a = parsed.data;
  const article: RawArticle = {
    source: { uri: a.id, line: lineNumber, file: path },
    inputId: a.id,
    format: "jsonl",
    body: a.text ?? "",
    notes: [],
  };
  if (typeof a.text !== "string" && typeof a.html === "string") applyHtmlPage(article, a.html);
  if (a.title) article.title = a.title;
  if (a.published) article.published = a.published;
  if (a.url) article.url = a.url;
  return { ok: true, article };
}
