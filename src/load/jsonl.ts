/**
 * JSON Lines dumps: one article per line. This side splits the file into
 * lines as bytes, streaming, so a file of any size keeps memory flat; a line
 * longer than the article limit is skipped without being held. Each line is
 * decoded and checked on the worker side (article.ts).
 */
import { createReadStream } from "node:fs";
import { megabytes, unreadable, type ReadLimits, type ReadStats, type Unit } from "./units.ts";

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** The lines of a JSON Lines file as units, in order; blank lines are not articles and are passed over. */
export async function* readJsonlUnits(path: string, limits: ReadLimits, stats: ReadStats): AsyncGenerator<Unit> {
  let parts: Buffer[] = [];
  let held = 0;
  let overlong = false;
  let lineNumber = 0;
  const endLine = (): Unit | null => {
    lineNumber += 1;
    const bytes = trimLine(parts.length === 1 ? Buffer.from(parts[0]!) : Buffer.concat(parts), lineNumber);
    const wasOverlong = overlong;
    parts = [];
    held = 0;
    overlong = false;
    if (wasOverlong) {
      return unreadable({ source: { uri: path, line: lineNumber }, stage: "load", message: `line ${lineNumber} is longer than the ${megabytes(limits.maxArticleBytes)} limit for one article; skipped` });
    }
    return isBlank(bytes) ? null : { kind: "jsonl-line", path, line: lineNumber, bytes };
  };
  const hold = (piece: Buffer) => {
    if (overlong || piece.length === 0) return;
    held += piece.length;
    if (held > limits.maxArticleBytes) {
      overlong = true;
      parts = [];
    } else {
      parts.push(piece);
    }
  };
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      stats.bytesRead += chunk.length;
      let start = 0;
      for (let newline = chunk.indexOf(NEWLINE, start); newline !== -1; newline = chunk.indexOf(NEWLINE, start)) {
        hold(chunk.subarray(start, newline));
        const unit = endLine();
        if (unit) yield unit;
        start = newline + 1;
      }
      hold(chunk.subarray(start));
    }
    if (held > 0 || overlong) {
      const unit = endLine();
      if (unit) yield unit;
    }
  } catch (err) {
    // The file could not be read (any more): one error entry, and the batch goes on.
    const where = lineNumber > 0 ? { uri: path, line: lineNumber + 1 } : { uri: path };
    yield unreadable({ source: where, stage: "load", message: `cannot read file: ${(err as Error).message}` });
  }
}

/** The line without its CR (CRLF files) and, on line 1, without a UTF-8 byte order mark. Copies nothing. */
function trimLine(bytes: Buffer, lineNumber: number): Buffer {
  let start = 0;
  let end = bytes.length;
  if (lineNumber === 1 && UTF8_BOM.every((b, i) => bytes[i] === b)) start = UTF8_BOM.length;
  if (end > start && bytes[end - 1] === CARRIAGE_RETURN) end -= 1;
  return start === 0 && end === bytes.length ? bytes : bytes.subarray(start, end);
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== CARRIAGE_RETURN) return false;
  return true;
}
