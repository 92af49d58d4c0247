/**
 * A unit to a RawArticle (or the error entry saying why it is not one): the
 * decoding and parsing half of loading, which runs in the worker threads.
 * A JSON Lines line that is not an article (bad JSON, no id, no text or
 * html) becomes an error entry naming its line.
 */
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { decodeText, decodeWindows1252, type Decoded } from "./decode.ts";
import { applyHtmlPage } from "./html.ts";
import type { LoadResult } from "./result.ts";
import type { Unit } from "./units.ts";
import type { RawArticle, SourceRef } from "../types.ts";

/** Charsets a WARC response may declare that are windows-1252 in practice (the WHATWG Encoding Standard maps them so). */
const WINDOWS_1252_LABELS = new Set(["windows-1252", "cp1252", "iso-8859-1", "latin1", "l1", "us-ascii", "ascii"]);

export async function articleFromUnit(unit: Unit): Promise<LoadResult> {
  switch (unit.kind) {
    case "unreadable":
      return { ok: false, error: unit.error };
    case "file":
      return fileArticle(unit.path, unit.format);
    case "jsonl-line": {
      const decoded = decodeText(unit.bytes);
      const where = { uri: unit.path, line: unit.line };
      if (!decoded.ok) return failed(where, `line ${unit.line}: ${decoded.reason}`);
      const result = parseJsonlLine(decoded.text, unit.path, unit.line);
      if (result.ok) result.article.notes.push(...decoded.notes);
      return result;
    }
    case "warc-response": {
      const source: SourceRef = { uri: unit.uri, file: unit.path, record: unit.record };
      const decoded = decodeDeclared(unit.bytes, unit.charset);
      if (!decoded.ok) return failed(source, decoded.reason);
      const article: RawArticle = { source, format: "warc", body: "", notes: [...unit.notes, ...decoded.notes] };
      return { ok: true, article: applyHtmlPage(article, decoded.text) };
    }
  }
}

async function fileArticle(path: string, format: "txt" | "html"): Promise<LoadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    return failed({ uri: path }, `cannot read file: ${(err as Error).message}`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return failed({ uri: path }, decoded.reason);
  const article: RawArticle = { source: { uri: path }, format, body: decoded.text, notes: decoded.notes };
  if (format === "html") applyHtmlPage(article, decoded.text);
  return { ok: true, article };
}

/** The charset the server declared when it is one Warta reads; otherwise UTF-8 with the windows-1252 fallback. */
function decodeDeclared(bytes: Uint8Array, charset: string | null): Decoded {
  if (charset !== null && WINDOWS_1252_LABELS.has(charset) && bytes.length > 0 && !bytes.subarray(0, 8192).includes(0)) {
    return { ok: true, text: decodeWindows1252(bytes), notes: [`decoded as windows-1252 (declared ${charset})`] };
  }
  return decodeText(bytes);
}

function failed(source: SourceRef, message: string): LoadResult {
  return { ok: false, error: { source, stage: "load", message } };
}

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
