/**
 * --resume: the ids already in an output file, so an interrupted batch goes
 * on without duplicates. A last line cut short by the interruption is not a
 * record: it is cut off first, so appending starts on a clean line.
 */
import { createReadStream } from "node:fs";
import { open, stat, truncate } from "node:fs/promises";
import { createInterface } from "node:readline";

/** Warta writes `id` first, so the id is read without parsing a whole record (records run to tens of kB). */
const LEADING_ID = /^\{"id":("(?:[^"\\]|\\.)*")/;
const NEWLINE = 0x0a;
const BLOCK = 1 << 16;

export interface ResumePoint {
  ids: string[];
  /** Bytes of an unfinished last line cut off the file. */
  truncatedBytes: number;
}

/** The ids in the output file `path` (none when it does not exist), after cutting off an unfinished last line. */
export async function resumeFrom(path: string): Promise<ResumePoint> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    return { ids: [], truncatedBytes: 0 };
  }
  const end = await endOfLastLine(path, size);
  if (end < size) await truncate(path, end);
  const ids: string[] = [];
  for await (const line of createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity })) {
    const id = idOf(line);
    if (id !== null) ids.push(id);
  }
  return { ids, truncatedBytes: size - end };
}

function idOf(line: string): string | null {
  try {
    const leading = LEADING_ID.exec(line);
    if (leading) return JSON.parse(leading[1]!) as string;
    const record = JSON.parse(line) as { id?: unknown };
    return typeof record.id === "string" ? record.id : null;
  } catch {
    return null;
  }
}

/** The offset just after the file's last newline (0 when it has none), reading backwards from the end. */
async function endOfLastLine(path: string, size: number): Promise<number> {
  const file = await open(path, "r");
  try {
    const buffer = Buffer.alloc(BLOCK);
    for (let blockEnd = size; blockEnd > 0; blockEnd -= BLOCK) {
      const blockStart = Math.max(0, blockEnd - BLOCK);
      const { bytesRead } = await file.read(buffer, 0, blockEnd - blockStart, blockStart);
      const at = buffer.subarray(0, bytesRead).lastIndexOf(NEWLINE);
      if (at !== -1) return blockStart + at + 1;
    }
    return 0;
  } finally {
    await file.close();
  }
}
