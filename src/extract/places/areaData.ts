/**
 * idn-area-data's CSV files (provinces, regencies, districts, villages),
 * read synchronously and in one pass each: the package's own async reader
 * parses 90,000 rows through a streaming CSV parser, a good part of the
 * gazetteer's start-up time. The files are plain "code,[parent,]name"
 * lines without quoting (names hold no comma); a test checks that this
 * reader gives exactly the rows the package's API gives.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export type AreaFile = "provinces" | "regencies" | "districts" | "villages";

export interface AreaRow {
  code: string;
  /** The code of the area it lies in (regency: province, district: regency, village: district); null for provinces. */
  parent: string | null;
  /** As the data writes it ("KABUPATEN ACEH SELATAN", "Sumberejo"). */
  name: string;
}

const DATA_DIR = join(dirname(createRequire(import.meta.url).resolve("idn-area-data/package.json")), "data");

/** Bytes beyond ASCII, in a line read as Latin-1. */
const NOT_ASCII = /[\x80-\xff]/;

/** The CSV file an area level is read from. */
export const areaFilePath = (file: AreaFile): string => join(DATA_DIR, `${file}.csv`);

export function areaRows(file: AreaFile): AreaRow[] {
  // Read as Latin-1 (one byte, one character: fast, and compact one-byte strings), then the
  // few lines with bytes beyond ASCII (three village names hold a "’") decoded again as UTF-8.
  const lines = readFileSync(areaFilePath(file), "latin1").split("\n");
  const rows: AreaRow[] = [];
  // Line 1 is the header.
  for (let i = 1; i < lines.length; i++) {
    let line = lines[i]!;
    if (line === "") continue;
    if (NOT_ASCII.test(line)) line = Buffer.from(line, "latin1").toString("utf8");
    const first = line.indexOf(",");
    const last = line.lastIndexOf(",");
    rows.push({ code: line.slice(0, first), parent: first === last ? null : line.slice(first + 1, last), name: line.slice(last + 1) });
  }
  return rows;
}
